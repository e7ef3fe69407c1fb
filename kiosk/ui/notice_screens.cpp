#include "ui/notice_screens.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/payout_list_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/qr_view.h"
#include "widgets/row_button.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;
}

void NoticeListScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const core::DisclosureIndex* shown = drawDisclosureHeader(ctx, "notices.title");
    if (!shown) return;
    const core::DisclosureIndex& index = *shown;
    const auto notices = index.notices(ctx.view.communityId, ctx.view.period);
    if (notices.empty()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("notices.empty"), width);
        return;
    }
    ImFont* font = ctx.fonts.body;
    const float rowH = std::max(widgets::kMinTouchTarget * 1.4f, std::round(font->FontSize * 2.2f));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    widgets::kineticList(
        "notices.list", ImVec2(width, l.contentMax.y - pos.y), static_cast<int>(notices.size()), rowH, scroll_,
        {s.get("list.page_up"), s.get("list.page_down")}, font, l.portrait, [&](int row, ImVec2 min, ImVec2 max) {
            const core::Notice& n = *notices[static_cast<std::size_t>(row)];
            ImDrawList* dl = ImGui::GetWindowDrawList();
            if (widgets::rowButton("notices.row." + std::to_string(row), n.title, min, max)) {
                ctx.actions.add(ShowNotice{n.id});
            }
            // A separator line and a "›" say "this opens".
            dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), toImColor(widgets::theme().border), 2.0f);
            const float y = min.y + (rowH - font->FontSize) * 0.5f;
            widgets::drawText(dl, font, ImVec2(min.x + font->FontSize * 0.4f, y), ink, n.title);
            const std::string& opens = s.get("list.opens");
            widgets::drawText(dl, font, ImVec2(max.x - font->FontSize * 0.4f - widgets::measureText(font, opens).x, y),
                              widgets::toImColor(widgets::theme().primary), opens);
        });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
}

void NoticeReaderScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    if (drawContentUnavailable(ctx) || !ctx.view.shownNotice) return;
    const core::Notice& n = *ctx.view.shownNotice;
    ImFont* body = ctx.fonts.body;
    ImFont* title = ctx.fonts.title;

    // The whole notice is one tall "row" in a kinetic list: drag or page through it.
    const float textW = width - std::max(widgets::kMinTouchTarget * 2.0f, body->FontSize * 4.5f) -
                        widgets::kTouchSpacing - body->FontSize;
    const float titleH = widgets::measureText(title, n.title, textW).y;
    const float bodyH = widgets::measureText(body, n.body, textW).y;
    std::vector<TextureInfo> pictures;
    for (const auto& name : n.images) {
        if (auto tex = ctx.images.texture((std::filesystem::path(ctx.view.contentImageDir) / name).string())) {
            pictures.push_back(*tex);
        }
    }
    float picturesH = 0;
    for (const auto& p : pictures) {
        const float scale = std::min(1.0f, textW / static_cast<float>(p.width));
        picturesH += static_cast<float>(p.height) * scale + l.gap;
    }
    // 继续在手机上看: the notice's page on the platform, under the notice.
    const std::string& link = ctx.view.shownNoticeLink;
    const std::string& phoneHint = ctx.strings.get("notices.on_phone");
    const float qrSide = std::min(textW, title->FontSize * 5.0f);
    const float phoneH = link.empty() ? 0.0f : widgets::measureText(body, phoneHint, textW).y + l.gap * 0.5f + qrSide;
    const float total = titleH + l.gap + bodyH + l.gap + picturesH + phoneH;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float pad = body->FontSize * 0.5f;
    widgets::kineticList("notice.page", ImVec2(width, l.contentMax.y - pos.y), 1, total + pad * 2, scroll_,
                         {ctx.strings.get("list.page_up"), ctx.strings.get("list.page_down")}, body, l.portrait,
                         [&](int, ImVec2 min, ImVec2) {
                             ImDrawList* dl = ImGui::GetWindowDrawList();
                             float y = min.y + pad;
                             widgets::drawText(dl, title, ImVec2(min.x + pad, y), ink, n.title, textW);
                             y += titleH + l.gap;
                             widgets::drawText(dl, body, ImVec2(min.x + pad, y), ink, n.body, textW);
                             y += bodyH + l.gap;
                             for (const auto& p : pictures) {
                                 const float scale = std::min(1.0f, textW / static_cast<float>(p.width));
                                 const ImVec2 size(static_cast<float>(p.width) * scale,
                                                   static_cast<float>(p.height) * scale);
                                 dl->AddImage(p.id, ImVec2(min.x + pad, y), ImVec2(min.x + pad + size.x, y + size.y));
                                 y += size.y + l.gap;
                             }
                             if (link.empty()) return;
                             widgets::drawText(dl, body, ImVec2(min.x + pad, y), ink, phoneHint, textW);
                             y += widgets::measureText(body, phoneHint, textW).y + l.gap * 0.5f;
                             ImGui::SetCursorScreenPos(ImVec2(min.x + pad, y));
                             widgets::qrCode("notice.qr", link, qrSide);
                         });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
}

}  // namespace kiosk::ui
