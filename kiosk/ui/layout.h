#pragma once
#include <imgui.h>

#include "widgets/font_set.h"

namespace kiosk::ui {

// Screen geometry derived from the framebuffer and the fonts: sizes follow the font size, so
// the 大字 setting and portrait/landscape adapt by themselves.
struct Layout {
    ImVec2 display;
    bool portrait = false;
    float margin = 0;        // outer margin
    float gap = 0;           // between touch targets (>= 24 px)
    float buttonHeight = 0;  // >= 96 px
    float topBarHeight = 0;
    float barButtonHeight = 0;  // top bar buttons (standard size, >= 96 px)
    float barMargin = 0;        // the top bar's spacing: from the standard size, so its buttons
    float barGap = 0;           // never move when the resident changes the text size
    ImVec2 contentMin;          // the area below the top bar
    ImVec2 contentMax;
};

Layout computeLayout(ImVec2 display, const widgets::FontSet& fonts, bool withTopBar);

}  // namespace kiosk::ui
