#include "features/cases/case_filing.h"

#include <spdlog/spdlog.h>

#include "app/usage_counters.h"
#include "core/date_text.h"
#include "core/phone_number.h"
#include "core/tracking_link.h"
#include "net/sync_engine.h"
#include "ui/case_screen.h"

namespace kiosk {

CaseFilingFeature::CaseFilingFeature(FeatureHost& host, TypingFeature& typing, PictureSource runningPicture)
    : host_(host), typing_(typing), runningPicture_(std::move(runningPicture)), photoDesk_(host.data().photos()) {}

void CaseFilingFeature::sweepPhotos() {
    if (auto keep = host_.desks().real().photoFilesInOutbox()) photoDesk_.sweep(std::move(*keep));
}

bool CaseFilingFeature::onPhotoStep() const {
    const CaseSession& cs = session_;
    return host_.router().current() == core::ScreenId::FileCase && cs.flow &&
           cs.flow->step() == core::CaseStep::Photo && !cs.receipt && cs.joinedCode.empty();
}

std::string CaseFilingFeature::hallCommunityId() const {
    const core::CaseCatalog* catalog = host_.desks().current().catalog();
    if (!catalog) return {};
    for (const auto& c : catalog->communities) {
        if (c.name == host_.config().hall.community) return c.id;
    }
    return catalog->communities.front().id;
}

void CaseFilingFeature::prepare(ui::AppView& view, core::SteadyTime /*now*/) {
    CaseSession& cs = session_;
    ui::CaseView& v = view.caseView;
    v = {};
    const CaseDesk& desk = host_.desks().current();
    v.available = desk.available();
    v.catalog = desk.catalog();
    if (v.available && !cs.flow && host_.router().current() == core::ScreenId::FileCase) {
        cs.flow.emplace(*v.catalog);
        cs.flow->chooseCommunity(hallCommunityId());  // most cases are about the hall's own community
    }
    v.flow = cs.flow ? &*cs.flow : nullptr;
    v.typingPlace = cs.typingPlace;
    v.problemKey = cs.problemKey;
    v.hallCommunityId = hallCommunityId();
    v.hallPlace = host_.config().hall.name;
    v.saving = cs.saving;
    v.saveFailed = cs.saveFailed;
    if (!cs.similar.empty()) {
        v.similarCode = cs.similar.front().trackingCode;
        v.similarDate = cs.similar.front().createdAt.substr(0, 10);
    }
    v.joinedCode = cs.joinedCode;
    v.about = cs.about;
    v.reviewingShot = cs.shot != nullptr;
    v.photosSaving = static_cast<int>(cs.photosSaving.size());
    v.photoProblemKey = cs.photoProblemKey;
    v.showingReceipt = !cs.joinedCode.empty();
    if (cs.receipt) {
        v.showingReceipt = true;
        v.receiptCode = cs.receipt->trackingCode;
        v.receiptPin = cs.receipt->pin;
        v.receiptLink = core::trackingLink(host_.config().cases.trackingLink, cs.receipt->trackingCode);
        v.receiptTransfer = cs.receiptTransfer;
        v.receiptPhotoLater = cs.flow && cs.flow->draft().photoLater;
    }
}

void CaseFilingFeature::syncTypedAnswers() {
    CaseSession& cs = session_;
    if (!cs.flow) return;
    if (typing_.hasField(ui::kCaseDescriptionField)) cs.flow->setDescription(typing_.text(ui::kCaseDescriptionField));
    if (cs.typingPlace) cs.flow->typePlace(typing_.text(ui::kCasePlaceField));
}

bool CaseFilingFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    if (const auto* about = std::get_if<ui::StartCaseAbout>(&action)) {
        startCaseAbout(*about);
        return true;
    }
    const auto* a = std::get_if<ui::CaseAction>(&action);
    if (!a) return false;
    applyCaseAction(a->op);
    return true;
}

// A case about something on screen: a fresh case (a receipt still shown is finished), 投诉 and
// the category chosen for him (both shown ticked, both his to change), the community, and the
// description started with what it is about; he goes on from the first step.
void CaseFilingFeature::startCaseAbout(const ui::StartCaseAbout& about) {
    const core::CaseCatalog* catalog = host_.desks().current().catalog();
    if (!host_.desks().current().available() || !catalog) {
        host_.router().push(core::ScreenId::FileCase);  // the screen says why it cannot be used
        return;
    }
    finishCase();
    CaseSession& cs = session_;
    cs.flow.emplace(*catalog);
    cs.flow->chooseKind(core::CaseKind::Complaint);
    cs.flow->chooseCategory(about.categoryCode);
    if (!cs.flow->chooseCommunity(about.communityId)) cs.flow->chooseCommunity(hallCommunityId());
    typing_.setText(ui::kCaseDescriptionField, about.description);
    cs.flow->setDescription(typing_.text(ui::kCaseDescriptionField));
    // The kind step says what the case is about (the description starts with it, ending in "："),
    // so the first screen after 我要反映 is not a blank form to him.
    cs.about = about.description;
    const std::string colon = "：";
    if (cs.about.size() >= colon.size() && cs.about.compare(cs.about.size() - colon.size(), colon.size(), colon) == 0) {
        cs.about.resize(cs.about.size() - colon.size());
    }
    host_.router().push(core::ScreenId::FileCase);
}

void CaseFilingFeature::goHome() {
    if (session_.receipt || !session_.joinedCode.empty()) finishCase();
}

void CaseFilingFeature::startOver() {
    discardUnsentPhotos();
    session_ = CaseSession{};
}

void CaseFilingFeature::endVisit() {
    startOver();
}

// 返回 inside the flow; false when it should leave the flow.
bool CaseFilingFeature::goBack(core::ScreenId screen) {
    if (screen != core::ScreenId::FileCase) return false;
    CaseSession& cs = session_;
    if (cs.receipt || !cs.joinedCode.empty())
        finishCase();  // leaving the receipt ends that case: the next visit starts afresh
    if (!cs.flow || cs.saving) return false;
    syncTypedAnswers();
    cs.problemKey.clear();
    if (cs.typingPlace && cs.flow->step() == core::CaseStep::Place) {
        cs.typingPlace = false;  // 返回 closes the keyboard first; what was typed stays
        return true;
    }
    return cs.flow->back();
}

void CaseFilingFeature::applyCaseAction(const ui::caseflow::Op& op) {
    CaseSession& cs = session_;
    if (!cs.flow || cs.saving) return;  // nothing changes while the case is being saved
    core::CaseFlow& flow = *cs.flow;
    syncTypedAnswers();
    cs.problemKey.clear();
    std::visit(
        [&](const auto& a) {
            using A = std::decay_t<decltype(a)>;
            namespace cf = ui::caseflow;
            if constexpr (std::is_same_v<A, cf::ChooseKind>) {
                flow.chooseKind(a.kind);
                flow.next();  // one tap: the three kinds are whole answers
            } else if constexpr (std::is_same_v<A, cf::ChooseCategory>) {
                flow.chooseCategory(a.code);
            } else if constexpr (std::is_same_v<A, cf::ChooseCommunity>) {
                flow.chooseCommunity(a.id);
                cs.typingPlace = false;
            } else if constexpr (std::is_same_v<A, cf::ChoosePlace>) {
                flow.choosePlace(a.place);
                cs.typingPlace = false;
            } else if constexpr (std::is_same_v<A, cf::UseHallPlace>) {
                flow.useHallPlace(hallCommunityId(), host_.config().hall.name);
                cs.typingPlace = false;
            } else if constexpr (std::is_same_v<A, cf::TypePlace>) {
                cs.typingPlace = true;
                syncTypedAnswers();
            } else if constexpr (std::is_same_v<A, cf::Answer>) {
                flow.answer(a.question, a.option);
            } else if constexpr (std::is_same_v<A, cf::Next>) {
                // 下一步 with a shot still under review: it was taken to be kept.
                if (cs.shot && flow.step() == core::CaseStep::Photo) applyPhotoAction(cf::KeepPhoto{});
                if (!flow.next()) cs.problemKey = core::stepProblemMessageKey(flow.problem());
                if (flow.step() != core::CaseStep::Place) cs.typingPlace = false;
            } else if constexpr (std::is_same_v<A, cf::Edit>) {
                cs.similar.clear();  // a changed case is checked again
                cs.similarDeclined = false;
                flow.edit(a.step);
                cs.typingPlace = a.step == core::CaseStep::Place && flow.draft().placeTyped;
            } else if constexpr (std::is_same_v<A, cf::PhotoLater>) {
                cs.shot.reset();
                flow.choosePhotoLater(true);
                flow.next();
            } else if constexpr (std::is_same_v<A, cf::TakePhoto> || std::is_same_v<A, cf::KeepPhoto> ||
                                 std::is_same_v<A, cf::RetakePhoto> || std::is_same_v<A, cf::RemovePhoto>) {
                applyPhotoAction(a);
            } else if constexpr (std::is_same_v<A, cf::ChoosePhone>) {
                flow.choosePhone(flow.draft().phoneDigits);
            } else if constexpr (std::is_same_v<A, cf::ChooseAnonymous>) {
                flow.chooseAnonymous();
            } else if constexpr (std::is_same_v<A, cf::PhoneKey>) {
                std::string digits = flow.draft().phoneDigits;
                if (a.digit) core::appendDigit(digits, a.digit);
                if (a.erase && !digits.empty()) digits.pop_back();
                if (a.clear) digits.clear();
                flow.choosePhone(digits);
            } else if constexpr (std::is_same_v<A, cf::Submit>) {
                // A kept photo is written in tens of milliseconds: the case waits for it, not without it.
                if (!cs.photosSaving.empty()) return;
                if (const auto unfinished = flow.firstUnfinishedStep()) {
                    cs.problemKey = core::stepProblemMessageKey(flow.problemAt(*unfinished));
                    flow.edit(*unfinished);
                    return;
                }
                storage::NewCase c;
                c.draft = flow.draft();
                if (flow.isTransfer()) c.transferDepartment = flow.category()->transfer->department;
                c.createdAt = core::formatW3cDateTime(host_.clock().wallNow());
                if (host_.desks().current().submit(std::move(c), !cs.similarDeclined, whenSubmitted())) {
                    cs.saving = true;
                    cs.saveFailed = false;
                }
            } else if constexpr (std::is_same_v<A, cf::JoinSimilar>) {
                if (cs.similar.empty()) return;
                if (host_.desks().current().join(cs.similar.front().trackingCode,
                                                 core::formatW3cDateTime(host_.clock().wallNow()), whenSubmitted())) {
                    cs.saving = true;
                }
            } else if constexpr (std::is_same_v<A, cf::DeclineSimilar>) {
                // 不一样: save the resident's own case now, without asking again.
                cs.similar.clear();
                cs.similarDeclined = true;
                applyCaseAction(cf::Submit{});
            } else if constexpr (std::is_same_v<A, cf::Another>) {
                discardUnsentPhotos();  // after a join, the photos of the case not filed
                flow.startAnother();
                cs.receipt.reset();
                cs.receiptTransfer.clear();
                cs.similar.clear();
                cs.similarDeclined = false;
                cs.joinedCode.clear();
                cs.typingPlace = false;
                typing_.forget(ui::kCaseDescriptionField);
            } else if constexpr (std::is_same_v<A, cf::Finish>) {
                finishCase();
                host_.router().home();
            }
        },
        op);
}

void CaseFilingFeature::finishCase() {
    startOver();
    for (const char* field : {ui::kCaseDescriptionField, ui::kCasePlaceField}) typing_.forget(field);
}

CaseDesk::Done<SubmitOutcome> CaseFilingFeature::whenSubmitted() {
    return host_.inbox().replyTo<SubmitOutcome>(host_.visit(),
                                                [this](SubmitOutcome outcome) { submitted(std::move(outcome)); });
}

void CaseFilingFeature::submitted(SubmitOutcome outcome) {
    CaseSession& cs = session_;
    // A visit that ended while its case was being written does not show the receipt to the next
    // person (the inbox drops it); the case itself is safe in the outbox. Nor does a case the
    // same visit started over from (a demonstration began).
    if (!cs.saving || !cs.flow) return;
    cs.saving = false;
    if (!outcome.similar.empty()) {
        cs.similar = std::move(outcome.similar);  // asked on the review before anything is saved
        return;
    }
    if (!outcome.joinedCode.empty()) {
        cs.similar.clear();
        cs.joinedCode = outcome.joinedCode;
        if (net::SyncEngine* sync = host_.syncEngine()) sync->wake();
        return;
    }
    if (!outcome.receipt) {
        cs.saveFailed = true;  // the review stays, with every answer, and says so
        return;
    }
    cs.receipt = outcome.receipt;
    host_.usageCounters().fileCase(host_.localDate(), cs.flow->draft().categoryCode);
    if (net::SyncEngine* sync = host_.syncEngine()) sync->wake();  // send it now, not at the next round
    cs.receiptTransfer = cs.flow->isTransfer() ? cs.flow->category()->transfer->department : "";
}

}  // namespace kiosk
