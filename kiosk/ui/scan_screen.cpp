#include "ui/scan_screen.h"

#include "ui/camera_picture.h"

#include <algorithm>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {

void ScanScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const ScanView& v = ctx.view.scanView;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = widgets::toImColor(widgets::theme().text);
    // Without a camera the screen does not ask him to aim at it: it says once that this kiosk
    // cannot scan now and offers the one way on, typing the code printed on the receipt.
    const bool cameraFailed = ctx.view.cameraPicture.state == CameraPicture::State::Failed;
    widgets::textBlock(ctx.fonts.title, ink, ctx.strings.get(cameraFailed ? "scan.no_camera" : "scan.question"), width);
    ImGui::Dummy(ImVec2(0, l.gap * 0.5f));

    // Landscape: the picture left, the words and the way out right; portrait: one under the other.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float available = l.contentMax.y - top.y;
    const float sideW = cameraFailed ? std::min(width, ctx.fonts.body->FontSize * 22.0f)
                        : l.portrait ? width
                                     : width * 0.38f;
    const float viewW = l.portrait ? width : width - sideW - l.gap;
    const float viewH = std::min(viewW * 9.0f / 16.0f, l.portrait ? available * 0.5f : available);
    ImVec2 side = top;
    if (!cameraFailed) {
        PictureStyle style;
        style.guideMarks = true;
        drawCameraPicture(ctx, top, ImVec2(viewW, viewH), style);
        side = l.portrait ? ImVec2(top.x, top.y + viewH + l.gap) : ImVec2(top.x + viewW + l.gap, top.y);
    }
    ImGui::SetCursorScreenPos(side);
    ImGui::BeginGroup();
    if (cameraFailed) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get("scan.camera_failed"), sideW, l.gap * 0.5f);
    } else if (!v.messageKey.empty()) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get(v.messageKey), sideW, l.gap * 0.5f);
        if (!v.shownText.empty()) {
            widgets::textBlock(ctx.fonts.body, ink, ctx.strings.get("scan.read_text") + v.shownText, sideW);
            ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        }
    }
    if (!cameraFailed) widgets::textBlock(ctx.fonts.body, ink, ctx.strings.get("scan.hint"), sideW);
    ImGui::Dummy(ImVec2(0, l.gap));
    const ImVec2 buttonSize(sideW, l.buttonHeight);
    if (widgets::bigButton("scan.type_code", ctx.strings.get("scan.type_code"), buttonSize,
                           cameraFailed ? widgets::ButtonKind::Primary : widgets::ButtonKind::Secondary,
                           ctx.fonts.body)) {
        ctx.actions.add(OpenScreen{core::ScreenId::TrackCase});
    }
    ImGui::EndGroup();
}

}  // namespace kiosk::ui
