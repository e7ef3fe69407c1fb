#pragma once
// What the printed receipt says, block by block, from the facts of a filed case: what a person
// keeps in his pocket to follow his case without a smartphone. Painting it is
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

}  // namespace kiosk::core
