#pragma once
// 打印回执 / 打印办理进度 (with a printer configured) and what came of it, at the layout cursor:
// the button (or 正在打印……) with 请取走回执 beside it where it fits, and on a fault what is wrong
// in plain words. The code stays on the page whatever the printer does.
#include "ui/screen.h"

namespace kiosk::ui {

struct PrintBlockWords {
    const char* id;        // the button's widget id
    const char* printKey;  // 打印回执
    const char* takeKey;   // 请取走回执。
};

// `compact`, for a page short of room (特大): at body size and the standard button height, and
// once the slip is out (or could not be) only what came of it, without 再打印一张.
void drawPrintBlock(ScreenContext& ctx, float width, const PrintBlockWords& words, bool compact = false);
// The height drawPrintBlock takes now, for screens that lay out around it.
float printBlockHeight(const ScreenContext& ctx, float width, const PrintBlockWords& words, bool compact = false);

}  // namespace kiosk::ui
