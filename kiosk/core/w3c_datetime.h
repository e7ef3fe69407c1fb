#pragma once
// W3C date-times as Open311 writes them ("2026-11-22T10:15:00+08:00", "…T02:15:00Z"; seconds and
// a fraction of them optional), read into the instant they name — so two of them compare as
// instants whatever their offsets, never as text. Used by refserver for request windows and by
// the kiosk for the dates the platform sends.
#include <cstdint>
#include <optional>
#include <string_view>

namespace kiosk::core {

// Seconds since 1970-01-01T00:00:00Z; nothing for a date alone, a time without an offset, or a
// field out of its range (2026-02-30, hour 24).
std::optional<std::int64_t> parseW3cDateTime(std::string_view text);

}  // namespace kiosk::core
