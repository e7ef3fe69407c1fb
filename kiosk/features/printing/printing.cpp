#include "features/printing/printing.h"

#include <spdlog/spdlog.h>

#include <variant>

#include "core/escpos.h"
#include "platform/slip_painter.h"

namespace kiosk {
namespace {

// 投诉 / 举报 / 咨询建议: the kind's name in the string table ("case.kind.complaint").
std::string kindLabel(const core::StringTable& s, core::CaseKind kind) {
    return s.get("case.kind." + std::string(core::caseKindName(kind)));
}

// What the slip says, from what the receipt screen shows. Nothing else of the case goes in
// (ReceiptFacts has no field for his phone or his description).
core::ReceiptFacts factsOf(const ui::AppView& view, const core::StringTable& s) {
    const ui::CaseView& c = view.caseView;
    core::ReceiptFacts facts;
    facts.hallName = view.hallName;
    facts.hallPhone = view.hallPhone;
    facts.printedAt = view.dateTimeText;
    // As the screen says it: "收到" only where the network is not known to be down.
    facts.delivered = !view.offlineBanner;
    facts.trackingCode = c.receiptCode;
    facts.pin = c.receiptPin;
    facts.link = c.receiptLink;
    facts.transfer = c.receiptTransfer;
    if (c.flow) {
        const core::CaseDraft& d = c.flow->draft();
        facts.kind = kindLabel(s, d.kind.value_or(core::CaseKind::Complaint));
        facts.category = c.flow->category() ? c.flow->category()->name : "";
        const core::CommunityPlaces* community = c.catalog ? c.catalog->community(d.communityId) : nullptr;
        facts.place = (community ? community->name + " · " : "") + d.place;
    }
    return facts;
}

core::escpos::Cut cutOf(const std::string& name) {
    return name == "full"   ? core::escpos::Cut::Full
           : name == "none" ? core::escpos::Cut::None
                            : core::escpos::Cut::Partial;
}

const char* faultKeyOf(const platform::PrinterReport& r) {
    if (r.outcome != platform::PrinterReport::Outcome::NotReady) return "print.fault.unreachable";
    if (r.status.paperEnd) return "print.fault.paper";
    if (r.status.coverOpen) return "print.fault.cover";
    return "print.fault.offline";
}

}  // namespace

PrintingFeature::PrintingFeature(FeatureHost& host) : host_(host), available_(!host.config().printer.device.empty()) {
    if (available_) worker_ = std::thread([this] { work(); });
}

PrintingFeature::~PrintingFeature() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void PrintingFeature::prepare(ui::AppView& view, core::SteadyTime /*now*/) {
    const ui::CaseView& c = view.caseView;
    const bool receipt = c.showingReceipt && !c.receiptCode.empty();
    if (receipt && c.receiptCode != shownCode_) {  // a new receipt: its own slip (再反映: one per case)
        shownCode_ = c.receiptCode;
        state_ = ui::PrintView::State::Idle;
        faultKey_.clear();
    }
    if (receipt) facts_ = factsOf(view, host_.strings());
    if (available_ && receipt && host_.config().printer.autoPrint && autoPrinted_ != shownCode_) {
        autoPrinted_ = shownCode_;
        enqueue();
    }
    view.print.available = available_;
    view.print.state = state_;
    view.print.faultKey = faultKey_;
}

bool PrintingFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    if (!std::holds_alternative<ui::PrintReceipt>(action)) return false;
    if (available_ && !shownCode_.empty() && state_ != ui::PrintView::State::Printing) enqueue();
    return true;
}

void PrintingFeature::enqueue() {
    state_ = ui::PrintView::State::Printing;
    faultKey_.clear();
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back({core::receiptSlip(facts_, host_.strings()), facts_.link, shownCode_});
    }
    wake_.notify_one();
}

void PrintingFeature::finished(const std::string& code, const platform::PrinterReport& report) {
    const bool printed = report.outcome == platform::PrinterReport::Outcome::Printed;
    if (printed) {
        spdlog::info("printer: slip printed{}", report.status.paperNearEnd ? " (paper near its end)" : "");
    } else {
        spdlog::warn("printer: slip not printed: {}", report.problem.empty() ? faultKeyOf(report) : report.problem);
    }
    if (code != shownCode_) return;  // the resident has moved on: nothing to show
    state_ = printed ? ui::PrintView::State::Printed : ui::PrintView::State::Fault;
    faultKey_ = printed ? "" : faultKeyOf(report);
}

void PrintingFeature::work() {
    const config::KioskConfig& config = host_.config();
    platform::PrinterLinkOptions options;
    if (auto address = core::parsePrinterAddress(config.printer.device)) options.address = *address;
    options.baud = config.printer.baud;
    const platform::PrinterLink link(options);
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
            if (stopping_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        platform::PrinterReport report;
        std::string problem;
        if (!painter_) painter_ = platform::SlipPainter::open(config.fonts.path, config.fonts.faceIndex, &problem);
        if (!painter_) {
            report.problem = problem;
        } else {
            core::Slip& slip = job.slip;
            const bool nativeQr = config.printer.qr == "native";
            if (nativeQr) std::erase_if(slip.blocks, [](const auto& b) { return b.kind == core::SlipBlock::Kind::Qr; });
            core::escpos::Bytes bytes;
            core::escpos::appendInitialize(bytes);
            core::escpos::appendRaster(bytes, painter_->paint(slip, config.printer.paperDots));
            if (nativeQr) core::escpos::appendNativeQr(bytes, job.link, 8);
            core::escpos::appendFeedLines(bytes, 3);
            core::escpos::appendCut(bytes, cutOf(config.printer.cut));
            report = link.print(bytes);
        }
        host_.inbox().post([this, code = job.code, report] { finished(code, report); });
    }
}

}  // namespace kiosk
