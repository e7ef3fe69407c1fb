#pragma once
// What 全流程演示 and 演示模式 add over a screen: the ring round the next thing to tap, and the
// automatic demonstration's panel (its narration as a caption, 暂停/继续 and 结束演示).
#include <imgui.h>

#include "ui/screen.h"

namespace kiosk::ui {

// A thick ring round the widget, clear on any background; with the short hint beside it.
void drawCoachRing(const ScreenContext& ctx);

struct PanelRect {
    ImVec2 min;
    ImVec2 max;
};
// The panel, in its own window at the bottom of the screen. Returns where it is: touches there
// are the panel's; anywhere else they stop the demonstration.
PanelRect drawTourPanel(ScreenContext& ctx);
// Its height: while the demonstration plays, the screen is laid out above it (App), so the panel
// never covers what the demonstration shows.
float tourPanelHeight(const Layout& layout, const widgets::FontSet& fonts, const core::StringTable& strings,
                      const TourView& tour);

}  // namespace kiosk::ui
