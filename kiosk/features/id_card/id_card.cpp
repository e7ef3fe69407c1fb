#include "features/id_card/id_card.h"

#include <spdlog/spdlog.h>

#include <map>
#include <variant>

#include "app/usage_counters.h"
#include "core/case_catalog.h"
#include "core/forget.h"
#include "core/money_text.h"
#include "ui/disclosure_text.h"
#include "ui/payout_table.h"

namespace kiosk {
namespace {

using Stage = ui::SelfRecordsView::Stage;

// A card lifted and put straight back keeps what it showed; taken away for longer, it is wiped.
constexpr core::Seconds kCardGoneGrace{3.0};

const char* outcomeName(net::SelfRecords::Outcome outcome) {
    switch (outcome) {
        case net::SelfRecords::Outcome::Found: return "found";
        case net::SelfRecords::Outcome::NoNetwork: return "no network";
        case net::SelfRecords::Outcome::Refused: return "refused";
        case net::SelfRecords::Outcome::Busy: return "busy";
        case net::SelfRecords::Outcome::Broken: return "broken answer";
    }
    return "?";
}

// What to tell him when his records could not be had (string-table key).
const char* problemKeyOf(net::SelfRecords::Outcome outcome) {
    switch (outcome) {
        case net::SelfRecords::Outcome::NoNetwork: return "self.no_network";
        case net::SelfRecords::Outcome::Busy: return "self.busy";
        default: return "self.unavailable";
    }
}

// News that is not to be shown: what it holds of a person is overwritten unread.
void forgetNews(IdCardNews& news) {
    if (news.face) core::idcard::forgetFace(*news.face);
    if (news.records) net::forgetRecords(*news.records);
}

}  // namespace

IdCardFeature::IdCardFeature(FeatureHost& host) : host_(host), available_(!host.config().idCard.device.empty()) {
    if (!available_) return;
    const config::KioskConfig& c = host.config();
    IdCardWorkerSettings settings;
    settings.reader.path = c.idCard.device;
    settings.reader.baud = c.idCard.baud;
    settings.baseUrl = c.platform.baseUrl;
    settings.credentials = host.credentials();
    settings.tls = {c.platform.caFile, c.platform.pinnedPublicKey, c.platform.clientCert, c.platform.clientKey};
    worker_ = std::make_unique<IdCardWorker>(std::move(settings), [this](IdCardNews news) {
        auto shared = std::make_shared<IdCardNews>(std::move(news));
        host_.inbox().post([this, shared] { received(std::move(*shared), host_.clock().now()); });
    });
}

IdCardFeature::~IdCardFeature() {
    worker_.reset();  // stopped before what it posts to goes
    forgetHim();
}

// 试读身份证: a card read is checked and wiped unseen; true when the news was the test's.
bool IdCardFeature::receivedForTest(IdCardNews& news) {
    if (!testing_) return false;
    switch (news.kind) {
        case IdCardNews::Kind::Reading: return true;
        case IdCardNews::Kind::CardRead: testResultKey_ = "operator.id_card_test_ok"; break;
        case IdCardNews::Kind::BadCard: testResultKey_ = "operator.id_card_test_bad"; break;
        case IdCardNews::Kind::ReaderFault: testResultKey_ = "operator.id_card_state.fault"; break;
        case IdCardNews::Kind::ReaderReady:
        case IdCardNews::Kind::CardGone: return true;
    }
    spdlog::info("id card: test read: {}{}{}", testResultKey_, news.problem.empty() ? "" : ": ", news.problem);
    testing_ = false;
    watch_ = 0;
    worker_->watch(false);
    return true;
}

void IdCardFeature::received(IdCardNews news, core::SteadyTime now) {
    // Found under a watch that has ended (the page was left, or the next resident agreed while a
    // slow platform still answered the last one): wiped unread.
    if (news.watch != watch_ || watch_ == 0) {
        forgetNews(news);
        return;
    }
    // What the reader is doing, for the operator panel.
    if (news.kind == IdCardNews::Kind::ReaderFault) {
        readerStateKey_ = "operator.id_card_state.fault";
        readerProblem_ = news.problem;
    } else {
        readerStateKey_ = "operator.id_card_state.ready";
        readerProblem_.clear();
    }
    if (receivedForTest(news)) {
        forgetNews(news);
        return;
    }
    // (A resident's watch starts with his consent and ends with forgetAll: news of it finds the
    // page past the consent.)
    switch (news.kind) {
        case IdCardNews::Kind::Reading:
            stage_ = Stage::Reading;
            noticeKey_.clear();
            break;
        case IdCardNews::Kind::CardRead:
            forgetHim();
            face_ = std::move(news.face);
            records_ = std::move(news.records);
            host_.usageCounters().selfQuery(host_.localDate());
            if (!records_) {
                stage_ = Stage::Problem;
                problemKey_ = "self.no_network";
                spdlog::info("id card: a card read; no platform to ask");
            } else {
                spdlog::info("id card: a card read; records {}{}{}", outcomeName(records_->outcome),
                             records_->problem.empty() ? "" : ": ", records_->problem);
                stage_ = records_->outcome == net::SelfRecords::Outcome::Found ? Stage::Records : Stage::Problem;
                problemKey_ = problemKeyOf(records_->outcome);
                if (stage_ == Stage::Records) {
                    rows_ = rowsOf(*records_);
                    caseRows_ = caseRowsOf(*records_);
                }
            }
            break;
        case IdCardNews::Kind::CardGone:
            if (face_) {
                cardGoneAt_ = now;
            } else if (stage_ == Stage::Reading) {
                stage_ = Stage::PlaceCard;
            }
            break;
        case IdCardNews::Kind::BadCard:
            spdlog::info("id card: a card that cannot be read: {}", news.problem);
            stage_ = Stage::PlaceCard;
            noticeKey_ = "self.bad_card";
            break;
        case IdCardNews::Kind::ReaderFault:
            spdlog::warn("id card: the reader does not answer: {}", news.problem);
            if (!face_) {
                stage_ = Stage::Problem;
                problemKey_ = "self.reader_fault";
            }
            break;
        case IdCardNews::Kind::ReaderReady:
            if (stage_ == Stage::Problem && problemKey_ == "self.reader_fault") {
                stage_ = Stage::PlaceCard;
                problemKey_.clear();
            }
            break;
    }
}

void IdCardFeature::beforeFrame(core::SteadyTime now) {
    if (cardGoneAt_ && now - *cardGoneAt_ >= kCardGoneGrace) {
        forgetHim();
        stage_ = Stage::PlaceCard;
        problemKey_.clear();
        noticeKey_ = "self.cleared";
    }
}

void IdCardFeature::prepare(ui::AppView& view, core::SteadyTime /*now*/) {
    ui::SelfRecordsView& v = view.selfRecords;
    v.available = available_;
    view.operatorPanel.idCardAvailable = available_;
    if (host_.router().current() == core::ScreenId::OperatorPanel) {
        prepareOperatorRows(view);
    } else if (testing_) {
        testing_ = false;  // the test read ends with the panel
        watch_ = 0;
        worker_->watch(false);
    }
    // Leaving the screen (返回, a tile, a link) ends it: nothing of him outlives the page.
    if (host_.router().current() != core::ScreenId::SelfRecords && (face_ || stage_ != Stage::Consent)) forgetAll();
    offline_ = host_.config().platform.baseUrl.empty() || view.offlineBanner;
    v.stage = stage_;
    v.problemKey = problemKey_;
    v.noticeKey = noticeKey_;
    const bool his = stage_ == Stage::Records && face_;
    v.name = his ? std::string_view(face_->name) : std::string_view();
    v.rows = his ? &rows_ : nullptr;
    v.cases = his ? &caseRows_ : nullptr;
}

// His cases in words: the category, the station reached, the day filed and the receipt's code.
std::vector<ui::SelfCaseRow> IdCardFeature::caseRowsOf(const net::SelfRecords& records) const {
    const core::StringTable& s = host_.strings();
    std::vector<ui::SelfCaseRow> rows;
    for (const net::OwnCase& c : records.cases) {
        ui::SelfCaseRow row;
        row.headline = c.serviceName + "  " + s.get("track.stage." + c.stage);
        row.filed = s.format("self.case_filed", {c.filedOn});
        row.number = s.format("self.case_number", {c.requestId});
        rows.push_back(std::move(row));
    }
    return rows;
}

// His payouts in words, once when they arrive (not each frame).
std::vector<ui::SelfRecordRow> IdCardFeature::rowsOf(const net::SelfRecords& records) const {
    const core::StringTable& s = host_.strings();
    std::map<std::string, std::string> typeNames;
    for (const core::SubsidyType& t : records.subsidyTypes) typeNames[t.id] = t.name;
    std::vector<ui::SelfRecordRow> rows;
    for (const core::Payout& p : records.payouts) {
        ui::SelfRecordRow row;
        row.month = ui::monthLabel(s, p.period);
        row.type = typeNames.count(p.subsidyTypeId) ? typeNames[p.subsidyTypeId] : p.subsidyTypeId;
        row.amount = s.format("payouts.yuan", {core::formatYuan(p.amountFen)});
        row.paidOn = p.paidOn;
        row.status = s.get(ui::payoutStatusKey(p.status));
        row.paid = p.status == core::PayoutStatus::Paid;
        row.communityId = p.communityId;
        row.reportAbout = s.format("payout_detail.report_about", {row.month, row.type});
        rows.push_back(std::move(row));
    }
    return rows;
}

// The operator panel's reader row: where it is and how it answers (never a card's content).
void IdCardFeature::prepareOperatorRows(ui::AppView& view) const {
    const core::StringTable& s = host_.strings();
    // No reader configured: no row (the panel is dense, and most kiosks have none).
    if (!available_) return;
    std::vector<ui::OperatorRow>& rows = view.operatorPanel.rows;
    std::string state = s.get(readerStateKey_.empty() ? "operator.id_card_state.not_checked" : readerStateKey_);
    if (!readerProblem_.empty()) state += " · " + readerProblem_;
    if (testing_) state += " · " + s.get("operator.id_card_testing");
    if (!testing_ && !testResultKey_.empty()) state += " · " + s.get(testResultKey_);
    rows.push_back({"operator.id_card", host_.config().idCard.device + " · " + state});
}

bool IdCardFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    if (std::holds_alternative<ui::TestIdCardRead>(action)) {
        if (!available_ || stage_ != Stage::Consent) return true;  // never during a resident's read
        testing_ = true;
        testResultKey_.clear();
        watch_ = worker_->watch(true, /*askPlatform=*/false);
        return true;
    }
    if (!std::holds_alternative<ui::AgreeToReadIdCard>(action)) return false;
    if (!available_) return true;
    if (offline_) {
        // His own records need the network: said before he puts his card down, not after.
        stage_ = Stage::Problem;
        problemKey_ = "self.no_network";
        return true;
    }
    stage_ = Stage::PlaceCard;
    noticeKey_.clear();
    watch_ = worker_->watch(true);
    return true;
}

void IdCardFeature::screenOpened(core::ScreenId screen) {
    if (screen == core::ScreenId::SelfRecords) forgetAll();
}

void IdCardFeature::forgetHim() {
    if (face_) core::idcard::forgetFace(*face_);
    face_.reset();
    if (records_) net::forgetRecords(*records_);
    records_.reset();
    for (ui::SelfRecordRow& row : rows_) {
        for (std::string* text : {&row.month, &row.type, &row.amount, &row.paidOn, &row.reportAbout}) {
            core::forget(*text);
        }
    }
    rows_.clear();
    for (ui::SelfCaseRow& row : caseRows_) {
        for (std::string* text : {&row.headline, &row.filed, &row.number}) core::forget(*text);
    }
    caseRows_.clear();
    cardGoneAt_.reset();
}

void IdCardFeature::forgetAll() {
    forgetHim();
    stage_ = Stage::Consent;
    problemKey_.clear();
    noticeKey_.clear();
    watch_ = 0;
    if (worker_) worker_->watch(false);
}

}  // namespace kiosk
