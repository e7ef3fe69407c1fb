#pragma once
#include "ui/screen.h"

namespace kiosk::ui {

// The bar on every resident screen: 返回 and 首页, the hall's name, date and time, network state,
// the text-size toggle and 朗读.
void drawTopBar(ScreenContext& ctx);

}  // namespace kiosk::ui
