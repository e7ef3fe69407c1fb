#pragma once
// What a printed slip says, block by block: the receipt of a filed case (what a person keeps in
// his pocket to follow his case without a smartphone), the road of a case looked up at 进度查询,
// and the operator's test slip. Painting it is
// platform/slip_painter's job; this only decides the words, their sizes and their order.
//
// Never on a slip: the resident's phone number or his description (a slip is left on counters
// and in bins).
#include <string>
#include <vector>

#include "core/string_table.h"

namespace kiosk::core {

struct SlipBlock {
    enum class Kind { Text, Qr, Rule };
    enum class Size { Small, Body, Large, Huge };  // Huge: the 查询码 and 查询密码 digits
    Kind kind = Kind::Text;
    Size size = Size::Body;
    bool centred = false;
    std::string text;  // the words, or the QR code's payload
};

struct Slip {
    std::vector<SlipBlock> blocks;
};

// The facts of one filed case as the receipt screen has them (no phone, no description).
struct ReceiptFacts {
    std::string hallName;
    std::string hallPhone;     // "" : not printed
    std::string printedAt;     // "2026年11月18日 12:06"
    bool delivered = false;    // the platform has it (else it waits in this kiosk's outbox)
    std::string kind;          // 投诉
    std::string category;      // 环境卫生
    std::string place;         // 幸福里社区 · 3号楼
    std::string trackingCode;  // 10 digits
    std::string pin;           // anonymous cases: the 4-digit 查询密码; else ""
    std::string transfer;      // the department it is passed on to, or ""
    std::string link;          // the case's page on the platform: the QR code; "" : none
};

Slip receiptSlip(const ReceiptFacts& facts, const StringTable& strings);

// One station of a case's road as 进度查询 shows it.
struct TimelineStation {
    std::string name;  // 已受理
    bool reached = false;
    std::string date;        // "" : reached without a dated update, or not reached
    std::string department;  // "" : not said
    std::string note;        // the department's words ("" for none)
};

// A case looked up at 进度查询 (no phone, no description: the lookup never has them).
struct TimelineFacts {
    std::string hallName;
    std::string hallPhone;
    std::string printedAt;
    std::string trackingCode;
    std::string category;
    std::string place;
    std::string transfer;
    bool waitingToSend = false;  // still in this kiosk's outbox
    std::vector<TimelineStation> stations;
    std::string link;  // the case's page: the QR code; "" : none
};

Slip timelineSlip(const TimelineFacts& facts, const StringTable& strings);

// The operator's test print: the hall, the time, the paper's width and a QR code to read back.
struct TestSlipFacts {
    std::string hallName;
    std::string printedAt;
    int paperDots = 576;
    std::string qrText;  // what the QR code says
};

Slip testSlip(const TestSlipFacts& facts, const StringTable& strings);

}  // namespace kiosk::core
