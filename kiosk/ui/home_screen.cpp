#include "ui/home_screen.h"
#include "ui/font_steps.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// The offline box and the help line under the tiles: their height at this width.
float textsBelowTilesHeight(const ScreenContext& ctx, float width) {
    const Layout& l = ctx.layout;
    float height = widgets::measureText(ctx.fonts.body, ctx.strings.get("home.help"), width).y;
    if (ctx.view.offlineBanner) {
        height += widgets::problemBoxHeight(ctx.fonts.body, ctx.strings.get("home.offline"), width) + l.gap * 0.5f;
    }
    return height;
}

}  // namespace

void HomeScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    // The greeting on one line: at 特大 in portrait it broke before its last character (事？ alone
    // on a line), so there it takes 大's title size.
    const std::string& title = ctx.strings.get("home.title");
    auto oneLine = [&](ImFont* font) { return widgets::measureText(font, title).x <= width; };
    ImFont* titleFont = largestTitleThatFits(ctx.fonts, oneLine);
    if (!oneLine(titleFont)) titleFont = ctx.fonts.title;
    widgets::textBlock(titleFont, widgets::toImColor(widgets::theme().text), title, width);
    ImGui::Dummy(ImVec2(0, l.gap));

    // Tiles: 3 columns in landscape, 2 in portrait. They share the height the screen has left
    // under the title and over the help line, so every tile is whole at every text size and a
    // tall portrait screen gives them its height rather than leaving the bottom empty. A tile is
    // never taller than it is wide (a wall of empty tile reads as broken).
    bool helpShown = true;
    if (!tiles_.empty()) {
        const int columns = l.portrait ? 2 : 3;
        const int rows = (static_cast<int>(tiles_.size()) + columns - 1) / columns;
        const float tileW = (width - l.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        auto tileHeight = [&](float below) {
            const float room = l.contentMax.y - origin.y - below - l.gap;
            return std::floor(
                std::min(tileW, (room - l.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows)));
        };
        float tileH = tileHeight(textsBelowTilesHeight(ctx, width));
        // Where the help line leaves the tiles too short for their words (特大 in landscape above
        // the demonstration's panel, which explains what to tap), the tiles take its room.
        if (tileH < std::max(widgets::kMinTouchTarget, ctx.fonts.body->FontSize * 1.6f)) {
            helpShown = false;
            tileH = tileHeight(ctx.view.offlineBanner ? textsBelowTilesHeight(ctx, width) : 0.0f);
        }
        // The words at title size wherever a tile holds them so — the icon above them shrinks,
        // or moves beside them, first (a bigger text size never sets them smaller than the
        // standard one did);
        // a title step smaller only where the tile is too short for a title-size line (the
        // demonstration's panel), or a label is wider than its tile (English in portrait).
        auto labelsFit = [&](ImFont* font) {
            if (tileH < font->FontSize * 1.6f) return false;
            for (const HomeTile& tile : tiles_) {
                if (widgets::measureText(font, ctx.strings.get(tile.labelKey)).x > tileW - font->FontSize * 0.5f)
                    return false;
            }
            return true;
        };
        // Where the words at title size leave no room for the icons (特大), they take the title a
        // 字号 smaller if that keeps them — 大's, never less than 标准's — so the pictures that help a
        // slow reader stay at every size.
        auto labelsAndIconsFit = [&](ImFont* font) {
            if (font == ctx.fonts.body || !labelsFit(font)) return false;
            return std::all_of(tiles_.begin(), tiles_.end(), [&](const HomeTile& tile) {
                return tile.icon == widgets::Icon::None ||
                       widgets::iconTileLayout(ImVec2(tileW, tileH), ctx.strings.get(tile.labelKey), font).place !=
                           widgets::IconPlace::None;
            });
        };
        ImFont* labelFont = largestTitleThatFits(ctx.fonts, labelsAndIconsFit);
        if (!labelsAndIconsFit(labelFont)) labelFont = largestTitleThatFits(ctx.fonts, labelsFit);
        for (std::size_t i = 0; i < tiles_.size(); ++i) {
            const float col = static_cast<float>(i % static_cast<std::size_t>(columns));
            const float row = static_cast<float>(i / static_cast<std::size_t>(columns));
            ImGui::SetCursorScreenPos(ImVec2(origin.x + col * (tileW + l.gap), origin.y + row * (tileH + l.gap)));
            const HomeTile& tile = tiles_[i];
            if (widgets::iconTile(tile.id, ctx.strings.get(tile.labelKey), tile.icon, ImVec2(tileW, tileH),
                                  labelFont)) {
                ctx.actions.add(OpenScreen{tile.target});
            }
        }
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + static_cast<float>(rows) * (tileH + l.gap)));
    }
    if (ctx.view.offlineBanner) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get("home.offline"), width, l.gap * 0.5f);
    }
    if (helpShown) {
        widgets::textBlock(ctx.fonts.body, widgets::toImColor(widgets::theme().textMuted), ctx.strings.get("home.help"),
                           width);
    }
}

}  // namespace kiosk::ui
