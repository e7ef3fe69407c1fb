#pragma once
// Filing a case, one question per screen: what kind, which category, where, what happened, the
// category's own questions (only when it has some), a photo, how to reach the resident, then a
// review of every answer. The flow keeps every answer
// when the resident goes back, refuses to move past a required question (and says which), and
// after a submission can start another case at the same place with the same contact.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/case_catalog.h"

namespace kiosk::core {

enum class CaseStep { Kind, Category, Place, Describe, Details, Photo, Contact, Review };
constexpr int kCaseStepCount = 8;  // with Details; a category without questions has one fewer

enum class ContactChoice { Unanswered, Phone, Anonymous };

struct CaseDraft {
    std::optional<CaseKind> kind;
    std::string categoryCode;
    std::string communityId;
    std::string place;  // from the community's list, typed (其他地点), or the hall's own
    bool placeTyped = false;
    bool atHall = false;  // 就在本服务大厅附近: the hall's coordinates (hall.location) go with the case
    std::string description;
    // The category's questions: question code -> the chosen option keys, in the options' order.
    std::map<std::string, std::vector<std::string>> answers;
    std::vector<std::string> photos;  // JPEG files next to the outbox (the camera issue)
    bool photoLater = false;          // "稍后用手机补充"
    ContactChoice contact = ContactChoice::Unanswered;
    std::string phoneDigits;  // 11 digits when contact is Phone
    // 再反映一个问题 keeps the place and the contact of the case before; the review says so until
    // the resident changes them.
    bool placeFromLastCase = false;
    bool contactFromLastCase = false;
};

// Why the current step cannot go on, in the order a resident would fix it.
enum class StepProblem {
    None,
    ChooseKind,
    ChooseCategory,
    ChooseCommunity,
    ChoosePlace,
    DescriptionTooShort,
    AnswerQuestions,
    ChooseContact,
    PhoneIncomplete,
    PhoneNotMobile,
};
const char* stepProblemMessageKey(StepProblem problem);  // plain words in the string table

constexpr std::size_t kMaxDescriptionChars = 500;
constexpr std::size_t kMinDescriptionChars = 2;
constexpr std::size_t kMaxPhotos = 3;
constexpr std::size_t kMaxTypedPlaceChars = 30;

// What the kiosk keeps of typed text: what is not text by the one rule (core/text_rule: controls
// but line breaks, bidi and invisible characters), characters beyond
// the Basic Multilingual Plane (emoji: no glyph on the kiosk, and some backends refuse them) and
// surrounding blanks are removed; the rest is cut to `maxChars`.
std::string cleanTypedText(const std::string& text, std::size_t maxChars);

class CaseFlow {
public:
    explicit CaseFlow(const CaseCatalog& catalog) : catalog_(&catalog) {}

    CaseStep step() const { return step_; }
    int stepNumber() const;  // "第 n 步，共 m 步": the Details step counts only when it is asked
    int stepCount() const;
    bool asksQuestions() const;  // the chosen category has questions of its own
    const CaseDraft& draft() const { return draft_; }
    const CaseCategory* category() const { return catalog_->category(draft_.categoryCode); }
    bool isTransfer() const;  // the chosen category is outside the platform's scope (转办)

    // Answers. Each takes effect at once; a choice that no longer fits (a category the new kind
    // does not take, a place of another community) is cleared rather than kept wrong.
    void chooseKind(CaseKind kind);
    bool chooseCategory(const std::string& code);  // false: unknown, or not for this kind
    bool chooseCommunity(const std::string& id);
    bool choosePlace(const std::string& place);                                       // from the community's list
    bool typePlace(const std::string& text);                                          // 其他地点
    bool useHallPlace(const std::string& communityId, const std::string& hallPlace);  // 就在本服务大厅附近
    void setDescription(const std::string& text);
    // A tap on an option: a single-choice question takes it; a multiple-choice one toggles it.
    bool answer(const std::string& questionCode, const std::string& optionKey);
    bool isChosen(const std::string& questionCode, const std::string& optionKey) const;
    bool addPhoto(const std::string& file);  // false when there are already kMaxPhotos
    void removePhoto(std::size_t index);
    void choosePhotoLater(bool later);
    void chooseAnonymous();
    void choosePhone(const std::string& digits);

    StepProblem problemAt(CaseStep step) const;
    StepProblem problem() const { return problemAt(step_); }
    // The first step with a problem, if any: review's 确认提交 sends the resident there.
    std::optional<CaseStep> firstUnfinishedStep() const;

    // Moves on when the current step is answered; after a 修改 from the review it returns to the
    // review. False (and nothing moves) when the step still has a problem.
    bool next();
    // One step back; false on the first step. Nothing entered is lost.
    bool back();
    // 修改 on the review: open that step; next() comes back to the review.
    void edit(CaseStep step);

    // 再反映一个问题 after a receipt: a new case at the same place with the same contact.
    void startAnother();

private:
    CaseStep following(CaseStep step, int direction) const;  // skips Details when it is not asked
    const CaseCatalog* catalog_;
    CaseDraft draft_;
    CaseStep step_ = CaseStep::Kind;
    bool editingFromReview_ = false;
};

}  // namespace kiosk::core
