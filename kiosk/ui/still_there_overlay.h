#pragma once
#include "ui/screen.h"

namespace kiosk::ui {

// "还在吗？": the full-screen countdown before a session is wiped. Any touch continues.
void drawStillThereOverlay(ScreenContext& ctx);

}  // namespace kiosk::ui
