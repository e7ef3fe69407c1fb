#include "ui/layout.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"

namespace kiosk::ui {

Layout computeLayout(ImVec2 display, const widgets::FontSet& fonts, bool withTopBar) {
    Layout l;
    l.display = display;
    l.portrait = display.y > display.x;
    const float body = fonts.body->FontSize;
    const float bar = fonts.bar->FontSize;
    l.margin = std::round(body * 0.6f);
    l.gap = std::max(widgets::kTouchSpacing, std::round(body * 0.45f));
    l.buttonHeight = std::max(widgets::kMinTouchTarget, std::round(body * 1.9f));
    // The top bar uses the controls' font (see top_bar.cpp). Landscape: one row of buttons with the
    // hall name over the time in the middle. Portrait: two text rows above the buttons.
    const float barButton = std::max(widgets::kMinTouchTarget, std::round(bar * 1.6f));
    l.barButtonHeight = barButton;
    l.barMargin = std::round(bar * 0.6f);
    l.barGap = std::max(widgets::kTouchSpacing, std::round(bar * 0.45f));
    const float row = barButton + l.barGap;
    l.topBarHeight = withTopBar ? (l.portrait ? row + bar * 2.0f + l.barGap * 0.5f : row) : 0.0f;
    l.contentMin = ImVec2(l.margin, l.topBarHeight + l.margin);
    l.contentMax = ImVec2(display.x - l.margin, display.y - l.margin);
    return l;
}

}  // namespace kiosk::ui
