#include "core/case_flow.h"

#include <algorithm>

#include "core/phone_number.h"
#include "core/text_rule.h"
#include "core/utf8.h"

namespace kiosk::core {
namespace {

bool isBlank(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000';
}

// Watches a place setter: when it leaves another place than it found, the place is no longer
// the one carried over from the case before.
class PlaceChange {
public:
    explicit PlaceChange(CaseDraft& draft) : draft_(draft), communityId_(draft.communityId), place_(draft.place) {}
    PlaceChange(const PlaceChange&) = delete;
    PlaceChange& operator=(const PlaceChange&) = delete;
    ~PlaceChange() {
        if (draft_.communityId != communityId_ || draft_.place != place_) draft_.placeFromLastCase = false;
    }

private:
    CaseDraft& draft_;
    std::string communityId_;
    std::string place_;
};

}  // namespace

const char* stepProblemMessageKey(StepProblem problem) {
    switch (problem) {
        case StepProblem::ChooseKind: return "case.problem.choose_kind";
        case StepProblem::ChooseCategory: return "case.problem.choose_category";
        case StepProblem::ChooseCommunity: return "case.problem.choose_community";
        case StepProblem::ChoosePlace: return "case.problem.choose_place";
        case StepProblem::DescriptionTooShort: return "case.problem.description_too_short";
        case StepProblem::AnswerQuestions: return "case.problem.answer_questions";
        case StepProblem::ChooseContact: return "case.problem.choose_contact";
        case StepProblem::PhoneIncomplete: return "case.problem.phone_incomplete";
        case StepProblem::PhoneNotMobile: return "case.problem.phone_not_mobile";
        case StepProblem::None:
        default: return "";
    }
}

std::string cleanTypedText(const std::string& text, std::size_t maxChars) {
    // The one text rule (core/text_rule) drops what is not text; the kiosk's fonts draw only the
    // Basic Multilingual Plane, so emoji and the like go too.
    std::u32string kept = decodeUtf8(keepText(text, Lines::Many, text.size()));
    std::erase_if(kept, [](char32_t c) { return c > 0xFFFF; });
    std::size_t begin = 0;
    std::size_t end = kept.size();
    while (begin < end && isBlank(kept[begin])) ++begin;
    while (end > begin && isBlank(kept[end - 1])) --end;
    end = std::min(end, begin + maxChars);
    std::string out;
    for (std::size_t i = begin; i < end; ++i) appendUtf8(out, kept[i]);
    return out;
}

bool CaseFlow::isTransfer() const {
    const CaseCategory* c = category();
    return c && c->transfer.has_value();
}

bool CaseFlow::asksQuestions() const {
    const CaseCategory* c = category();
    return c && !c->questions.empty();
}

int CaseFlow::stepNumber() const {
    const int index = static_cast<int>(step_) + 1;
    return !asksQuestions() && step_ > CaseStep::Details ? index - 1 : index;
}

int CaseFlow::stepCount() const {
    return asksQuestions() ? kCaseStepCount : kCaseStepCount - 1;
}

void CaseFlow::chooseKind(CaseKind kind) {
    draft_.kind = kind;
    const CaseCategory* c = category();
    if (c && !c->takes(kind)) {
        draft_.categoryCode.clear();
        draft_.answers.clear();
    }
}

bool CaseFlow::chooseCategory(const std::string& code) {
    const CaseCategory* c = catalog_->category(code);
    if (!c || !draft_.kind || !c->takes(*draft_.kind)) return false;
    if (code != draft_.categoryCode) draft_.answers.clear();  // another category asks other questions
    draft_.categoryCode = code;
    return true;
}

bool CaseFlow::answer(const std::string& questionCode, const std::string& optionKey) {
    const CaseCategory* c = category();
    const CaseQuestion* q = c ? c->question(questionCode) : nullptr;
    if (!q || !q->offers(optionKey)) return false;
    std::vector<std::string>& chosen = draft_.answers[questionCode];
    if (!q->multiple) {
        chosen = {optionKey};
        return true;
    }
    const bool wasChosen = std::find(chosen.begin(), chosen.end(), optionKey) != chosen.end();
    std::vector<std::string> inOrder;  // the options' order, whatever the order of the taps
    for (const auto& o : q->options) {
        const bool keep =
            o.key == optionKey ? !wasChosen : std::find(chosen.begin(), chosen.end(), o.key) != chosen.end();
        if (keep) inOrder.push_back(o.key);
    }
    chosen = std::move(inOrder);
    if (chosen.empty()) draft_.answers.erase(questionCode);
    return true;
}

bool CaseFlow::isChosen(const std::string& questionCode, const std::string& optionKey) const {
    const auto it = draft_.answers.find(questionCode);
    return it != draft_.answers.end() && std::find(it->second.begin(), it->second.end(), optionKey) != it->second.end();
}

bool CaseFlow::chooseCommunity(const std::string& id) {
    const PlaceChange change(draft_);
    if (!catalog_->community(id)) return false;
    if (id != draft_.communityId) {
        draft_.communityId = id;
        draft_.place.clear();
        draft_.placeTyped = false;
        draft_.atHall = false;
    }
    return true;
}

bool CaseFlow::choosePlace(const std::string& place) {
    const PlaceChange change(draft_);
    const CommunityPlaces* c = catalog_->community(draft_.communityId);
    if (!c || std::find(c->places.begin(), c->places.end(), place) == c->places.end()) return false;
    draft_.place = place;
    draft_.placeTyped = false;
    draft_.atHall = false;
    return true;
}

bool CaseFlow::typePlace(const std::string& text) {
    const PlaceChange change(draft_);
    if (!catalog_->community(draft_.communityId)) return false;
    draft_.place = cleanTypedText(text, kMaxTypedPlaceChars);
    draft_.placeTyped = true;
    draft_.atHall = false;
    return true;
}

bool CaseFlow::useHallPlace(const std::string& communityId, const std::string& hallPlace) {
    const PlaceChange change(draft_);
    if (!chooseCommunity(communityId)) return false;
    draft_.place = cleanTypedText(hallPlace, kMaxTypedPlaceChars);
    draft_.placeTyped = false;
    draft_.atHall = !draft_.place.empty();
    return draft_.atHall;
}

void CaseFlow::setDescription(const std::string& text) {
    draft_.description = cleanTypedText(text, kMaxDescriptionChars);
}

bool CaseFlow::addPhoto(const std::string& file) {
    if (draft_.photos.size() >= kMaxPhotos) return false;
    draft_.photos.push_back(file);
    return true;
}

void CaseFlow::removePhoto(std::size_t index) {
    if (index < draft_.photos.size()) draft_.photos.erase(draft_.photos.begin() + static_cast<std::ptrdiff_t>(index));
}

void CaseFlow::choosePhotoLater(bool later) {
    draft_.photoLater = later;
}

void CaseFlow::chooseAnonymous() {
    if (draft_.contact != ContactChoice::Anonymous) draft_.contactFromLastCase = false;
    draft_.contact = ContactChoice::Anonymous;
}

void CaseFlow::choosePhone(const std::string& digits) {
    if (draft_.contact != ContactChoice::Phone || draft_.phoneDigits != digits) draft_.contactFromLastCase = false;
    draft_.contact = ContactChoice::Phone;
    draft_.phoneDigits = digits;
}

StepProblem CaseFlow::problemAt(CaseStep step) const {
    switch (step) {
        case CaseStep::Kind: return draft_.kind ? StepProblem::None : StepProblem::ChooseKind;
        case CaseStep::Category: {
            const CaseCategory* c = category();
            return c && draft_.kind && c->takes(*draft_.kind) ? StepProblem::None : StepProblem::ChooseCategory;
        }
        case CaseStep::Place:
            // A place is required: cases without one are the platform's main pain.
            if (!catalog_->community(draft_.communityId)) return StepProblem::ChooseCommunity;
            return draft_.place.empty() ? StepProblem::ChoosePlace : StepProblem::None;
        case CaseStep::Describe:
            return decodeUtf8(draft_.description).size() < kMinDescriptionChars ? StepProblem::DescriptionTooShort
                                                                                : StepProblem::None;
        case CaseStep::Details: {
            const CaseCategory* c = category();
            if (!c) return StepProblem::None;
            for (const auto& q : c->questions) {
                if (q.required && !draft_.answers.count(q.code)) return StepProblem::AnswerQuestions;
            }
            return StepProblem::None;
        }
        case CaseStep::Photo: return StepProblem::None;  // a photo helps, but nobody is stopped for lack of one
        case CaseStep::Contact:
            switch (draft_.contact) {
                case ContactChoice::Anonymous: return StepProblem::None;
                case ContactChoice::Phone:
                    switch (checkMobile(draft_.phoneDigits)) {
                        case PhoneCheck::Valid: return StepProblem::None;
                        case PhoneCheck::NotAMobile: return StepProblem::PhoneNotMobile;
                        default: return StepProblem::PhoneIncomplete;
                    }
                case ContactChoice::Unanswered:
                default: return StepProblem::ChooseContact;
            }
        case CaseStep::Review:
        default: {
            const auto unfinished = firstUnfinishedStep();
            return unfinished ? problemAt(*unfinished) : StepProblem::None;
        }
    }
}

std::optional<CaseStep> CaseFlow::firstUnfinishedStep() const {
    for (int i = 0; i < static_cast<int>(CaseStep::Review); ++i) {
        const auto step = static_cast<CaseStep>(i);
        if (problemAt(step) != StepProblem::None) return step;
    }
    return std::nullopt;
}

bool CaseFlow::next() {
    if (step_ == CaseStep::Review || problem() != StepProblem::None) return false;
    if (editingFromReview_) {
        // Back to the review, unless the change left another answer unfit (a new kind clears a
        // category it does not take): then that question comes first.
        const auto unfinished = firstUnfinishedStep();
        editingFromReview_ = unfinished.has_value();
        step_ = unfinished.value_or(CaseStep::Review);
    } else {
        step_ = following(step_, +1);
    }
    return true;
}

bool CaseFlow::back() {
    if (step_ == CaseStep::Kind) return false;
    editingFromReview_ = false;
    step_ = following(step_, -1);
    return true;
}

CaseStep CaseFlow::following(CaseStep step, int direction) const {
    auto next = static_cast<CaseStep>(static_cast<int>(step) + direction);
    if (next == CaseStep::Details && !asksQuestions()) next = static_cast<CaseStep>(static_cast<int>(next) + direction);
    return next;
}

void CaseFlow::edit(CaseStep step) {
    if (step == CaseStep::Review || (step == CaseStep::Details && !asksQuestions())) return;
    step_ = step;
    editingFromReview_ = true;
}

void CaseFlow::startAnother() {
    CaseDraft next;
    next.communityId = draft_.communityId;
    next.place = draft_.place;
    next.placeTyped = draft_.placeTyped;
    next.atHall = draft_.atHall;
    next.contact = draft_.contact;
    next.phoneDigits = draft_.phoneDigits;
    next.placeFromLastCase = !next.place.empty();
    next.contactFromLastCase = next.contact != ContactChoice::Unanswered;
    draft_ = std::move(next);
    step_ = CaseStep::Kind;
    editingFromReview_ = false;
}

}  // namespace kiosk::core
