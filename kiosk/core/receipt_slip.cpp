#include "core/receipt_slip.h"

#include "core/tracking_code.h"

namespace kiosk::core {

Slip receiptSlip(const ReceiptFacts& facts, const StringTable& s) {
    Slip slip;
    using Kind = SlipBlock::Kind;
    using Size = SlipBlock::Size;
    auto text = [&](std::string words, Size size = Size::Body, bool centred = false) {
        if (!words.empty()) slip.blocks.push_back({Kind::Text, size, centred, std::move(words)});
    };
    auto rule = [&] { slip.blocks.push_back({Kind::Rule, Size::Body, false, ""}); };

    text(s.get("slip.platform"), Size::Body, true);
    text(s.get("slip.title"), Size::Large, true);
    text(facts.hallName, Size::Body, true);
    text(facts.printedAt, Size::Small, true);
    rule();
    // Received, or saved here until the network is back: never "收到" before the platform has it.
    text(s.get(facts.delivered ? "slip.received" : "slip.saved_offline"), Size::Large);
    text(facts.kind + " · " + facts.category);
    text(s.format("slip.place", {facts.place}));
    rule();
    text(s.get("slip.code"));
    text(groupTrackingCode(facts.trackingCode), Size::Huge, true);
    if (!facts.pin.empty()) {
        text(s.get("slip.pin"));
        text(facts.pin, Size::Huge, true);
        text(s.get("slip.pin_only_way"));
    }
    rule();
    text(s.get(facts.pin.empty() ? "slip.check_with_phone" : "slip.check_with_pin"));
    text(s.get("slip.next"));
    if (!facts.transfer.empty()) text(s.format("slip.transfer", {facts.transfer}));
    if (!facts.link.empty()) {
        text(s.get("slip.qr"), Size::Body, true);
        slip.blocks.push_back({Kind::Qr, Size::Body, true, facts.link});
    }
    if (!facts.hallPhone.empty()) text(s.format("slip.hall_phone", {facts.hallPhone}), Size::Body, true);
    return slip;
}

}  // namespace kiosk::core
