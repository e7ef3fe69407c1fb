#pragma once
#include <cstdint>
#include <string>

namespace kiosk::core {

// Integer fen to yuan with thousands separators: 123456789 -> "1,234,567.89"; -500 -> "-5.00".
std::string formatYuan(std::int64_t fen);

}  // namespace kiosk::core
