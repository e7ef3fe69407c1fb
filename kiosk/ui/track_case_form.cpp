// 查询进度's form: two fields (查询码, then 手机号后4位 or the PIN) filled from one keypad. The
// field being typed has a thick border, a caret and says so in words; a tap chooses the other.
#include <algorithm>

#include "core/tracking_code.h"
#include "ui/track_case_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/numeric_keypad.h"
#include "widgets/text.h"
#include "widgets/touch_area.h"

namespace kiosk::ui {
namespace {

// How large a field's label and digits are drawn.
struct FieldFonts {
    ImFont* label;
    ImFont* value;
};

float fieldHeight(FieldFonts f) {
    return f.label->FontSize * (0.8f + 1.3f) + f.value->FontSize * 1.3f;
}

// One field at the cursor: its label (and 正在输入 when chosen) over the digits typed.
void digitField(ScreenContext& ctx, const char* id, const std::string& label, const std::string& shown,
                core::TrackingField field, float width, FieldFonts fonts) {
    ImFont* valueFont = fonts.value;
    const TrackView& t = ctx.view.trackView;
    const bool chosen = t.field == field;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + fieldHeight(fonts));
    bool held = false;
    if (widgets::touchTarget(id, label, min, max, 0, &held)) ctx.actions.add(TrackAction{track::Focus{field}});
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const widgets::ColorTheme& theme = widgets::theme();
    dl->AddRectFilled(min, max, widgets::toImColor(theme.surface), 12.0f);
    dl->AddRect(min, max, widgets::toImColor(chosen ? theme.primary : theme.border), 12.0f, 0, chosen ? 6.0f : 2.0f);
    const float pad = fonts.label->FontSize * 0.4f;
    const std::string heading = chosen ? label + ctx.strings.get("track.field.typing") : label;
    widgets::drawText(dl, fonts.label, ImVec2(min.x + pad, min.y + pad),
                      chosen ? widgets::inkColor() : widgets::mutedInkColor(), heading);
    const ImVec2 valueAt(min.x + pad, min.y + pad + fonts.label->FontSize * 1.3f);
    // An empty field waits with a dash; the chosen one shows only its caret (a dash beside it read as a digit).
    if (!shown.empty()) {
        widgets::drawText(dl, valueFont, valueAt, widgets::inkColor(), shown);
    } else if (!chosen) {
        widgets::drawText(dl, valueFont, valueAt, widgets::mutedInkColor(), "—");
    }
    if (chosen) {
        // A steady caret after the digits: where the next one goes.
        const float x = valueAt.x + (shown.empty() ? 0.0f : widgets::measureText(valueFont, shown).x + 6.0f);
        dl->AddRectFilled(ImVec2(x, valueAt.y), ImVec2(x + 5.0f, valueAt.y + valueFont->FontSize * 1.15f),
                          widgets::toImColor(theme.primary));
    }
    ImGui::Dummy(ImVec2(width, max.y - min.y + ctx.layout.gap));
}

void drawFields(ScreenContext& ctx, float width) {
    const TrackView& t = ctx.view.trackView;
    const core::StringTable& s = ctx.strings;
    // What to do, or (in its place, where the eyes already are) why it did not work. The home
    // tile and 朗读 name the screen; the height goes to the fields and the keypad.
    // At 特大 in landscape the hint does not fit above the two fields: their labels say the same.
    const float fieldsH = (fieldHeight({ctx.fonts.body, ctx.fonts.body}) + ctx.layout.gap) * 2;
    const float hintH = widgets::measureText(ctx.fonts.body, s.get("track.hint"), width).y + ctx.layout.gap * 0.5f;
    const bool hintFits = ImGui::GetCursorScreenPos().y + hintH + fieldsH <= ctx.layout.contentMax.y;
    if (t.problemKey.empty() && hintFits) {
        widgets::textBlock(ctx.fonts.body, widgets::inkColor(), s.get("track.hint"), width);
        ImGui::Dummy(ImVec2(0, ctx.layout.gap * 0.5f));
    } else if (!t.problemKey.empty()) {
        drawTrackProblem(ctx, width);
    }
    // Digits at title size when both fields fit so, else at body size; at 特大 in landscape with
    // a long message the labels take the standard size too.
    FieldFonts fonts{ctx.fonts.body, ctx.fonts.title};
    const float room = ctx.layout.contentMax.y - ImGui::GetCursorScreenPos().y;
    if ((fieldHeight(fonts) + ctx.layout.gap) * 2 > room) fonts.value = ctx.fonts.body;
    if ((fieldHeight(fonts) + ctx.layout.gap) * 2 > room) fonts.label = ctx.fonts.bar;
    digitField(ctx, "track.field.code", s.get("track.field.code"), core::groupTrackingCode(t.code),
               core::TrackingField::Code, width, fonts);
    digitField(ctx, "track.field.secret", s.get("track.field.secret"), t.secret, core::TrackingField::Secret, width,
               fonts);
}

void drawLookupButton(ScreenContext& ctx, float width) {
    const TrackView& t = ctx.view.trackView;
    if (t.lookingUp) {
        widgets::textBlock(ctx.fonts.title, widgets::inkColor(), ctx.strings.get("track.looking_up"), width);
        return;
    }
    if (widgets::bigButton("track.lookup", ctx.strings.get("track.lookup"),
                           ImVec2(std::min(width, ctx.fonts.title->FontSize * 10.0f), ctx.layout.buttonHeight * 1.2f),
                           widgets::ButtonKind::Primary, ctx.fonts.title)) {
        ctx.actions.add(TrackAction{track::Lookup{}});
    }
}

// The phone layout (3 × 4) when it fits above 查询, else two rows of six (特大 in portrait).
void drawKeypad(ScreenContext& ctx, float width) {
    const float room = ctx.layout.contentMax.y - ImGui::GetCursorScreenPos().y - ctx.layout.buttonHeight * 1.2f -
                       ctx.layout.gap * 1.5f;
    const int columns = widgets::numericKeypadHeight(ctx.fonts.bar, 3) <= room ? 3 : 6;
    // Keys at the standard size whatever the text size, as on the other keyboards.
    const widgets::NumericPress press = widgets::numericKeypad(
        "track.key", width, ctx.fonts.bar, ctx.strings.get("keypad.erase"), ctx.strings.get("keypad.clear"), columns);
    if (press.digit || press.erase || press.clear) {
        ctx.actions.add(TrackAction{track::Key{press.digit, press.erase, press.clear}});
    }
}

}  // namespace

void drawTrackForm(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    if (l.portrait) {
        drawFields(ctx, width);
        drawKeypad(ctx, std::min(width, 900.0f));
        ImGui::Dummy(ImVec2(0, std::max(l.gap, widgets::kTouchSpacing)));
        drawLookupButton(ctx, width);
        return;
    }
    // Landscape: the fields on the left; the keypad and 查询 under it on the right.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float left = (width - l.gap * 2) * 0.65f;  // the keypad needs about a third
    ImGui::BeginGroup();
    drawFields(ctx, left);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(top.x + left + l.gap * 2, top.y));
    ImGui::BeginGroup();
    drawKeypad(ctx, width - left - l.gap * 2);
    ImGui::Dummy(ImVec2(0, std::max(l.gap, widgets::kTouchSpacing)));
    drawLookupButton(ctx, width - left - l.gap * 2);
    ImGui::EndGroup();
}

}  // namespace kiosk::ui
