#include "core/money_text.h"

namespace kiosk::core {

std::string formatYuan(std::int64_t fen) {
    const bool negative = fen < 0;
    const std::uint64_t abs = negative ? static_cast<std::uint64_t>(-(fen + 1)) + 1 : static_cast<std::uint64_t>(fen);
    std::string yuan = std::to_string(abs / 100);
    for (int i = static_cast<int>(yuan.size()) - 3; i > 0; i -= 3) yuan.insert(static_cast<std::size_t>(i), ",");
    const auto cents = abs % 100;
    return (negative ? "-" : "") + yuan + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

}  // namespace kiosk::core
