#pragma once
// A text field with its keyboards: the field, 拼音 / 手写 / 数字, the candidate bar, the keyboard
// of the chosen mode and the quick phrases. Any screen that asks for text draws one; it reads the
// session's text from the view and records EditText intents. Fills the area it is given.
#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "ui/screen.h"
#include "widgets/candidate_bar.h"
#include "widgets/handwriting_pad.h"

namespace kiosk::ui {

class TextEntryPanel {
public:
    // Draws within [min, max]. `placeholder` is shown while the field is empty. Landscape puts
    // the quick phrases in a column beside the keyboard, ending at `sideBottom` (0: at max.y) —
    // above whatever the screen puts in that corner.
    void draw(ScreenContext& ctx, ImVec2 min, ImVec2 max, const std::string& placeholder, float sideBottom = 0);
    // Landscape: the 拼音 / 手写 / 数字 and caret buttons go in the screen's title row, at `at`.
    void drawToolbar(ScreenContext& ctx, ImVec2 at);
    // Portrait: the least height that shows a two-line field, the mode row, a row of quick
    // phrases, the candidates and the letter keys (what a screen may put above it must leave this).
    float portraitMinHeight(const ScreenContext& ctx) const;
    // The field's height in a panel `width` × `height`, and the least that shows two lines.
    float fieldHeightIn(const ScreenContext& ctx, float width, float height) const;
    float twoLineFieldHeight(const ScreenContext& ctx) const;
    float toolbarWidth(const ScreenContext& ctx) const;
    // The caret keys say "◀" / "▶" without their words (a screen whose title row is short of room).
    void setCaretArrowsOnly(bool arrowsOnly) { caretArrowsOnly_ = arrowsOnly; }
    // Landscape: the screen uses the column beside the keyboard from the field's top (姓名查找:
    // where, how many found), so the field keeps the keyboard's width instead of the whole width.
    void setColumnBesideField(bool besideField) { columnBesideField_ = besideField; }
    // The least height that shows a one-line field, the candidates and the keyboard of the mode in
    // use (and, portrait, the mode row), for `width`: a field without quick phrases.
    float compactHeight(const ScreenContext& ctx, float width) const;

private:
    void drawModeButtons(ScreenContext& ctx, float width);
    void drawCaretButtons(ScreenContext& ctx, float width);
    float caretButtonWidth(const ScreenContext& ctx) const;
    float modesWidth(const ScreenContext& ctx) const;
    bool caretWords(const ScreenContext& ctx) const;
    float keyboardHeight(const ScreenContext& ctx, float width) const;
    // The rows above the keyboard, measured from the panel's top.
    struct PanelRows {
        float modeRowH = 0;
        float phraseRowH = 0;  // 0: no row of quick phrases
        float candidateRowH = 0;
        float fieldH = 0;
        bool phrasesInCandidateRow = false;  // the quick phrases stand there while nothing else does
    };
    PanelRows panelRows(const ScreenContext& ctx, float width, float height) const;
    float oneLineFieldHeight(const ScreenContext& ctx) const;
    std::string_view caretLabelKey(const ScreenContext& ctx, bool left) const;
    void drawQuickPhrases(ScreenContext& ctx, float width, float maxY);
    void drawKeyboard(ScreenContext& ctx, ImVec2 min, ImVec2 max);
    void add(ScreenContext& ctx, edit::Op op);
    ImFont* inputFont(const ScreenContext& ctx) const;
    ImFont* keysFont(const ScreenContext& ctx) const;

    widgets::CandidatePaging paging_;
    widgets::HandwritingPadState pad_;
    bool caretArrowsOnly_ = false;
    bool columnBesideField_ = false;
    int phrasePage_ = 0;    // the first quick phrase shown when they page (更多 ›)
    std::string pagedFor_;  // paging restarts when what the candidates are for changes
};

}  // namespace kiosk::ui
