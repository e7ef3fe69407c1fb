#include "core/receipt_slip.h"

#include "core/tracking_code.h"

namespace kiosk::core {
namespace {

// Adds blocks to a slip: text (nothing for empty words), rules and QR codes.
struct SlipWriter {
    Slip slip;
    void text(std::string words, SlipBlock::Size size = SlipBlock::Size::Body, bool centred = false) {
        if (!words.empty()) slip.blocks.push_back({SlipBlock::Kind::Text, size, centred, std::move(words)});
    }
    void rule() { slip.blocks.push_back({SlipBlock::Kind::Rule, SlipBlock::Size::Body, false, ""}); }
    void qr(std::string payload) {
        slip.blocks.push_back({SlipBlock::Kind::Qr, SlipBlock::Size::Body, true, std::move(payload)});
    }
    // The platform's name, the slip's title, the hall and when it was printed.
    void head(const StringTable& s, const char* titleKey, const std::string& hall, const std::string& at) {
        text(s.get("slip.platform"), SlipBlock::Size::Body, true);
        text(s.get(titleKey), SlipBlock::Size::Large, true);
        text(hall, SlipBlock::Size::Body, true);
        text(at, SlipBlock::Size::Small, true);
        rule();
    }
    // The case's page to scan, and the hall's phone.
    void foot(const StringTable& s, const std::string& link, const std::string& hallPhone) {
        if (!link.empty()) {
            text(s.get("slip.qr"), SlipBlock::Size::Body, true);
            qr(link);
        }
        if (!hallPhone.empty()) text(s.format("slip.hall_phone", {hallPhone}), SlipBlock::Size::Body, true);
    }
};

}  // namespace

Slip receiptSlip(const ReceiptFacts& facts, const StringTable& s) {
    using Size = SlipBlock::Size;
    SlipWriter w;
    w.head(s, "slip.title", facts.hallName, facts.printedAt);
    // Received, or saved here until the network is back: never "收到" before the platform has it.
    w.text(s.get(facts.delivered ? "slip.received" : "slip.saved_offline"), Size::Large);
    w.text(facts.kind + " · " + facts.category);
    w.text(s.format("slip.place", {facts.place}));
    w.rule();
    w.text(s.get("slip.code"));
    w.text(groupTrackingCode(facts.trackingCode), Size::Huge, true);
    if (!facts.pin.empty()) {
        w.text(s.get("slip.pin"));
        w.text(facts.pin, Size::Huge, true);
        w.text(s.get("slip.pin_only_way"));
    }
    w.rule();
    w.text(s.get(facts.pin.empty() ? "slip.check_with_phone" : "slip.check_with_pin"));
    w.text(s.get("slip.next"));
    if (!facts.transfer.empty()) w.text(s.format("slip.transfer", {facts.transfer}));
    w.foot(s, facts.link, facts.hallPhone);
    return w.slip;
}

Slip timelineSlip(const TimelineFacts& facts, const StringTable& s) {
    using Size = SlipBlock::Size;
    SlipWriter w;
    w.head(s, "slip.timeline_title", facts.hallName, facts.printedAt);
    w.text(s.get("slip.code"));
    w.text(groupTrackingCode(facts.trackingCode), Size::Huge, true);
    w.text(facts.category + " · " + facts.place);
    // Where it stands, in words: the last station reached.
    std::string reached;
    for (const TimelineStation& station : facts.stations) {
        if (station.reached) reached = station.name;
    }
    if (!reached.empty()) w.text(s.format("slip.status", {reached}), Size::Large);
    if (!facts.transfer.empty()) w.text(s.format("slip.transfer", {facts.transfer}));
    if (facts.waitingToSend) w.text(s.get("slip.waiting_to_send"));
    w.rule();
    // The road, station by station: ● reached (with its date), ○ not yet.
    for (const TimelineStation& station : facts.stations) {
        const std::string when =
            station.reached ? (station.date.empty() ? s.get("slip.stage_done") : station.date) : s.get("slip.not_yet");
        w.text((station.reached ? "● " : "○ ") + station.name + "  " + when,
               station.reached ? Size::Body : Size::Small);
        if (!station.department.empty()) w.text(s.format("slip.department", {station.department}), Size::Small);
        if (!station.note.empty()) w.text(station.note, Size::Small);
    }
    w.rule();
    w.foot(s, facts.link, facts.hallPhone);
    return w.slip;
}

Slip testSlip(const TestSlipFacts& facts, const StringTable& s) {
    SlipWriter w;
    w.head(s, "slip.test_title", facts.hallName, facts.printedAt);
    w.text(s.format("slip.test_paper", {std::to_string(facts.paperDots), std::to_string(facts.paperDots / 8)}));
    w.text(s.get("slip.test_sample"), SlipBlock::Size::Large);
    w.text("0123 4567 89", SlipBlock::Size::Huge, true);
    w.text(s.get("slip.test_qr"), SlipBlock::Size::Body, true);
    w.qr(facts.qrText);
    return w.slip;
}

}  // namespace kiosk::core
