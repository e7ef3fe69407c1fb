#pragma once
#include <imgui.h>

namespace kiosk::widgets {

// The fonts a frame draws with. Sizes are chosen by drawn character height (see ui/font_atlas_builder).
struct FontSet {
    ImFont* body = nullptr;       // body text and button labels: CJK characters >= 36 px tall
    ImFont* title = nullptr;      // screen titles: >= 56 px tall
    ImFont* display = nullptr;    // huge numerals (countdowns, tracking codes)
    ImFont* bar = nullptr;        // controls (top bar, keys, chips): grows half as much as body
    ImFont* standard = nullptr;   // body at the standard size whatever the text size: the staff pages
                                  // (dense, for trained eyes); the body font itself at the standard size
    ImFont* input = nullptr;      // typed text and candidates: all of GB2312 at the body size (null
                                  // until built; only while a text field is on screen)
    ImFont* titleStep = nullptr;  // the title one 字号 smaller (大: 标准's title, 特大: 大's): where the
                                  // title does not fit, the next step down before the body, so a
                                  // larger 字号 never sets words smaller (the body itself at 标准)
};

}  // namespace kiosk::widgets
