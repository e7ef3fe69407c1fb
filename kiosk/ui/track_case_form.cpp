// 查询进度's form: two fields (查询码, then 手机号后4位 or the PIN) filled from one keypad. The
// field being typed has a thick border, a caret and says so in words; a tap chooses the other.
#include <algorithm>

#include "core/tracking_code.h"
#include "ui/font_steps.h"
#include "ui/track_case_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/numeric_keypad.h"
#include "widgets/problem_box.h"
#include "widgets/rounded_fill.h"
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
    widgets::fillRoundedRect(*dl, min, max, widgets::toImColor(theme.surface), 12.0f);
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
    ImGui::Dummy(ImVec2(width, max.y - min.y));
}

// The two fields and the gap between them (none after the second: the form ends there).
float fieldsHeight(const ScreenContext& ctx, FieldFonts fonts) {
    return fieldHeight(fonts) * 2 + ctx.layout.gap;
}

// The fields at their smallest: labels and digits at the standard size.
float smallestFieldsHeight(const ScreenContext& ctx) {
    return fieldsHeight(ctx, {ctx.fonts.standard, ctx.fonts.standard});
}

// The fields as small as they go while the digits he checks against his paper stay as large as
// a smaller 字号 set them (the title one 字号 smaller; at 标准 the body): only the labels at the
// standard size.
float readableFieldsHeight(const ScreenContext& ctx) {
    return fieldsHeight(ctx, {ctx.fonts.standard, ctx.fonts.titleStep});
}

// Who can help when the receipt is lost: the hall's staff, and its phone where the config has one.
std::string lostCodeHelpText(const ScreenContext& ctx) {
    return ctx.view.hallPhone.empty() ? ctx.strings.get("track.lost_code.help")
                                      : ctx.strings.format("track.lost_code.help_phone", {ctx.view.hallPhone});
}

// 查询码丢了？'s width: its longer label (知道了 keeps the size) with room around it.
// Beside the title it is a control (the controls' font and height), so the form keeps its room.
float lostCodeButtonWidth(const ScreenContext& ctx, float most) {
    float labelW = 0;
    for (const char* key : {"track.lost_code.ask", "track.lost_code.hide"}) {
        labelW = std::max(labelW, widgets::measureText(ctx.fonts.bar, ctx.strings.get(key)).x);
    }
    return std::min(most, labelW + ctx.fonts.bar->FontSize * 2.0f);
}

// 查询码丢了？ (a toggle: tapped again, the hint comes back).
void drawLostCodeButton(ScreenContext& ctx, ImVec2 size, bool& lostCodeHelp, ImFont* font) {
    const std::string& label = ctx.strings.get(lostCodeHelp ? "track.lost_code.hide" : "track.lost_code.ask");
    if (widgets::bigButton("track.lost_code", label, size, widgets::ButtonKind::Secondary, font)) {
        lostCodeHelp = !lostCodeHelp;
    }
}

// Digits at title size when both fields fit so in `room`; else the labels at the standard size,
// then the digits a title step smaller, at body size, and only where even that does not fit at
// the standard size.
FieldFonts fieldFontsFor(const ScreenContext& ctx, float room) {
    FieldFonts fonts{ctx.fonts.body, ctx.fonts.title};
    auto fit = [&] { return fieldsHeight(ctx, fonts) <= room; };
    if (!fit()) fonts.label = ctx.fonts.standard;
    if (!fit()) fonts.value = ctx.fonts.titleStep;
    if (!fit()) fonts.value = ctx.fonts.body;
    if (!fit()) fonts.value = ctx.fonts.standard;
    return fonts;
}

// What stands above the fields: the title's row, the help or the hint, the problem. Which of
// them show is chosen from the room; the fields come under them.
struct FormWords {
    std::string words;        // the lost-code help when asked for, else the hint
    std::string problem;      // why the last try did not work
    float titleRowBodyH = 0;  // the title's row with the title at body size
    float wordsH = 0;
    float problemH = 0;
    float problemBarH = 0;          // the problem in the controls' font
    float wordsBarH = 0;            // the words in the controls' font
    float wordsStandardH = 0;       // the words at the standard size (as 标准 sets them)
    float problemRowH = 0;          // the problem (controls' font) in the title's place (beside 知道了 if there)
    float problemRowStandardH = 0;  // the same at the standard size
    float titleW = 0;               // the title's width on its row
    float buttonH = 0;              // the height of the button on the title's row (0: none)
    bool help = false;
    // Chosen:
    ImFont* titleFont = nullptr;
    bool showWords = false;
    bool showProblem = false;
    bool problemInTitleRow = false;
    ImFont* wordsFont = nullptr;
    ImFont* problemFont = nullptr;

    // `besideTitleW`: the width of a button on the title's row (0: none); the row is as tall as
    // the taller of the two.
    // `problemText`: why the last try did not work ("" before any try).
    FormWords(const ScreenContext& ctx, float width, bool lostCodeHelp, float besideTitleW,
              const std::string& problemText)
        : problem(problemText), help(lostCodeHelp) {
        const core::StringTable& s = ctx.strings;
        const float gap = ctx.layout.gap;
        words = lostCodeHelp ? lostCodeHelpText(ctx) : s.get("track.hint");
        titleW = besideTitleW > 0 ? width - besideTitleW - gap : width;
        buttonH = besideTitleW > 0 ? ctx.layout.barButtonHeight : 0.0f;
        titleRowBodyH = titleRowHeight(ctx, ctx.fonts.body);
        wordsH = widgets::measureText(ctx.fonts.body, words, width).y + gap * 0.5f;
        wordsBarH = widgets::measureText(ctx.fonts.bar, words, width).y + gap * 0.5f;
        wordsStandardH = widgets::measureText(ctx.fonts.standard, words, width).y + gap * 0.5f;
        if (!problem.empty()) {
            problemH = widgets::problemBoxHeight(ctx.fonts.body, problem, width) + gap * 0.5f;
            problemBarH = widgets::problemBoxHeight(ctx.fonts.bar, problem, width) + gap * 0.5f;
            problemRowH = std::max(buttonH, widgets::problemBoxHeight(ctx.fonts.bar, problem, titleW)) + gap * 0.25f;
            problemRowStandardH =
                std::max(buttonH, widgets::problemBoxHeight(ctx.fonts.standard, problem, titleW)) + gap * 0.25f;
        }
    }
    // The title's row with the title in `font`: as tall as the taller of the title and the button
    // beside it, if any.
    float titleRowHeight(const ScreenContext& ctx, ImFont* font) const {
        return std::max(buttonH, widgets::measureText(font, ctx.strings.get("track.title"), titleW).y) +
               ctx.layout.gap * 0.25f;
    }
    // The height of what was chosen: the title's row (or the problem in its place), the words,
    // the problem under them — what drawFields draws above the fields.
    float chosenHeight(const ScreenContext& ctx, float width) const {
        const float gap = ctx.layout.gap;
        const float titleTextH = problemInTitleRow
                                     ? widgets::problemBoxHeight(problemFont, problem, titleW)
                                     : widgets::measureText(titleFont, ctx.strings.get("track.title"), titleW).y;
        float h = std::max(titleTextH, buttonH) + gap * 0.25f;
        if (showWords) h += widgets::measureText(wordsFont, words, width).y + gap * (problemInTitleRow ? 0.25f : 0.5f);
        if (showProblem) h += widgets::problemBoxHeight(problemFont, problem, width) + gap * 0.5f;
        return h;
    }
    // The least that always shows: the title's row at body size and what he must read — the
    // help he asked for, else why the last try did not work.
    float leastHeight() const { return titleRowBodyH + (help ? wordsH : problemH); }
    // The help he asked for always shows; the problem beside it where it fits (after the help it
    // matters less). Without the help the problem always shows, and what to type beside it
    // (chooseAfterRefusal). Where the height runs short (特大, landscape) the words take the
    // controls' font before the digits drop below the body size: he checks the digits against
    // his paper. The title takes the title size where everything chosen still fits.
    void choose(const ScreenContext& ctx, float room) {
        if (!help && problemH > 0) {
            chooseAfterRefusal(ctx, room);
            return;
        }
        // Everything: at body size, or with the words and the problem at the controls' size (大 and
        // 特大: the help he asked for and why 查询 did not go both stay on the page); the help
        // he asked for stays even so, and before any try the hint is what he reads first.
        const float fields = readableFieldsHeight(ctx);
        const float least = smallestFieldsHeight(ctx);
        const bool everything = titleRowBodyH + wordsH + problemH + least <= room ||
                                titleRowBodyH + wordsBarH + problemBarH + least <= room;
        showWords = help || everything;
        showProblem = problemH > 0 && everything;
        // The help asked for after a refused 查询 (大 portrait, 特大 landscape): where the problem
        // does not fit under the title, it takes the title's place — the title is what gives way
        // (and half the gap under the words).
        if (help && problemH > 0 && !everything && problemRowH > 0 &&
            problemRowH + wordsBarH - ctx.layout.gap * 0.25f + least <= room) {
            problemInTitleRow = true;
            wordsFont = ctx.fonts.bar;
            problemFont = ctx.fonts.bar;
            titleFont = ctx.fonts.body;
            return;
        }
        const float problemShownH = showProblem ? problemH : 0;
        wordsFont = titleRowBodyH + wordsH + problemShownH + fields <= room ? ctx.fonts.body : ctx.fonts.bar;
        const float shownWordsH = wordsFont == ctx.fonts.body ? wordsH : wordsBarH;
        problemFont = titleRowBodyH + shownWordsH + problemH + fields <= room ? ctx.fonts.body : ctx.fonts.bar;
        const float shownProblemH = !showProblem ? 0 : problemFont == ctx.fonts.body ? problemH : problemBarH;
        titleFont = largestTitleThatFits(ctx.fonts, [&](ImFont* f) {
            return titleRowHeight(ctx, f) + shownWordsH + shownProblemH + fields <= room;
        });
    }

    // After a refused 查询 (without the help) the problem stands beside what to type, never in
    // its place. The first of these layouts that fits, largest words first: under the title,
    // the digits at their readable size — both at body size, the words in the controls' font,
    // both so; then the problem in the title's place (the title gives way) with both in the
    // controls' font; then the words as 标准 sets them under the title; then (特大, landscape)
    // the problem in the title's place with the digits at body size (still larger than 大 sets
    // them) and the words in the controls' font, the words as 标准 sets them, both so. Where not
    // even that fits, the problem alone in the title's place.
    void chooseAfterRefusal(const ScreenContext& ctx, float room) {
        ImFont* body = ctx.fonts.body;
        ImFont* bar = ctx.fonts.bar;
        ImFont* standard = ctx.fonts.standard;
        const float readable = readableFieldsHeight(ctx);
        const float bodyDigits = fieldsHeight(ctx, {standard, body});
        struct Layout {
            bool inTitleRow;
            ImFont* words;
            float wordsH;
            ImFont* problem;
            float problemH;  // in the title's row: the row's height
            float fieldsH;
        };
        const Layout layouts[] = {
            {false, body, wordsH, body, problemH, readable},
            {false, bar, wordsBarH, body, problemH, readable},
            {false, bar, wordsBarH, bar, problemBarH, readable},
            {true, bar, wordsBarH, bar, problemRowH, readable},
            {false, standard, wordsStandardH, bar, problemBarH, readable},
            {true, bar, wordsBarH, bar, problemRowH, bodyDigits},
            {true, standard, wordsStandardH, bar, problemRowH, bodyDigits},
            {true, standard, wordsStandardH, standard, problemRowStandardH, bodyDigits},
        };
        showWords = true;
        for (const Layout& c : layouts) {
            // (Under the problem's row the words' gap is a quarter, not a half.)
            const float above = c.inTitleRow ? c.problemH - ctx.layout.gap * 0.25f : titleRowBodyH + c.problemH;
            if (above + c.wordsH + c.fieldsH > room) continue;
            wordsFont = c.words;
            problemFont = c.problem;
            problemInTitleRow = c.inTitleRow;
            showProblem = !c.inTitleRow;
            titleFont = c.inTitleRow ? body : largestTitleThatFits(ctx.fonts, [&](ImFont* f) {
                return titleRowHeight(ctx, f) + c.wordsH + c.problemH + c.fieldsH <= room;
            });
            return;
        }
        problemInTitleRow = true;
        showProblem = false;
        showWords = false;
        wordsFont = bar;
        problemFont = bar;
        titleFont = body;
    }
};

// The least the form above the keypad needs (portrait: no button on the title's row), whether
// the lost-code help shows or not: the keypad keeps its shape when the help comes and goes.
float smallestFormHeight(const ScreenContext& ctx, float width) {
    const std::string problem = trackProblemText(ctx);
    const float words = std::max(FormWords(ctx, width, false, 0, problem).leastHeight(),
                                 FormWords(ctx, width, true, 0, problem).leastHeight());
    return words + smallestFieldsHeight(ctx);
}

// The form's title, what to do (or who helps with a lost code), why the last try did not work
// (beside the words, not in their place), then the two fields, down to `bottom`. Where the height
// runs short (特大) FormWords chooses what gives way; then the labels, and the digits, shrink. With
// `lostCodeBesideTitle` (landscape) 查询码丢了？ stands at the right of the title's row.
void drawFields(ScreenContext& ctx, float width, bool& lostCodeHelp, float bottom, bool lostCodeBesideTitle) {
    const TrackView& t = ctx.view.trackView;
    const core::StringTable& s = ctx.strings;
    const Layout& l = ctx.layout;
    auto room = [&] { return bottom - ImGui::GetCursorScreenPos().y; };
    const float buttonW = lostCodeBesideTitle ? lostCodeButtonWidth(ctx, width * 0.45f) : 0.0f;
    FormWords form(ctx, width, lostCodeHelp, buttonW, trackProblemText(ctx));
    const float formRoom = room();
    form.choose(ctx, formRoom);
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const float titleW = buttonW > 0 ? width - buttonW - l.gap : width;
    const float titleTextH = form.problemInTitleRow
                                 ? widgets::problemBoxHeight(form.problemFont, trackProblemText(ctx), titleW)
                                 : widgets::measureText(form.titleFont, s.get("track.title"), titleW).y;
    const float rowH = std::max(titleTextH, buttonW > 0 ? l.barButtonHeight : 0.0f);
    ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + (rowH - titleTextH) * 0.5f));
    if (form.problemInTitleRow) {
        drawTrackProblem(ctx, titleW, form.problemFont);
    } else {
        widgets::textBlock(form.titleFont, widgets::inkColor(), s.get("track.title"), titleW);
    }
    if (buttonW > 0) {
        ImGui::SetCursorScreenPos(ImVec2(row.x + width - buttonW, row.y + (rowH - l.barButtonHeight) * 0.5f));
        drawLostCodeButton(ctx, ImVec2(buttonW, l.barButtonHeight), lostCodeHelp, ctx.fonts.bar);
    }
    ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + rowH + l.gap * 0.25f));
    if (form.showWords) {
        widgets::textBlock(form.wordsFont, widgets::inkColor(), form.words, width);
        ImGui::Dummy(ImVec2(0, l.gap * (form.problemInTitleRow ? 0.25f : 0.5f)));
    }
    if (form.showProblem) drawTrackProblem(ctx, width, form.problemFont);
    // Before a try the fields take the size they keep when 查询 finds nothing (the commonest
    // refusal: the form laid out with it), and they stand at the bottom, over the keypad's last
    // row: when it comes they neither move nor shrink. (A longer refusal may still shrink them.)
    float fieldsRoom = room();
    if (!lostCodeHelp && t.problemKey.empty()) {
        FormWords refused(ctx, width, false, buttonW, s.get("track.problem.not_found"));
        refused.choose(ctx, formRoom);
        // (Two pixels' slack: the drawn words round their lines to whole pixels.)
        fieldsRoom = std::min(fieldsRoom, formRoom - refused.chosenHeight(ctx, width) + 2.0f);
    }
    const FieldFonts fonts = fieldFontsFor(ctx, fieldsRoom);
    ImGui::SetCursorScreenPos(
        ImVec2(row.x, std::max(ImGui::GetCursorScreenPos().y, bottom - fieldsHeight(ctx, fonts))));
    digitField(ctx, "track.field.code", s.get("track.field.code"), core::groupTrackingCode(t.code),
               core::TrackingField::Code, width, fonts);
    ImGui::Dummy(ImVec2(0, l.gap));
    digitField(ctx, "track.field.secret", s.get("track.field.secret"), t.secret, core::TrackingField::Secret, width,
               fonts);
}

void drawLookupButton(ScreenContext& ctx, ImVec2 size) {
    const TrackView& t = ctx.view.trackView;
    if (t.lookingUp) {
        widgets::textBlock(ctx.fonts.title, widgets::inkColor(), ctx.strings.get("track.looking_up"), size.x);
        return;
    }
    if (widgets::bigButton("track.lookup", ctx.strings.get("track.lookup"), size, widgets::ButtonKind::Primary,
                           ctx.fonts.title)) {
        ctx.actions.add(TrackAction{track::Lookup{}});
    }
}

void drawKeypad(ScreenContext& ctx, float width, int columns) {
    // Keys in the controls' font, as on the other keyboards.
    const widgets::NumericPress press = widgets::numericKeypad(
        "track.key", width, ctx.fonts.bar, ctx.strings.get("keypad.erase"), ctx.strings.get("keypad.clear"), columns);
    if (press.digit || press.erase || press.clear) {
        ctx.actions.add(TrackAction{track::Key{press.digit, press.erase, press.clear}});
    }
}

}  // namespace

// Portrait: the form, the keypad, then 查询 with 查询码丢了？ left of it. Landscape: the form on the
// left (查询码丢了？ on the title's row); the keypad and 查询 on the right. The keypad is the phone's 3 × 4 where it
// leaves the form its room, else two rows of six.
void drawTrackForm(ScreenContext& ctx, bool& lostCodeHelp) {
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    const float spacing = std::max(l.gap, widgets::kTouchSpacing);
    const float lookupH = l.buttonHeight * 1.2f;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (l.portrait) {
        const float keypadW = std::min(width, 900.0f);
        const float belowKeys = spacing + lookupH;
        const float room = l.contentMax.y - top.y - belowKeys - l.gap;
        const int columns =
            widgets::numericKeypadHeight(ctx.fonts.bar, 3) + smallestFormHeight(ctx, width) <= room ? 3 : 6;
        const float keypadY = l.contentMax.y - belowKeys - widgets::numericKeypadHeight(ctx.fonts.bar, columns);
        drawFields(ctx, width, lostCodeHelp, keypadY - l.gap, false);
        ImGui::SetCursorScreenPos(ImVec2(top.x, keypadY));
        drawKeypad(ctx, keypadW, columns);
        const float rowY = l.contentMax.y - lookupH;
        const float lookupW = std::min((width - l.gap * 2) * 0.5f, ctx.fonts.title->FontSize * 10.0f);
        // 查询 at the right, where the main action stands on every page; 查询码丢了？ left of it.
        ImGui::SetCursorScreenPos(ImVec2(top.x, rowY));
        drawLostCodeButton(ctx, ImVec2(lookupW, lookupH), lostCodeHelp, ctx.fonts.body);
        ImGui::SetCursorScreenPos(ImVec2(top.x + width - lookupW, rowY));
        drawLookupButton(ctx, ImVec2(lookupW, lookupH));
        return;
    }
    const float left = (width - l.gap * 2) * 0.65f;  // the keypad needs about a third
    const float rightW = width - left - l.gap * 2;
    ImGui::SetCursorScreenPos(top);
    ImGui::BeginGroup();
    drawFields(ctx, left, lostCodeHelp, l.contentMax.y, true);
    ImGui::EndGroup();
    const float belowKeys = spacing + lookupH;
    const int columns = widgets::numericKeypadHeight(ctx.fonts.bar, 3) <= l.contentMax.y - top.y - belowKeys ? 3 : 6;
    ImGui::SetCursorScreenPos(ImVec2(top.x + left + l.gap * 2, top.y));
    drawKeypad(ctx, rightW, columns);
    ImGui::SetCursorScreenPos(ImVec2(top.x + left + l.gap * 2, l.contentMax.y - lookupH));
    drawLookupButton(ctx, ImVec2(std::min(rightW, ctx.fonts.title->FontSize * 10.0f), lookupH));
}

}  // namespace kiosk::ui
