#include "ui/home_screen.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {

void HomeScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    widgets::textBlock(ctx.fonts.title, widgets::toImColor(widgets::theme().text), ctx.strings.get("home.title"),
                       width);
    ImGui::Dummy(ImVec2(0, l.gap));

    // Tiles: 3 columns in landscape, 2 in portrait; each at least 2.5 buttons tall.
    if (!tiles_.empty()) {
        const int columns = l.portrait ? 2 : 3;
        const float tileW = (width - l.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        const float tileH = std::max(l.buttonHeight * 2.5f, tileW * 0.45f);
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        for (std::size_t i = 0; i < tiles_.size(); ++i) {
            const float col = static_cast<float>(i % static_cast<std::size_t>(columns));
            const float row = static_cast<float>(i / static_cast<std::size_t>(columns));
            ImGui::SetCursorScreenPos(ImVec2(origin.x + col * (tileW + l.gap), origin.y + row * (tileH + l.gap)));
            const HomeTile& tile = tiles_[i];
            if (widgets::iconTile(tile.id, ctx.strings.get(tile.labelKey), tile.icon, ImVec2(tileW, tileH),
                                  ctx.fonts.title)) {
                ctx.actions.add(OpenScreen{tile.target});
            }
        }
        const float rows = std::ceil(static_cast<float>(tiles_.size()) / static_cast<float>(columns));
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + rows * (tileH + l.gap)));
    }
    if (ctx.view.offlineBanner) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get("home.offline"), width, l.gap * 0.5f);
    }
    widgets::textBlock(ctx.fonts.body, widgets::toImColor(widgets::theme().textMuted), ctx.strings.get("home.help"),
                       width);
}

}  // namespace kiosk::ui
