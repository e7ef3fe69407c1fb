#include "features/printing/printing.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <variant>

#include "app/usage_counters.h"
#include "core/escpos.h"
#include "core/tracking_link.h"
#include "net/sync_engine.h"
#include "platform/slip_painter.h"

namespace kiosk {
namespace {

// While idle the worker asks the printer's state this often, so the operator panel and the
// heartbeat say "paper running low" before a resident meets an empty printer.
constexpr std::chrono::minutes kStatusEvery{5};

// 投诉 / 举报 / 咨询建议: the kind's name in the string table ("case.kind.complaint").
std::string kindLabel(const core::StringTable& s, core::CaseKind kind) {
    return s.get("case.kind." + std::string(core::caseKindName(kind)));
}

// What the receipt slip says, from what the receipt screen shows. Nothing else of the case goes
// in (ReceiptFacts has no field for his phone or his description).
core::ReceiptFacts receiptFactsOf(const ui::AppView& view, const core::StringTable& s) {
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

// What the progress slip says, from 进度查询's answer (which never holds a phone or a description).
core::TimelineFacts timelineFactsOf(const ui::AppView& view, const core::StringTable& s, const std::string& link) {
    const ui::TrackView& t = view.trackView;
    core::TimelineFacts facts;
    facts.hallName = view.hallName;
    facts.hallPhone = view.hallPhone;
    facts.printedAt = view.dateTimeText;
    facts.trackingCode = t.foundCode;
    facts.category = t.category;
    facts.place = t.place;
    facts.transfer = t.transferDepartment;
    facts.waitingToSend = t.waitingToSend;
    facts.link = link;
    for (const ui::TrackStage& stage : t.stages)
        facts.stations.push_back({s.get(stage.labelKey), stage.reached, stage.date, stage.department, stage.note});
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

// The printer's state in one word, as the heartbeat and the operator panel name it.
std::string stateName(const platform::PrinterReport& r) {
    using Outcome = platform::PrinterReport::Outcome;
    if (r.outcome == Outcome::Unreachable) return "unreachable";
    if (r.status.paperEnd) return "paper_end";
    if (r.status.coverOpen) return "cover_open";
    if (r.status.offline || r.outcome == Outcome::NotReady) return "offline";
    if (r.status.paperNearEnd) return "paper_near_end";
    return "ready";
}

}  // namespace

PrintingFeature::PrintingFeature(FeatureHost& host) : host_(host), available_(!host.config().printer.device.empty()) {
    publishHealth();
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

std::function<std::string()> PrintingFeature::healthReader() const {
    return [published = published_] {
        std::lock_guard lock(published->mutex);
        return published->json;
    };
}

void PrintingFeature::publishHealth() {
    std::string json;
    if (available_) {
        const bool paperLow = lastHeard_ && (lastHeard_->status.paperNearEnd || lastHeard_->status.paperEnd);
        json = nlohmann::json{{"state", lastHeard_ ? stateName(*lastHeard_) : "not_checked"},
                              {"paper_low", paperLow},
                              {"status_known", lastHeard_ && lastHeard_->statusKnown}}
                   .dump();
    }
    std::lock_guard lock(published_->mutex);
    published_->json = std::move(json);
}

// Which slip 打印 would print on the screen shown ("receipt:<code>" / "timeline:<code>", "" for
// none); another one than before is not printed yet (再反映: one slip per case).
void PrintingFeature::prepareDocument(const ui::AppView& view) {
    const ui::CaseView& c = view.caseView;
    const ui::TrackView& t = view.trackView;
    std::string document;
    if (c.showingReceipt && !c.receiptCode.empty()) {
        document = "receipt:" + c.receiptCode;
    } else if (t.found && !t.ratingOpen) {
        document = "timeline:" + t.foundCode;
    }
    if (document != document_) {
        document_ = document;
        state_ = ui::PrintView::State::Idle;
        faultKey_.clear();
    }
}

// The slip of the document on screen, its words from what the screen shows now — put together
// only when it is to be printed.
void PrintingFeature::enqueueDocument(const ui::AppView& view) {
    const core::StringTable& s = host_.strings();
    if (document_.rfind("receipt:", 0) == 0) {
        const core::ReceiptFacts facts = receiptFactsOf(view, s);
        enqueue(core::receiptSlip(facts, s), facts.link, document_, Purpose::Resident);
        return;
    }
    const std::string link = core::trackingLink(host_.config().cases.trackingLink, view.trackView.foundCode);
    enqueue(core::timelineSlip(timelineFactsOf(view, s, link), s), link, document_, Purpose::Resident);
}

void PrintingFeature::prepare(ui::AppView& view, core::SteadyTime /*now*/) {
    if (available_) prepareDocument(view);
    dateTimeText_ = view.dateTimeText;
    const bool receipt = document_.rfind("receipt:", 0) == 0;
    if (receipt && host_.config().printer.autoPrint && autoPrinted_ != document_) {
        autoPrinted_ = document_;
        printAsked_ = true;
    }
    if (printAsked_ && !document_.empty() && state_ != ui::PrintView::State::Printing) enqueueDocument(view);
    printAsked_ = false;
    view.print.available = available_;
    view.print.state = state_;
    view.print.faultKey = faultKey_;
    view.operatorPanel.printerAvailable = available_;
    if (host_.router().current() == core::ScreenId::OperatorPanel) prepareOperatorRows(view);
}

// The operator panel's printer rows: its state (and why), and today's slips.
void PrintingFeature::prepareOperatorRows(ui::AppView& view) const {
    const core::StringTable& s = host_.strings();
    std::vector<ui::OperatorRow>& rows = view.operatorPanel.rows;
    if (!available_) {
        rows.push_back({"operator.printer", s.get("operator.no_printer")});
        return;
    }
    std::string state = s.get("operator.printer_state." + (lastHeard_ ? stateName(*lastHeard_) : "not_checked"));
    if (lastHeard_ && !lastHeard_->statusKnown && lastHeard_->outcome != platform::PrinterReport::Outcome::Unreachable)
        state += " · " + s.get("operator.printer_one_way");
    if (lastHeard_ && !lastHeard_->problem.empty()) state += " · " + lastHeard_->problem;
    if (testState_ == ui::PrintView::State::Printing) state += " · " + s.get("operator.printer_testing");
    if (testState_ == ui::PrintView::State::Printed) state += " · " + s.get("operator.printer_test_done");
    rows.push_back({"operator.printer", host_.config().printer.device + " · " + state});
    rows.push_back({"operator.slips_today", std::to_string(host_.usageCounters().counts().slipsPrinted())});
}

bool PrintingFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    if (std::holds_alternative<ui::PrintSlip>(action)) {
        printAsked_ = available_;  // the next prepare has the screen's words
        return true;
    }
    if (std::holds_alternative<ui::PrintTestSlip>(action)) {
        if (!available_ || testState_ == ui::PrintView::State::Printing) return true;
        const config::KioskConfig& c = host_.config();
        core::TestSlipFacts facts{c.hall.name, dateTimeText_, c.printer.paperDots,
                                  host_.strings().get("slip.test_title")};
        testState_ = ui::PrintView::State::Printing;
        enqueue(core::testSlip(facts, host_.strings()), facts.qrText, "test", Purpose::Test);
        return true;
    }
    return false;
}

void PrintingFeature::enqueue(core::Slip slip, std::string link, std::string document, Purpose purpose) {
    if (purpose == Purpose::Resident) {
        state_ = ui::PrintView::State::Printing;
        faultKey_.clear();
    }
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back({std::move(slip), std::move(link), std::move(document), purpose});
    }
    wake_.notify_one();
}

void PrintingFeature::finished(const Outcome& outcome) {
    const platform::PrinterReport& report = outcome.report;
    const bool stateChanged = !lastHeard_ || stateName(*lastHeard_) != stateName(report);
    lastHeard_ = report;
    publishHealth();
    // The platform hears of a change at once (paper running low: someone can come before it is out).
    if (stateChanged && host_.syncEngine()) host_.syncEngine()->heartbeatNow();
    if (!outcome.job) {  // the state asked while idle: logged when it changed
        if (stateChanged) spdlog::info("printer: {}", stateName(report));
        return;
    }
    const Job& job = *outcome.job;
    const bool printed = report.outcome == platform::PrinterReport::Outcome::Printed;
    if (printed) {
        spdlog::info("printer: {} printed{}", job.purpose == Purpose::Test ? "test slip" : "slip",
                     report.status.paperNearEnd ? " (paper near its end)" : "");
    } else {
        spdlog::warn("printer: slip not printed: {}", report.problem.empty() ? faultKeyOf(report) : report.problem);
    }
    if (job.purpose == Purpose::Test) {
        testState_ = printed ? ui::PrintView::State::Printed : ui::PrintView::State::Fault;
        return;
    }
    if (printed) host_.usageCounters().printSlip(host_.localDate());
    if (job.document != document_) return;  // the resident has moved on: nothing to show
    state_ = printed ? ui::PrintView::State::Printed : ui::PrintView::State::Fault;
    faultKey_ = printed ? "" : faultKeyOf(report);
}

void PrintingFeature::work() {
    const config::KioskConfig& config = host_.config();
    platform::PrinterLinkOptions options;
    if (auto address = core::parsePrinterAddress(config.printer.device)) options.address = *address;
    options.baud = config.printer.baud;
    const platform::PrinterLink link(options);
    auto nextCheck = std::chrono::steady_clock::now();  // the state is asked at once, then while idle
    for (;;) {
        Outcome outcome;
        {
            std::unique_lock lock(mutex_);
            const bool woken = wake_.wait_until(lock, nextCheck, [&] { return stopping_ || !jobs_.empty(); });
            if (stopping_) return;
            if (woken) {
                outcome.job = std::move(jobs_.front());
                jobs_.pop_front();
            }
        }
        nextCheck = std::chrono::steady_clock::now() + kStatusEvery;
        if (!outcome.job) {
            outcome.report = link.status();
            host_.inbox().post([this, outcome] { finished(outcome); });
            continue;
        }
        std::string problem;
        if (!painter_) painter_ = platform::SlipPainter::open(config.fonts.path, config.fonts.faceIndex, &problem);
        if (!painter_) {
            outcome.report.problem = problem;
        } else {
            core::Slip slip = outcome.job->slip;
            const bool nativeQr = config.printer.qr == "native";
            if (nativeQr) std::erase_if(slip.blocks, [](const auto& b) { return b.kind == core::SlipBlock::Kind::Qr; });
            core::escpos::Bytes bytes;
            core::escpos::appendInitialize(bytes);
            core::escpos::appendRaster(bytes, painter_->paint(slip, config.printer.paperDots));
            if (nativeQr && !outcome.job->link.empty()) core::escpos::appendNativeQr(bytes, outcome.job->link, 8);
            core::escpos::appendFeedLines(bytes, 3);
            core::escpos::appendCut(bytes, cutOf(config.printer.cut));
            outcome.report = link.print(bytes);
        }
        host_.inbox().post([this, outcome = std::move(outcome)] { finished(outcome); });
    }
}

}  // namespace kiosk
