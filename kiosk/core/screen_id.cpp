#include "core/screen_id.h"

#include <array>
#include <utility>

namespace kiosk::core {
namespace {
constexpr std::array kNames{
    std::pair{ScreenId::Home, std::string_view{"home"}},
    std::pair{ScreenId::Attract, std::string_view{"attract"}},
    std::pair{ScreenId::OperatorError, std::string_view{"operator_error"}},
    std::pair{ScreenId::DisclosureHub, std::string_view{"disclosure_hub"}},
    std::pair{ScreenId::Payouts, std::string_view{"payouts"}},
    std::pair{ScreenId::PayoutTypes, std::string_view{"payout_types"}},
    std::pair{ScreenId::PayoutDetail, std::string_view{"payout_detail"}},
    std::pair{ScreenId::Finances, std::string_view{"finances"}},
    std::pair{ScreenId::Notices, std::string_view{"notices"}},
    std::pair{ScreenId::NoticeReader, std::string_view{"notice_reader"}},
    std::pair{ScreenId::PayoutSearch, std::string_view{"payout_search"}},
    std::pair{ScreenId::TypingPractice, std::string_view{"typing_practice"}},
    std::pair{ScreenId::DisplaySettings, std::string_view{"display_settings"}},
    std::pair{ScreenId::FileCase, std::string_view{"file_case"}},
    std::pair{ScreenId::TrackCase, std::string_view{"track_case"}},
    std::pair{ScreenId::ScanQr, std::string_view{"scan_qr"}},
    std::pair{ScreenId::StaffPin, std::string_view{"staff_pin"}},
    std::pair{ScreenId::StaffMenu, std::string_view{"staff_menu"}},
    std::pair{ScreenId::OperatorPanel, std::string_view{"operator_panel"}},
    std::pair{ScreenId::Guide, std::string_view{"guide"}},
    std::pair{ScreenId::SelfRecords, std::string_view{"self_records"}},
};
}  // namespace

std::string_view screenName(ScreenId id) {
    for (const auto& [screen, name] : kNames) {
        if (screen == id) return name;
    }
    return "unknown";
}

std::optional<ScreenId> screenFromName(std::string_view name) {
    for (const auto& [screen, screenNameText] : kNames) {
        if (screenNameText == name) return screen;
    }
    return std::nullopt;
}

}  // namespace kiosk::core
