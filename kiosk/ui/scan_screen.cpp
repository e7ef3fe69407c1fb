#include "ui/scan_screen.h"

#include <algorithm>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

// The preview (or its placeholder) with corner marks: where to hold the code.
void drawViewfinder(ScreenContext& ctx, ImVec2 min, ImVec2 size) {
    const ScanView& v = ctx.view.scanView;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    dl->AddRectFilled(min, max, widgets::toImColor(0x202020));
    if (v.preview && v.preview->width > 0 && v.preview->height > 0) {
        // Mirrored, as residents expect a camera facing them to be: moving the code left moves it left.
        dl->AddImage(v.preview->id, min, max, ImVec2(1, 0), ImVec2(0, 1));
    } else {
        const char* key = v.camera == ScanView::Camera::Failed ? "scan.camera_failed" : "scan.starting";
        ImGui::SetCursorScreenPos(ImVec2(min.x + ctx.layout.gap, min.y + size.y * 0.4f));
        widgets::textBlock(ctx.fonts.body, widgets::toImColor(0xFFFFFF), ctx.strings.get(key),
                           size.x - ctx.layout.gap * 2);
    }
    const float side = std::min(size.x, size.y) * 0.7f;
    const ImVec2 c(min.x + size.x * 0.5f, min.y + size.y * 0.5f);
    const float arm = side * 0.18f;
    const float thick = std::max(4.0f, side * 0.02f);
    const ImU32 mark = widgets::toImColor(0xFFD23F);
    for (int i = 0; i < 4; ++i) {
        const float sx = (i & 1) ? 1.0f : -1.0f;
        const float sy = (i & 2) ? 1.0f : -1.0f;
        const ImVec2 corner(c.x + sx * side * 0.5f, c.y + sy * side * 0.5f);
        dl->AddLine(corner, ImVec2(corner.x - sx * arm, corner.y), mark, thick);
        dl->AddLine(corner, ImVec2(corner.x, corner.y - sy * arm), mark, thick);
    }
}

}  // namespace

void ScanScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const ScanView& v = ctx.view.scanView;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = widgets::toImColor(widgets::theme().text);
    widgets::textBlock(ctx.fonts.title, ink, ctx.strings.get("scan.question"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));

    // Landscape: the picture left, the words and the way out right; portrait: one under the other.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float available = l.contentMax.y - top.y;
    const float sideW = l.portrait ? width : width * 0.38f;
    const float viewW = l.portrait ? width : width - sideW - l.gap;
    const float viewH = std::min(viewW * 9.0f / 16.0f, l.portrait ? available * 0.5f : available);
    drawViewfinder(ctx, top, ImVec2(viewW, viewH));

    const ImVec2 side = l.portrait ? ImVec2(top.x, top.y + viewH + l.gap) : ImVec2(top.x + viewW + l.gap, top.y);
    ImGui::SetCursorScreenPos(side);
    ImGui::BeginGroup();
    if (!v.messageKey.empty()) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get(v.messageKey), sideW, l.gap * 0.5f);
        if (!v.shownText.empty()) {
            widgets::textBlock(ctx.fonts.body, ink, ctx.strings.get("scan.read_text") + v.shownText, sideW);
            ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        }
    }
    widgets::textBlock(ctx.fonts.body, ink, ctx.strings.get("scan.hint"), sideW);
    ImGui::Dummy(ImVec2(0, l.gap));
    const ImVec2 buttonSize(sideW, l.buttonHeight);
    if (widgets::bigButton(
            "scan.type_code", ctx.strings.get("scan.type_code"), buttonSize,
            v.camera == ScanView::Camera::Failed ? widgets::ButtonKind::Primary : widgets::ButtonKind::Secondary,
            ctx.fonts.body)) {
        ctx.actions.add(OpenScreen{core::ScreenId::TrackCase});
    }
    ImGui::EndGroup();
}

}  // namespace kiosk::ui
