#pragma once
// The slogan strip that runs along the unattended display (电子屏滚动播放宣传标语).
#include <imgui.h>

#include "ui/screen.h"

namespace kiosk::ui {

// The strip's height for the fonts in use.
float tickerStripHeight(const ScreenContext& ctx);

// Draws the running text in [min, max]. The strip is its own (input-less) window: its draw list
// is then the only one that changes from one ticker frame to the next, and the frame loop
// repaints just the strip instead of the whole screen (ui/draw_damage).
void drawTickerStrip(ScreenContext& ctx, ImVec2 min, ImVec2 max);

}  // namespace kiosk::ui
