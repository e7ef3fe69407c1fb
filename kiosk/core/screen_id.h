#pragma once
#include <optional>
#include <string_view>

namespace kiosk::core {

// Every screen the kiosk can show. Later features add their screens here.
enum class ScreenId {
    Home,
    Attract,          // unattended display: cycles announcements until someone touches the screen
    OperatorError,    // the kiosk cannot start properly (bad config, missing font): tell the operator
    DisclosureHub,    // 公开查询: choose community and month, then what to read
    Payouts,          // 补贴发放: who received which subsidy (names masked)
    PayoutTypes,      // choose a subsidy type; each choice shows its count and total
    PayoutDetail,     // one payout: type, amount, month, date paid, funding source, status
    Finances,         // 财务公开: income and spending of a community in a month, with a chart
    Notices,          // 公示公告: the month's notices
    NoticeReader,     // one notice with its pictures
    PayoutSearch,     // find a recipient by the name: pinyin initials, full pinyin or the whole name
    TypingPractice,   // 练习打字: try the pinyin, handwriting and digit keyboards
    DisplaySettings,  // 字号、颜色和音量: text size, 黑底白字 and read-aloud volume for this session
    FileCase,         // 反映问题: the step-by-step case flow, its review and the receipt
    TrackCase,        // 查询进度: a case's timeline by its code and 4 digits, and the rating once it is closed
    ScanQr,           // 扫码: hold a QR code (a receipt, a platform link) up to the camera
    StaffPin,         // 工作人员: the PIN after the hidden corner hold
    StaffMenu,        // 工作人员: what staff can do (演示, the operator panel, leave)
    OperatorPanel,    // 运维面板: device, versions, network, sync, outbox, counters, log
    Guide,            // 使用指南: how to file, track and scan, in short steps; starts 全流程演示
    SelfRecords,      // 查我本人的记录: consent, his ID card on the reader, his own payouts for this visit
};

std::string_view screenName(ScreenId id);  // stable name used by scripts and logs
std::optional<ScreenId> screenFromName(std::string_view name);

}  // namespace kiosk::core
