#pragma once
// A filed case's receipt facts and the Chinese string table, for the printing tests.
#include <string>

#include "core/receipt_slip.h"
#include "core/string_table.h"

namespace kiosk::testing {

inline core::StringTable chineseStrings() {
    return core::StringTable::loadFile(std::string(KIOSK_DEFAULT_ASSETS_DIR) + "/i18n/zh-CN.toml");
}

// A complaint filed at the hall, reached the platform, with a phone (so no PIN).
inline core::ReceiptFacts aFiledCase() {
    core::ReceiptFacts facts;
    facts.hallName = "幸福里社区党群服务中心";
    facts.hallPhone = "0571-8765 4321";
    facts.printedAt = "2026年11月18日 12:06";
    facts.delivered = true;
    facts.kind = "投诉";
    facts.category = "环境卫生";
    facts.place = "幸福里社区 · 社区广场";
    facts.trackingCode = "2026110267";
    facts.link = "https://jdydt.example.cn/t/2026110267";
    return facts;
}

}  // namespace kiosk::testing
