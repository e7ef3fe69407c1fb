#include "ui/text_entry_panel.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/chip.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/numeric_keypad.h"
#include "widgets/pinyin_keyboard.h"
#include "widgets/text.h"
#include "widgets/text_field.h"

namespace kiosk::ui {
namespace {

// The caret key's red bar, in the room its label leaves for it: the label's arrow stands at one
// end ("◀  " / "  ▶"), the bar goes in the two spaces beside the arrow, in the field caret's colour.
void drawCaretMark(ImFont* font, const std::string& label, bool left, ImVec2 min, ImVec2 size) {
    const float labelW = widgets::measureText(font, label).x;
    const float labelX = min.x + (size.x - labelW) * 0.5f;
    const std::string arrow = left ? "◀" : "▶";
    const float arrowW = widgets::measureText(font, arrow).x;
    const float space = widgets::measureText(font, "  ").x;
    const float barW = std::max(3.0f, std::round(font->FontSize * 0.09f));
    const float x = left ? labelX + arrowW + (space - barW) * 0.5f : labelX + labelW - arrowW - (space + barW) * 0.5f;
    const float top = min.y + (size.y - font->FontSize) * 0.5f + font->FontSize * 0.1f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, top), ImVec2(x + barW, top + font->FontSize * 0.8f),
                                              widgets::toImColor(widgets::theme().primary));
}

using widgets::kTouchSpacing;
using widgets::toImColor;

const char* modeKey(core::EntryMode mode) {
    switch (mode) {
        case core::EntryMode::Handwriting: return "entry.mode.handwriting";
        case core::EntryMode::Digits: return "entry.mode.digits";
        case core::EntryMode::Pinyin:
        default: return "entry.mode.pinyin";
    }
}

}  // namespace

void TextEntryPanel::add(ScreenContext& ctx, edit::Op op) {
    ctx.actions.add(EditText{ctx.view.textEntry.field, std::move(op)});
}

ImFont* TextEntryPanel::keysFont(const ScreenContext& ctx) const {
    // Keys, modes and phrases use the controls' font, like the top bar: they grow half as much as
    // the typed text and the candidates, what the resident reads, so a 特大 keyboard still leaves
    // room for the text.
    return ctx.fonts.bar;
}

ImFont* TextEntryPanel::inputFont(const ScreenContext& ctx) const {
    return ctx.fonts.input ? ctx.fonts.input : ctx.fonts.body;
}

void TextEntryPanel::draw(ScreenContext& ctx, ImVec2 min, ImVec2 max, const std::string& placeholder,
                          float sideBottom) {
    const TextEntryView& v = ctx.view.textEntry;
    if (!v.entry) return;
    const core::StringTable& s = ctx.strings;
    const core::TextEntry& entry = *v.entry;
    const float width = max.x - min.x;
    ImFont* font = inputFont(ctx);

    // The keyboard takes the bottom; above it the candidate bar, above that the field.
    const bool portrait = ctx.layout.portrait;
    const float keyboardW = portrait ? width : width * 0.66f;
    const float keyboardH = keyboardHeight(ctx, width);
    const float keyboardTop = max.y - keyboardH;
    const PanelRows rows = panelRows(ctx, width, max.y - min.y);
    const float modeRowH = rows.modeRowH;
    const float barH = rows.candidateRowH;
    const float barTop = keyboardTop - kTouchSpacing - barH;
    const float fieldH = rows.fieldH;

    widgets::TextFieldContent content;
    content.text = &entry.text();
    content.caret = entry.caret();
    content.composing = entry.mode() == core::EntryMode::Pinyin ? entry.composing() : std::string{};
    content.placeholder = placeholder;
    content.counter =
        s.format("entry.counter", {std::to_string(entry.text().size()), std::to_string(entry.maxChars())});
    // The field takes the whole width (landscape too: beside the quick phrases' column it held a
    // third fewer characters, and at 特大 what he had typed scrolled away after a dozen); the
    // phrases' column stands under it, beside the keyboard — unless the screen uses that column.
    const bool fieldFullWidth = portrait || !columnBesideField_;
    ImGui::SetCursorScreenPos(min);
    widgets::textField(v.field + ".field", s.get("entry.field"), content,
                       ImVec2(fieldFullWidth ? width : keyboardW, fieldH), font, ctx.fonts.bar);

    if (portrait) {
        // Modes on the left, the caret keys on the right of the same row.
        const float caretW = 2 * caretButtonWidth(ctx) + kTouchSpacing;
        ImGui::SetCursorScreenPos(ImVec2(min.x + width - caretW, min.y + fieldH + kTouchSpacing));
        drawCaretButtons(ctx, caretW);
        ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + fieldH + kTouchSpacing));
        drawModeButtons(ctx, width - caretW - kTouchSpacing);
        ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + fieldH + kTouchSpacing + modeRowH + kTouchSpacing));
        if (rows.phraseRowH > 0) drawQuickPhrases(ctx, width, barTop - kTouchSpacing);
    }

    // Candidates: the pinyin's or the handwriting's, whichever keyboard is in use.
    std::vector<std::string> labels;
    std::string pagedFor;
    if (entry.mode() == core::EntryMode::Pinyin) {
        if (v.pinyin) {
            for (const auto& c : *v.pinyin) labels.push_back(c.text);
        }
        pagedFor = "p:" + entry.composing();
    } else if (entry.mode() == core::EntryMode::Handwriting) {
        labels = v.handwriting;
        pagedFor = "h:" + std::to_string(v.ink ? v.ink->size() : 0) + ":" + (labels.empty() ? "" : labels.front());
    }
    if (pagedFor != pagedFor_) {
        pagedFor_ = pagedFor;
        paging_.reset();
    }
    ImGui::SetCursorScreenPos(ImVec2(min.x, barTop));
    const bool nothingToChooseFrom = entry.composing().empty() && (v.ink == nullptr || v.ink->empty());
    if (rows.phrasesInCandidateRow && nothingToChooseFrom) {
        drawQuickPhrases(ctx, keyboardW, barTop + barH);
    } else if (!v.ready) {
        widgets::textBlock(keysFont(ctx), toImColor(widgets::theme().textMuted), s.get("entry.preparing"), keyboardW);
    } else if (!labels.empty()) {
        const int chosen = widgets::candidateBar(v.field + ".kbd", labels, paging_, keyboardW, font,
                                                 {s.get("entry.candidates.previous"), s.get("entry.candidates.next")});
        if (chosen >= 0 && entry.mode() == core::EntryMode::Pinyin) {
            const input::PinyinCandidate& c = (*v.pinyin)[static_cast<std::size_t>(chosen)];
            add(ctx, edit::ChoosePinyin{c.text, c.letters});
        } else if (chosen >= 0) {
            add(ctx, edit::Insert{labels[static_cast<std::size_t>(chosen)]});
            add(ctx, edit::ClearInk{});  // the pad is ready for the next character
        }
    } else {
        const char* hint = entry.mode() == core::EntryMode::Pinyin        ? "entry.hint.pinyin"
                           : entry.mode() == core::EntryMode::Handwriting ? "entry.hint.handwriting"
                                                                          : "entry.hint.digits";
        widgets::textBlock(keysFont(ctx), toImColor(widgets::theme().textMuted), s.get(hint), keyboardW);
    }

    drawKeyboard(ctx, ImVec2(min.x, keyboardTop), ImVec2(min.x + keyboardW, max.y));
    if (!portrait) {
        // Landscape: the quick phrases in a column beside the candidates and the keyboard, under
        // the field (the screen puts the mode and caret buttons in its title row with drawToolbar).
        const float columnX = min.x + keyboardW + kTouchSpacing * 2;
        ImGui::SetCursorScreenPos(ImVec2(columnX, fieldFullWidth ? min.y + fieldH + kTouchSpacing : min.y));
        drawQuickPhrases(ctx, max.x - columnX, sideBottom > 0 ? sideBottom : max.y);
    }
}

TextEntryPanel::PanelRows TextEntryPanel::panelRows(const ScreenContext& ctx, float width, float height) const {
    const bool portrait = ctx.layout.portrait;
    ImFont* font = inputFont(ctx);
    // The keyboard takes the bottom; above it the candidates' row; portrait has room for the mode
    // buttons and the quick phrases (where the field has some) above that; the field takes the rest.
    PanelRows rows;
    rows.modeRowH = portrait ? widgets::chipHeight(ctx.fonts.bar) : 0.0f;
    const bool hasPhrases = portrait && !ctx.view.textEntry.quickPhrases.empty();
    const float phraseChipH = widgets::chipHeight(keysFont(ctx));
    const float keyboardTop = height - keyboardHeight(ctx, width);
    auto candidateRowHeight = [&](bool phrasesOwnRow) {
        const float candidates = widgets::candidateBarHeight(font);
        return hasPhrases && !phrasesOwnRow ? std::max(candidates, phraseChipH) : candidates;
    };
    auto fieldHeightWith = [&](bool phrasesOwnRow) {
        const float barTop = keyboardTop - kTouchSpacing - candidateRowHeight(phrasesOwnRow);
        const float above = portrait ? rows.modeRowH + kTouchSpacing : 0.0f;
        const float phrases = hasPhrases && phrasesOwnRow ? phraseChipH + kTouchSpacing : 0.0f;
        return barTop - kTouchSpacing - above - phrases;
    };
    // Where a row of their own would leave the field a single line (特大 in portrait, above 下一步),
    // the quick phrases stand in the candidates' row while there is nothing to choose there (before
    // he types, between words): he sees two lines of what he has written, and a phrase is still
    // one tap away.
    const float twoLines = twoLineFieldHeight(ctx);
    const bool ownRow = fieldHeightWith(true) >= twoLines || fieldHeightWith(false) < twoLines;
    rows.phraseRowH = hasPhrases && ownRow ? phraseChipH : 0.0f;
    rows.phrasesInCandidateRow = hasPhrases && !ownRow;
    rows.candidateRowH = candidateRowHeight(ownRow);
    rows.fieldH = std::max(oneLineFieldHeight(ctx), fieldHeightWith(ownRow));
    return rows;
}

float TextEntryPanel::fieldHeightIn(const ScreenContext& ctx, float width, float height) const {
    return panelRows(ctx, width, height).fieldH;
}

float TextEntryPanel::twoLineFieldHeight(const ScreenContext& ctx) const {
    return widgets::textFieldHeight(inputFont(ctx), 2);
}

float TextEntryPanel::keyboardHeight(const ScreenContext& ctx, float width) const {
    // Landscape keeps one height for every mode (the pad fits the letter keys' height), so the
    // field does not jump; portrait gives each mode what it needs and the field the rest.
    const bool portrait = ctx.layout.portrait;
    const float keyboardW = portrait ? width : width * 0.66f;
    const float letterKeysH = widgets::pinyinKeyboardHeight(keyboardW, keysFont(ctx));
    const float digitKeysH = widgets::numericKeypadHeight(keysFont(ctx), portrait ? 3 : 6);
    if (!portrait) return std::max(letterKeysH, digitKeysH);
    switch (ctx.view.textEntry.entry ? ctx.view.textEntry.entry->mode() : core::EntryMode::Pinyin) {
        case core::EntryMode::Pinyin: return letterKeysH;
        case core::EntryMode::Digits: return digitKeysH;
        case core::EntryMode::Handwriting:
        default: return std::max(letterKeysH, width * 0.55f);  // a large pad
    }
}

// The field at its least: one line of typed text, and a touch target (it takes taps to move the caret).
float TextEntryPanel::oneLineFieldHeight(const ScreenContext& ctx) const {
    ImFont* font = inputFont(ctx);
    return std::ceil(std::max(widgets::kMinTouchTarget, font->FontSize * 1.25f + font->FontSize * 0.15f));
}

float TextEntryPanel::compactHeight(const ScreenContext& ctx, float width) const {
    ImFont* font = inputFont(ctx);
    const float fieldH = oneLineFieldHeight(ctx);
    const float modeRowH = ctx.layout.portrait ? widgets::chipHeight(ctx.fonts.bar) + kTouchSpacing : 0.0f;
    return fieldH + kTouchSpacing + modeRowH + widgets::candidateBarHeight(font) + kTouchSpacing +
           keyboardHeight(ctx, width);
}

float TextEntryPanel::portraitMinHeight(const ScreenContext& ctx) const {
    ImFont* font = inputFont(ctx);
    const float fieldH = font->FontSize * 1.25f * 2.0f + font->FontSize * 0.5f;
    const float width = ctx.layout.contentMax.x - ctx.layout.contentMin.x;
    const float rows = widgets::chipHeight(ctx.fonts.bar) + widgets::chipHeight(keysFont(ctx));
    return fieldH + rows + widgets::candidateBarHeight(font) + widgets::pinyinKeyboardHeight(width, keysFont(ctx)) +
           4 * kTouchSpacing;
}

// The three mode chips, each with the room its ✓ takes when chosen, and the spacing after each.
float TextEntryPanel::modesWidth(const ScreenContext& ctx) const {
    const core::StringTable& s = ctx.strings;
    float w = 0;
    for (const char* key : {"entry.mode.pinyin", "entry.mode.handwriting", "entry.mode.digits"}) {
        w += widgets::chipWidth(ctx.fonts.bar, s.get("chip.selected_mark") + s.get(key)) + kTouchSpacing;
    }
    return w;
}

float TextEntryPanel::toolbarWidth(const ScreenContext& ctx) const {
    // Three mode chips and two caret buttons, measured as they will be drawn.
    return modesWidth(ctx) + kTouchSpacing + 2 * caretButtonWidth(ctx) + kTouchSpacing;
}

// "◀  左移" / "右移  ▶", or only the arrows where the row beside the three modes is too narrow for
// the words (portrait at 大 / 特大); the arrows are still a touch target wide.
bool TextEntryPanel::caretWords(const ScreenContext& ctx) const {
    if (caretArrowsOnly_) return false;
    if (!ctx.layout.portrait) return true;
    const float wordsW =
        widgets::measureText(ctx.fonts.bar, ctx.strings.get("entry.caret.right")).x + ctx.fonts.bar->FontSize;
    return modesWidth(ctx) + 2 * wordsW + kTouchSpacing <= ctx.layout.contentMax.x - ctx.layout.contentMin.x;
}

std::string_view TextEntryPanel::caretLabelKey(const ScreenContext& ctx, bool left) const {
    if (caretWords(ctx)) return left ? "entry.caret.left" : "entry.caret.right";
    return left ? "entry.caret.left_arrow" : "entry.caret.right_arrow";
}

float TextEntryPanel::caretButtonWidth(const ScreenContext& ctx) const {
    const float words =
        widgets::measureText(ctx.fonts.bar, ctx.strings.get(caretLabelKey(ctx, false))).x + ctx.fonts.bar->FontSize;
    return std::max(widgets::kMinTouchTarget, words);
}

void TextEntryPanel::drawToolbar(ScreenContext& ctx, ImVec2 at) {
    const float caretW = 2 * caretButtonWidth(ctx) + kTouchSpacing;
    const float total = toolbarWidth(ctx);
    ImGui::SetCursorScreenPos(ImVec2(at.x + total - caretW, at.y));
    drawCaretButtons(ctx, caretW);
    ImGui::SetCursorScreenPos(at);
    drawModeButtons(ctx, total - caretW);
}

void TextEntryPanel::drawModeButtons(ScreenContext& ctx, float width) {
    const TextEntryView& v = ctx.view.textEntry;
    const core::StringTable& s = ctx.strings;
    std::vector<widgets::ChipItem> items;
    const core::EntryMode modes[3] = {core::EntryMode::Pinyin, core::EntryMode::Handwriting, core::EntryMode::Digits};
    int selected = 0;
    for (int i = 0; i < 3; ++i) {
        items.push_back({v.field + ".mode." + std::string(modeKey(modes[i])).substr(11), s.get(modeKey(modes[i]))});
        if (modes[i] == v.entry->mode()) selected = i;
    }
    const int tapped = widgets::chipRow(items, selected, width, ctx.fonts.bar, s.get("chip.selected_mark"));
    if (tapped >= 0 && tapped != selected) add(ctx, edit::SetMode{modes[tapped]});
}

void TextEntryPanel::drawCaretButtons(ScreenContext& ctx, float width) {
    const core::StringTable& s = ctx.strings;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float h = widgets::chipHeight(ctx.fonts.bar);  // the caret keys share the mode chips' row
    const float w = std::min((width - kTouchSpacing) / 2, caretButtonWidth(ctx));
    const std::string id = ctx.view.textEntry.field + ".caret";
    // Each key shows the field's own red caret beside its arrow (◀| 左移, 右移 |▶): an arrow alone
    // read as 上一步 / 下一步, the red bar says what moves.
    auto caretKey = [&](bool left, ImVec2 at) {
        ImGui::SetCursorScreenPos(at);
        const std::string& label = s.get(caretLabelKey(ctx, left));
        const bool pressed = widgets::bigButton(id + (left ? ".left" : ".right"), label, ImVec2(w, h),
                                                widgets::ButtonKind::Secondary, ctx.fonts.bar);
        drawCaretMark(ctx.fonts.bar, label, left, at, ImVec2(w, h));
        return pressed;
    };
    if (caretKey(true, origin)) add(ctx, edit::MoveCaret{-1});
    if (caretKey(false, ImVec2(origin.x + w + kTouchSpacing, origin.y))) add(ctx, edit::MoveCaret{+1});
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
}

void TextEntryPanel::drawQuickPhrases(ScreenContext& ctx, float width, float maxY) {
    const TextEntryView& v = ctx.view.textEntry;
    if (v.quickPhrases.empty()) return;
    std::vector<widgets::ChipItem> items;
    for (std::size_t i = 0; i < v.quickPhrases.size(); ++i) {
        items.push_back({v.field + ".phrase." + std::to_string(i), v.quickPhrases[i]});
    }
    // Only whole rows that fit: a phrase cut in half would be a trap. Where they do not all fit
    // they page with 更多 ›, as the other chips do. A phrase wider than the column is left out.
    const float rowH = widgets::chipHeight(keysFont(ctx));
    const int rows = static_cast<int>((maxY - ImGui::GetCursorScreenPos().y + kTouchSpacing) / (rowH + kTouchSpacing));
    if (rows < 1) return;
    std::vector<widgets::ChipItem> fitting;
    for (const auto& item : items) {
        if (widgets::chipWidth(keysFont(ctx), item.label) <= width) fitting.push_back(item);
    }
    const int tapped =
        widgets::pagedChipRow(fitting, -1, width, rows, keysFont(ctx), "", ctx.strings.get("chip.more"), phrasePage_);
    if (tapped >= 0) add(ctx, edit::Insert{fitting[static_cast<std::size_t>(tapped)].label});
}

void TextEntryPanel::drawKeyboard(ScreenContext& ctx, ImVec2 min, ImVec2 max) {
    const TextEntryView& v = ctx.view.textEntry;
    const core::StringTable& s = ctx.strings;
    const float width = max.x - min.x;
    const std::string id = v.field + ".kbd";
    ImGui::SetCursorScreenPos(min);
    switch (v.entry->mode()) {
        case core::EntryMode::Pinyin: {
            if (!v.pinyinAvailable) {
                widgets::textBlock(keysFont(ctx), toImColor(widgets::theme().text), s.get("entry.unavailable"), width);
                break;
            }
            const widgets::KeypadPress press = widgets::pinyinKeyboard(id, width, keysFont(ctx), s.get("entry.erase"));
            if (press.letter) add(ctx, edit::Letter{press.letter});
            if (press.erase) add(ctx, edit::Erase{});
            // A physical keyboard (staff, the script driver's `type`) types pinyin too.
            for (ImWchar c : ImGui::GetIO().InputQueueCharacters) {
                if (c >= 'a' && c <= 'z') add(ctx, edit::Letter{static_cast<char>(c)});
            }
            break;
        }
        case core::EntryMode::Handwriting: {
            if (!v.handwritingAvailable) {
                widgets::textBlock(keysFont(ctx), toImColor(widgets::theme().text), s.get("entry.unavailable"), width);
                break;
            }
            // The pad as large as the area allows; its buttons in a column beside it.
            const float buttonW =
                std::max(widgets::kMinTouchTarget * 2.2f,
                         widgets::measureText(keysFont(ctx), s.get("entry.undo_stroke")).x + keysFont(ctx)->FontSize);
            const float side = std::min(max.y - min.y, width - buttonW - kTouchSpacing * 2);
            static const core::Ink kNoInk;
            if (auto stroke =
                    widgets::handwritingPad(id + ".pad", s.get("entry.pad"), side, v.ink ? *v.ink : kNoInk, pad_)) {
                add(ctx, edit::AddStroke{std::move(*stroke)});
            }
            const float buttonH = std::min((max.y - min.y - 2 * kTouchSpacing) / 3,
                                           std::max(widgets::kMinTouchTarget, keysFont(ctx)->FontSize * 2.0f));
            const float bx = min.x + side + kTouchSpacing * 2;
            const char* keys[3] = {"entry.undo_stroke", "entry.clear_ink", "entry.erase"};
            const char* ids[3] = {".undo", ".rewrite", ".erase"};
            for (int i = 0; i < 3; ++i) {
                ImGui::SetCursorScreenPos(ImVec2(bx, min.y + static_cast<float>(i) * (buttonH + kTouchSpacing)));
                if (widgets::bigButton(id + ids[i], s.get(keys[i]), ImVec2(buttonW, buttonH),
                                       widgets::ButtonKind::Secondary, keysFont(ctx))) {
                    if (i == 0) add(ctx, edit::UndoStroke{});
                    if (i == 1) add(ctx, edit::ClearInk{});
                    if (i == 2) add(ctx, edit::Erase{});
                }
            }
            break;
        }
        case core::EntryMode::Digits: {
            const int columns = ctx.layout.portrait ? 3 : 6;
            const widgets::NumericPress press =
                widgets::numericKeypad(id, width, keysFont(ctx), s.get("entry.erase"), s.get("entry.dash"), columns);
            if (press.digit) add(ctx, edit::Insert{std::string(1, press.digit)});
            if (press.erase) add(ctx, edit::Erase{});
            if (press.clear) add(ctx, edit::Insert{"-"});  // the right-hand key types a dash (3-201)
            break;
        }
    }
}

}  // namespace kiosk::ui
