#pragma once
// 反映问题: the case flow, one question per step, under a step bar, with 下一步 (确认提交 on the
// review) always in the same place: the bottom right, under the step's content. The steps draw in case_choice_steps.cpp
// (kind, category, place), case_details_step.cpp (the category's own questions), case_entry_steps.cpp (description,
// photo, contact) and case_review.cpp (review and receipt). Every answer goes to the app as a CaseAction; the flow
// itself lives in core/.
#include "core/case_flow.h"
#include "ui/screen.h"
#include "ui/text_entry_panel.h"

namespace kiosk::ui {

inline constexpr const char* kCaseDescriptionField = "case.description";
inline constexpr const char* kCasePlaceField = "case.place";

// Which page of the community and place chips shows (at large text sizes they do not all fit).
struct PlacePaging {
    int firstCommunity = 0;
    int firstPlace = 0;
};

// The review's page of answers and whether the resident has had every one of them on screen:
// 确认提交 works only then (until then the main button pages on to the answers not yet seen).
struct ReviewPaging {
    int page = 0;
    bool pageDownAsked = false;  // the main button asked for the next page
    bool seenAll = false;
};

// Where the main action (下一步 / 确认提交) stands on a step: `min`–`max` at the bottom right
// of the content. Steps lay out above it; a landscape keyboard reaches down beside it, to
// `fullBottom`.
struct MainActionPlace {
    bool shown = false;
    ImVec2 min;
    ImVec2 max;
    float fullBottom = 0;
    ImFont* font = nullptr;
};

class CaseScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "case.title"; }
    std::string_view textField(const AppView& view) const override;
    void drawContent(ScreenContext& ctx) override;

private:
    bool toolbarRowNeeded(const ScreenContext& ctx) const;
    TextEntryPanel placePanel_;
    TextEntryPanel descriptionPanel_;
    PlacePaging placePaging_;
    int categoryPage_ = 0;  // the first category chip shown when they page (更多 ›)
    ReviewPaging review_;
    core::CaseStep shownStep_ = core::CaseStep::Kind;  // the review starts unseen each time it opens
};

// The parts each step draws below the shared header (step bar, 下一步, question, problem).
void drawKindStep(ScreenContext& ctx, const MainActionPlace& main);
void drawCategoryStep(ScreenContext& ctx, int& categoryPage, const MainActionPlace& main);
void drawPlaceStep(ScreenContext& ctx, TextEntryPanel& panel, PlacePaging& paging, const MainActionPlace& main);
void drawDescribeStep(ScreenContext& ctx, TextEntryPanel& panel, const MainActionPlace& main);
// The keyboard's rectangle on a step with a text field: landscape, down beside the main action
// (the quick phrases' column ends above it); portrait, above it.
void drawStepKeyboard(ScreenContext& ctx, TextEntryPanel& panel, ImVec2 min, const MainActionPlace& main,
                      const std::string& placeholder);
void drawDetailsStep(ScreenContext& ctx, const MainActionPlace& main);
// The photo step's buttons stand at the bottom left, beside the main action.
void drawPhotoStep(ScreenContext& ctx, const MainActionPlace& main);
// Before the first photo with a camera there, 拍照 is the step's main action and 下一步 (going on
// without one) is drawn as a second choice: one red button a screen.
bool photoIsTheMainAction(const ScreenContext& ctx);
// `questionTop`: where the step's question starts; in landscape the number and its keypad take
// the right half from there (the question is short and stands at the left).
void drawContactStep(ScreenContext& ctx, float questionTop, const MainActionPlace& main);
// `actionLeft`, `fullBottom`: the left edge of a main button at the bottom of the screen, and the
// bottom of the content beside it (the answers' left column may reach down there in landscape).
void drawReviewStep(ScreenContext& ctx, ReviewPaging& paging, float actionLeft, float fullBottom);
void drawReceipt(ScreenContext& ctx);

// Room for a block of chip rows starting at the cursor, `x`..`x + width` wide: the rows that fit
// above the main action at that width or, where not one does (特大 in landscape), the rows that
// fit beside it, down to the bottom, ending left of it.
struct ChipRowsRoom {
    int rows = 0;
    float width = 0;
};
ChipRowsRoom chipRowsRoom(const ScreenContext& ctx, const MainActionPlace& main, float x, float width, ImFont* font);

// The width of the content area.
float contentWidth(const ScreenContext& ctx);

}  // namespace kiosk::ui
