// The photo step of 反映问题. The camera's picture, beside it (portrait: under it) what to do
// now — 拍照, or the question on a shot — and a bottom block that is always the next move:
// 稍后用手机补充 before any photo (no photo at all is the step's 下一步), the kept photos with 删除
// once there are some, and 用这张 / 重拍 while a shot is reviewed. Without a camera (and no photo
// kept) the step is one sentence and its 下一步.
#include <algorithm>
#include <string>

#include "ui/camera_picture.h"
#include "ui/case_screen.h"
#include "widgets/big_button.h"
#include "widgets/colors.h"
#include "widgets/problem_box.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

bool cameraUsable(const ScreenContext& ctx) {
    return ctx.view.cameraPicture.state != CameraPicture::State::Failed;
}

int photosTaken(const CaseView& c) {
    return static_cast<int>(c.flow->draft().photos.size()) + c.photosSaving;
}

// How the kept photos sit in the bottom block: in landscape each 删除 beside its photo (one row
// of button height); where that does not fit (portrait), each 删除 under its photo.
struct PhotoStrip {
    bool beside = true;
    float thumbW = 0;
    float thumbH = 0;
    float removeW = 0;
    float height = 0;
};

PhotoStrip photoStrip(const ScreenContext& ctx, float width) {
    const Layout& l = ctx.layout;
    const auto n = static_cast<float>(core::kMaxPhotos);
    PhotoStrip s;
    s.thumbH = l.buttonHeight;
    s.thumbW = s.thumbH * 16.0f / 9.0f;
    s.removeW = std::max(
        widgets::kMinTouchTarget,
        widgets::measureText(ctx.fonts.body, ctx.strings.get("case.photo.remove")).x + ctx.fonts.body->FontSize * 1.2f);
    if ((s.thumbW + l.gap * 0.5f + s.removeW) * n + l.gap * (n - 1) <= width) {
        s.height = l.buttonHeight;
        return s;
    }
    s.beside = false;
    s.thumbW = std::min((width - l.gap * (n - 1)) / n, l.buttonHeight * 16.0f / 9.0f);
    s.thumbH = s.thumbW * 9.0f / 16.0f;
    s.removeW = s.thumbW;
    s.height = s.thumbH + l.gap * 0.25f + l.buttonHeight;
    return s;
}

void drawThumbnail(ScreenContext& ctx, ImVec2 min, ImVec2 size, int index) {
    const CaseView& c = ctx.view.caseView;
    const std::vector<std::string>& photos = c.flow->draft().photos;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), widgets::toImColor(0x202020));
    const bool saved = index < static_cast<int>(photos.size());
    const auto texture = saved ? ctx.images.texture(photos[static_cast<std::size_t>(index)]) : std::nullopt;
    if (texture && texture->width > 0 && texture->height > 0) {
        const float scale =
            std::min(size.x / static_cast<float>(texture->width), size.y / static_cast<float>(texture->height));
        const ImVec2 shown(texture->width * scale, texture->height * scale);
        const ImVec2 p(min.x + (size.x - shown.x) * 0.5f, min.y + (size.y - shown.y) * 0.5f);
        dl->AddImage(texture->id, p, ImVec2(p.x + shown.x, p.y + shown.y));
        return;
    }
    // No picture yet (being saved or decoded; or the headless UI): which photo it is, in words.
    const std::string label = saved ? ctx.strings.format("case.photo.number", {std::to_string(index + 1)})
                                    : ctx.strings.get("case.photo.saving");
    widgets::drawTextCentered(dl, ctx.fonts.body, min, ImVec2(min.x + size.x, min.y + size.y),
                              widgets::toImColor(0xFFFFFF), label);
}

// The kept photos, each with its own 删除.
void drawKeptPhotos(ScreenContext& ctx, ImVec2 at, float width) {
    const Layout& l = ctx.layout;
    const PhotoStrip s = photoStrip(ctx, width);
    const int saved = static_cast<int>(ctx.view.caseView.flow->draft().photos.size());
    const int shown = photosTaken(ctx.view.caseView);
    for (int i = 0; i < shown; ++i) {
        const float pairW = s.beside ? s.thumbW + l.gap * 0.5f + s.removeW : s.thumbW;
        const ImVec2 min(at.x + static_cast<float>(i) * (pairW + l.gap), at.y);
        drawThumbnail(ctx, min, ImVec2(s.thumbW, s.thumbH), i);
        if (i >= saved) continue;
        ImGui::SetCursorScreenPos(s.beside ? ImVec2(min.x + s.thumbW + l.gap * 0.5f, min.y)
                                           : ImVec2(min.x, min.y + s.thumbH + l.gap * 0.25f));
        if (widgets::bigButton("case.photo.remove." + std::to_string(i + 1), ctx.strings.get("case.photo.remove"),
                               ImVec2(s.removeW, l.buttonHeight), widgets::ButtonKind::Secondary, ctx.fonts.body)) {
            ctx.actions.add(CaseAction{caseflow::RemovePhoto{static_cast<std::size_t>(i)}});
        }
    }
}

// 重拍 and 用这张 side by side across `width`: 用这张, the way on, at the right, where the main
// action stands on every step.
void drawShotAnswers(ScreenContext& ctx, ImVec2 at, float width) {
    const Layout& l = ctx.layout;
    const float w = (width - l.gap * 2) * 0.5f;
    ImGui::SetCursorScreenPos(at);
    if (widgets::bigButton("case.photo.retake", ctx.strings.get("case.photo.retake"), ImVec2(w, l.buttonHeight),
                           widgets::ButtonKind::Secondary, ctx.fonts.body)) {
        ctx.actions.add(CaseAction{caseflow::RetakePhoto{}});
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x + w + l.gap * 2, at.y));
    if (widgets::bigButton("case.photo.keep", ctx.strings.get("case.photo.keep"), ImVec2(w, l.buttonHeight),
                           widgets::ButtonKind::Primary, ctx.fonts.body)) {
        ctx.actions.add(CaseAction{caseflow::KeepPhoto{}});
    }
}

// 拍照's height in a column `columnH` high: a fifth taller than a button where there is room.
float takeButtonHeight(const Layout& l, float columnH) {
    return std::min(l.buttonHeight * 1.2f, std::max(l.buttonHeight, columnH));
}

// Beside the picture: 拍照 (with `words` above it where they fit: how to take the photo, or why
// one helps), the question on a shot, or why the camera cannot be used; with photos kept,
// 拍好了，下一步 where it fits.
void drawColumn(ScreenContext& ctx, float width, float height, const std::string& words) {
    const CaseView& c = ctx.view.caseView;
    const Layout& l = ctx.layout;
    const float top = ImGui::GetCursorScreenPos().y;
    auto fits = [&](float more) { return ImGui::GetCursorScreenPos().y - top + more <= height + 0.5f; };
    if (c.reviewingShot) {
        widgets::textBlock(ctx.fonts.title, widgets::inkColor(), ctx.strings.get("case.photo.review"), width);
        const std::string& how = ctx.strings.get("case.photo.review_how");
        if (fits(l.gap * 0.5f + widgets::measureText(ctx.fonts.body, how, width).y)) {
            ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
            widgets::textBlock(ctx.fonts.body, widgets::inkColor(), how, width);
        }
        return;
    }
    if (!cameraUsable(ctx)) return;  // the picture's place says so, once
    const int taken = photosTaken(c);
    const ImVec2 take(width, takeButtonHeight(l, height));
    if (taken >= static_cast<int>(core::kMaxPhotos)) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), ctx.strings.get("case.photo.full"), width);
    } else {
        if (!words.empty() && taken == 0 &&
            fits(widgets::measureText(ctx.fonts.body, words, width).y + l.gap * 0.5f + take.y)) {
            widgets::textBlock(ctx.fonts.body, widgets::inkColor(), words, width);
            ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
        }
        // The main action until a photo is kept; then 下一步 is, and another photo a second choice.
        if (widgets::bigButton("case.photo.take", ctx.strings.get("case.photo.take"), take,
                               taken == 0 ? widgets::ButtonKind::Primary : widgets::ButtonKind::Secondary,
                               ctx.fonts.title)) {
            ctx.actions.add(CaseAction{caseflow::TakePhoto{}});
        }
    }
}

}  // namespace

bool photoIsTheMainAction(const ScreenContext& ctx) {
    const CaseView& c = ctx.view.caseView;
    return cameraUsable(ctx) && photosTaken(c) == 0 && !c.reviewingShot;
}

void drawPhotoStep(ScreenContext& ctx, const MainActionPlace& main) {
    const Layout& l = ctx.layout;
    const float width = contentWidth(ctx);
    const CaseView& c = ctx.view.caseView;
    // Without a camera: one sentence (no picture repeating it), and one way on, 下一步.
    if (!cameraUsable(ctx) && photosTaken(c) == 0) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get("case.photo.no_camera"),
                            std::min(width, ctx.fonts.body->FontSize * 24.0f), l.gap * 0.5f);
        return;
    }
    const bool hasPhotos = photosTaken(c) > 0;
    if (!c.photoProblemKey.empty()) {
        widgets::problemBox(ctx.fonts.body, ctx.strings.get(c.photoProblemKey), width, l.gap * 0.5f);
    }
    if (c.flow->draft().photoLater && !hasPhotos) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), ctx.strings.get("case.photo.later_chosen"), width);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    }
    // The bottom block stands at the bottom left, beside the main action (下一步 at the right);
    // the picture and the column take the height above it, the column also above 下一步. In
    // portrait the kept photos take the whole width above 下一步 (beside it they would be tiny).
    const bool keptRow = hasPhotos && !c.reviewingShot;
    const bool aboveMain = main.shown && keptRow && l.portrait;
    const float bottomW = main.shown && !aboveMain ? main.min.x - l.gap * 2 - l.contentMin.x : width;
    const PhotoStrip strip = photoStrip(ctx, bottomW);
    const float bottomH = keptRow ? strip.height : l.buttonHeight;
    const float bottomY = (aboveMain ? main.min.y - l.gap : l.contentMax.y) - bottomH;
    const float aboveBoth = std::min(bottomY, main.shown ? main.min.y : bottomY) - l.gap;
    // The picture's and the column's places for a picture starting at `topY`. In portrait the
    // column under the picture needs `columnNeeds` (0: not known); the picture takes the rest
    // of the height, and at least 40 % of it.
    struct Places {
        float pictureW, pictureH, sideW;
    };
    auto placesFrom = [&](float topY, float columnNeeds) {
        Places p{};
        p.sideW = l.portrait ? width : width * 0.4f;
        p.pictureW = l.portrait ? width : width - p.sideW - l.gap * 2;
        const float portraitH =
            std::max((aboveBoth - topY) * 0.4f, columnNeeds > 0 ? aboveBoth - topY - l.gap - columnNeeds : 0.0f);
        p.pictureH = std::min(p.pictureW * 9.0f / 16.0f, l.portrait ? portraitH : bottomY - l.gap - topY);
        if (!l.portrait && p.pictureW > p.pictureH * 16.0f / 9.0f) {
            // Short of height (特大): the picture as wide as the camera's 16:9 at that height, not
            // framed in black; the column beside it takes the rest.
            p.pictureW = p.pictureH * 16.0f / 9.0f;
            p.sideW = width - p.pictureW - l.gap * 2;
        }
        return p;
    };
    // Before the first photo: why a photo helps across the width, and how to take it in the
    // column above 拍照. Where the column is too short for that (特大 in landscape) nothing goes
    // across: the picture and the column start at the top, how to take it above 拍照 — the
    // picture takes the height the line across took (it was 440 × 240, then 640 × 360 with how
    // to take it across and no room for why in the column). Where even that does not fit, how to
    // take it goes across and why it helps in the column where it fits.
    const bool wordsWanted = !hasPhotos && !c.reviewingShot;
    const std::string& why = ctx.strings.get("case.photo.why");
    const std::string& hint = ctx.strings.get("case.photo.hint");
    std::string across = wordsWanted ? why : std::string();
    std::string inColumn = wordsWanted && cameraUsable(ctx) ? hint : std::string();
    if (wordsWanted && cameraUsable(ctx) && !l.portrait) {
        auto hintFitsFrom = [&](float topY) {
            const float columnH = aboveBoth - topY;
            return widgets::measureText(ctx.fonts.body, hint, placesFrom(topY, 0).sideW).y + l.gap * 0.5f +
                       takeButtonHeight(l, columnH) <=
                   columnH + 0.5f;
        };
        const float stepTop = ImGui::GetCursorScreenPos().y;
        if (!hintFitsFrom(stepTop + widgets::measureText(ctx.fonts.body, why, width).y + l.gap * 0.5f)) {
            if (hintFitsFrom(stepTop)) {
                across.clear();
            } else {
                std::swap(across, inColumn);
            }
        }
    }
    if (!across.empty()) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), across, width);
        ImGui::Dummy(ImVec2(0, l.gap * 0.5f));
    }
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float columnNeeds = inColumn.empty() ? 0.0f
                                               : widgets::measureText(ctx.fonts.body, inColumn, width).y +
                                                     l.gap * 0.5f + l.buttonHeight * 1.2f;
    const Places places = placesFrom(top.y, columnNeeds);
    const float pictureW = places.pictureW;
    const float pictureH = places.pictureH;
    const float sideW = places.sideW;
    PictureStyle style;
    style.mirrored = !c.reviewingShot;  // the shot as it will be sent
    style.failedKey = "case.photo.camera_failed";
    style.waitingKey = c.reviewingShot ? "case.photo.shot" : "";
    drawCameraPicture(ctx, top, ImVec2(pictureW, pictureH), style);

    const ImVec2 column =
        l.portrait ? ImVec2(top.x, top.y + pictureH + l.gap) : ImVec2(top.x + pictureW + l.gap * 2, top.y);
    ImGui::SetCursorScreenPos(column);
    ImGui::BeginGroup();
    drawColumn(ctx, sideW, aboveBoth - column.y, inColumn);
    ImGui::EndGroup();

    const ImVec2 bottom(top.x, bottomY);
    if (c.reviewingShot) {
        drawShotAnswers(ctx, bottom, bottomW);
    } else if (hasPhotos) {
        drawKeptPhotos(ctx, bottom, bottomW);
    } else {
        // Going on without a photo is the step's own 下一步; this is the one other way on.
        ImGui::SetCursorScreenPos(bottom);
        if (widgets::bigButton("case.photo.later", ctx.strings.get("case.photo.later"),
                               ImVec2(std::min(bottomW, (width - l.gap * 2) * 0.5f), l.buttonHeight),
                               widgets::ButtonKind::Secondary, ctx.fonts.body)) {
            ctx.actions.add(CaseAction{caseflow::PhotoLater{}});
        }
    }
}

}  // namespace kiosk::ui
