#include "ui/disclosure_text.h"

namespace kiosk::ui {

std::string monthLabel(const core::StringTable& strings, const std::string& period, bool isShort) {
    if (period.size() != 7) return period;
    const std::string year = period.substr(0, 4);
    const std::string month = std::to_string(std::stoi(period.substr(5, 2)));
    return strings.format(isShort ? "disclosure.month_short" : "disclosure.month", {year, month});
}

}  // namespace kiosk::ui
