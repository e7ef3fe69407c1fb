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

// How much room the page has for the block.
enum class PrintBlockRoom {
    Full,     // the button at the largest title step that fits
    Compact,  // short of room (特大): body size, the standard button height; 再打印一张 stays
    Outcome,  // shorter still: once the slip is out (or could not be), only what came of it
};

void drawPrintBlock(ScreenContext& ctx, float width, const PrintBlockWords& words,
                    PrintBlockRoom room = PrintBlockRoom::Full);
// The height drawPrintBlock takes now, for screens that lay out around it.
float printBlockHeight(const ScreenContext& ctx, float width, const PrintBlockWords& words,
                       PrintBlockRoom room = PrintBlockRoom::Full);

}  // namespace kiosk::ui
