#include "ui/font_steps.h"

namespace kiosk::ui {

ImFont* largestTitleThatFits(const widgets::FontSet& fonts, const std::function<bool(ImFont*)>& fits) {
    for (ImFont* font : {fonts.title, fonts.titleStep}) {
        if (font != nullptr && fits(font)) return font;
    }
    return fonts.body;
}

}  // namespace kiosk::ui
