#pragma once
// Words for disclosure screens that several screens share.
#include <string>

#include "core/string_table.h"

namespace kiosk::ui {

// "2026-11" -> "2026年11月" (or "11月" when short).
std::string monthLabel(const core::StringTable& strings, const std::string& period, bool isShort = false);

}  // namespace kiosk::ui
