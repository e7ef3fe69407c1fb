#include "ui/camera_picture.h"

#include <algorithm>

#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

void drawGuideMarks(ImDrawList* dl, ImVec2 min, ImVec2 size) {
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

void drawCameraPicture(ScreenContext& ctx, ImVec2 min, ImVec2 size, const PictureStyle& style) {
    const CameraPicture& picture = ctx.view.cameraPicture;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const ImU32 dark = widgets::toImColor(0x202020);
    if (picture.texture && picture.texture->width > 0 && picture.texture->height > 0) {
        // The whole picture, letterboxed: a photo is judged on what it will really show.
        const float scale = std::min(size.x / static_cast<float>(picture.texture->width),
                                     size.y / static_cast<float>(picture.texture->height));
        const ImVec2 shown(picture.texture->width * scale, picture.texture->height * scale);
        const ImVec2 at(min.x + (size.x - shown.x) * 0.5f, min.y + (size.y - shown.y) * 0.5f);
        const ImVec2 end(at.x + shown.x, at.y + shown.y);
        // The dark bars only beside the picture, not under it: software GL pays for every layer
        // of every pixel, fifteen times a second.
        if (at.x > min.x) {
            dl->AddRectFilled(min, ImVec2(at.x, max.y), dark);
            dl->AddRectFilled(ImVec2(end.x, min.y), max, dark);
        }
        if (at.y > min.y) {
            dl->AddRectFilled(min, ImVec2(max.x, at.y), dark);
            dl->AddRectFilled(ImVec2(min.x, end.y), max, dark);
        }
        if (style.mirrored) {
            dl->AddImage(picture.texture->id, at, end, ImVec2(1, 0), ImVec2(0, 1));
        } else {
            dl->AddImage(picture.texture->id, at, end);
        }
    } else {
        dl->AddRectFilled(min, max, dark);
        const char* key = picture.state == CameraPicture::State::Failed     ? style.failedKey
                          : picture.state == CameraPicture::State::Starting ? style.startingKey
                                                                            : style.waitingKey;
        if (key[0] != '\0') {
            ImGui::SetCursorScreenPos(ImVec2(min.x + ctx.layout.gap, min.y + size.y * 0.4f));
            widgets::textBlock(ctx.fonts.body, widgets::toImColor(0xFFFFFF), ctx.strings.get(key),
                               size.x - ctx.layout.gap * 2);
        }
    }
    if (style.guideMarks) drawGuideMarks(dl, min, size);
}

}  // namespace kiosk::ui
