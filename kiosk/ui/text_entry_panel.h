#pragma once
// A text field with its keyboards: the field, 拼音 / 手写 / 数字, the candidate bar, the keyboard
// of the chosen mode and the quick phrases. Any screen that asks for text draws one; it reads the
// session's text from the view and records EditText intents. Fills the area it is given.
#include <imgui.h>

#include <cstddef>
#include <string>

#include "ui/screen.h"
#include "widgets/candidate_bar.h"
#include "widgets/handwriting_pad.h"

namespace kiosk::ui {

class TextEntryPanel {
public:
    // Draws within [min, max]. `placeholder` is shown while the field is empty.
    void draw(ScreenContext& ctx, ImVec2 min, ImVec2 max, const std::string& placeholder);
    // Landscape: the 拼音 / 手写 / 数字 and caret buttons go in the screen's title row, at `at`.
    void drawToolbar(ScreenContext& ctx, ImVec2 at);
    float toolbarWidth(const ScreenContext& ctx) const;

private:
    void drawModeButtons(ScreenContext& ctx, float width);
    void drawCaretButtons(ScreenContext& ctx, float width);
    float caretButtonWidth(const ScreenContext& ctx) const;
    void drawQuickPhrases(ScreenContext& ctx, float width, float maxY);
    void drawKeyboard(ScreenContext& ctx, ImVec2 min, ImVec2 max);
    void add(ScreenContext& ctx, edit::Op op);
    ImFont* inputFont(const ScreenContext& ctx) const;
    ImFont* keysFont(const ScreenContext& ctx) const;

    widgets::CandidatePaging paging_;
    widgets::HandwritingPadState pad_;
    std::string pagedFor_;  // paging restarts when what the candidates are for changes
};

}  // namespace kiosk::ui
