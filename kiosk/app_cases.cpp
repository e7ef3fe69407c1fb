// The app's side of the case flow: answers from the screens go into the session's CaseFlow, the
// typed fields are read back from their text entries, 确认提交 hands the case to the outbox on a
// worker, and the receipt shows once it is on disk.
#include <spdlog/spdlog.h>

#include "app.h"
#include "core/phone_number.h"
#include "core/tracking_link.h"
#include "ui/case_screen.h"

namespace kiosk {

std::string App::hallCommunityId() const {
    const core::CaseCatalog* catalog = desk().catalog();
    if (!catalog) return {};
    for (const auto& c : catalog->communities) {
        if (c.name == setup_.config.hall.community) return c.id;
    }
    return catalog->communities.front().id;
}

void App::prepareCaseView() {
    CaseSession& cs = sessionState_.caseSession;
    ui::CaseView& v = view_.caseView;
    v = {};
    v.available = desk().available();
    v.catalog = desk().catalog();
    if (v.available && !cs.flow && router_.current() == core::ScreenId::FileCase) {
        cs.flow.emplace(*v.catalog);
        cs.flow->chooseCommunity(hallCommunityId());  // most cases are about the hall's own community
    }
    v.flow = cs.flow ? &*cs.flow : nullptr;
    v.typingPlace = cs.typingPlace;
    v.problemKey = cs.problemKey;
    v.hallCommunityId = hallCommunityId();
    v.hallPlace = setup_.config.hall.name;
    v.saving = cs.submitTicket != 0;
    v.saveFailed = cs.saveFailed;
    if (!cs.similar.empty()) {
        v.similarCode = cs.similar.front().trackingCode;
        v.similarDate = cs.similar.front().createdAt.substr(0, 10);
    }
    v.joinedCode = cs.joinedCode;
    v.reviewingShot = cs.shot != nullptr;
    v.photosSaving = static_cast<int>(cs.photosSaving.size());
    v.photoProblemKey = cs.photoProblemKey;
    v.showingReceipt = !cs.joinedCode.empty();
    if (cs.receipt) {
        v.showingReceipt = true;
        v.receiptCode = cs.receipt->trackingCode;
        v.receiptPin = cs.receipt->pin;
        v.receiptLink = core::trackingLink(setup_.config.cases.trackingLink, cs.receipt->trackingCode);
        v.receiptTransfer = cs.receiptTransfer;
        v.receiptPhotoLater = cs.flow && cs.flow->draft().photoLater;
    }
}

void App::syncTypedAnswers() {
    CaseSession& cs = sessionState_.caseSession;
    if (!cs.flow) return;
    if (const auto it = sessionState_.entries.find(ui::kCaseDescriptionField); it != sessionState_.entries.end()) {
        cs.flow->setDescription(it->second.textUtf8());
    }
    if (cs.typingPlace) {
        const auto it = sessionState_.entries.find(ui::kCasePlaceField);
        cs.flow->typePlace(it == sessionState_.entries.end() ? std::string{} : it->second.textUtf8());
    }
}

bool App::caseFlowBack() {
    CaseSession& cs = sessionState_.caseSession;
    if (cs.receipt || !cs.joinedCode.empty())
        finishCase();  // leaving the receipt ends that case: the next visit starts afresh
    if (!cs.flow || cs.submitTicket != 0) return false;
    syncTypedAnswers();
    cs.problemKey.clear();
    if (cs.typingPlace && cs.flow->step() == core::CaseStep::Place) {
        cs.typingPlace = false;  // 返回 closes the keyboard first; what was typed stays
        return true;
    }
    return cs.flow->back();
}

void App::applyCaseAction(const ui::caseflow::Op& op) {
    CaseSession& cs = sessionState_.caseSession;
    if (!cs.flow || cs.submitTicket != 0) return;  // nothing changes while the case is being saved
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
                flow.useHallPlace(hallCommunityId(), setup_.config.hall.name);
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
                c.createdAt = core::formatW3cDateTime(services_.clock.wallNow());
                const std::uint64_t ticket = ++lastSubmitTicket_;
                if (desk().submit(std::move(c), !cs.similarDeclined, ticket)) {
                    cs.submitTicket = ticket;
                    cs.saveFailed = false;
                }
            } else if constexpr (std::is_same_v<A, cf::JoinSimilar>) {
                if (cs.similar.empty()) return;
                const std::uint64_t ticket = ++lastSubmitTicket_;
                if (desk().join(cs.similar.front().trackingCode, core::formatW3cDateTime(services_.clock.wallNow()),
                                ticket)) {
                    cs.submitTicket = ticket;
                }
            } else if constexpr (std::is_same_v<A, cf::DeclineSimilar>) {
                // 不一样: save the resident's own case now, without asking again.
                cs.similar.clear();
                cs.similarDeclined = true;
                applyCaseAction(cf::Submit{});
            } else if constexpr (std::is_same_v<A, cf::Another>) {
                discardUnsentPhotos(cs);  // after a join, the photos of the case not filed
                flow.startAnother();
                cs.receipt.reset();
                cs.receiptTransfer.clear();
                cs.similar.clear();
                cs.similarDeclined = false;
                cs.joinedCode.clear();
                cs.typingPlace = false;
                sessionState_.entries.erase(ui::kCaseDescriptionField);
                sessionState_.ink.erase(ui::kCaseDescriptionField);
            } else if constexpr (std::is_same_v<A, cf::Finish>) {
                finishCase();
                router_.home();
            }
        },
        op);
}

void App::finishCase() {
    discardUnsentPhotos(sessionState_.caseSession);
    sessionState_.caseSession = CaseSession{};
    for (const char* field : {ui::kCaseDescriptionField, ui::kCasePlaceField}) {
        sessionState_.entries.erase(field);
        sessionState_.ink.erase(field);
    }
}

void App::takeCaseOutcome() {
    std::optional<SubmitOutcome> outcome = desk().takeSubmitOutcome();
    if (!outcome) return;
    CaseSession& cs = sessionState_.caseSession;
    // A session wiped while its case was being written does not show the receipt to the next
    // person; the case itself is safe in the outbox.
    if (outcome->ticket != cs.submitTicket || !cs.flow) return;
    cs.submitTicket = 0;
    if (!outcome->similar.empty()) {
        cs.similar = std::move(outcome->similar);  // asked on the review before anything is saved
        return;
    }
    if (!outcome->joinedCode.empty()) {
        cs.similar.clear();
        cs.joinedCode = outcome->joinedCode;
        if (sync_) sync_->wake();
        return;
    }
    if (!outcome->receipt) {
        cs.saveFailed = true;  // the review stays, with every answer, and says so
        return;
    }
    cs.receipt = outcome->receipt;
    usage_.fileCase(localDate(), cs.flow->draft().categoryCode);
    if (sync_) sync_->wake();  // send it now, not at the next round
    cs.receiptTransfer = cs.flow->isTransfer() ? cs.flow->category()->transfer->department : "";
}

}  // namespace kiosk
