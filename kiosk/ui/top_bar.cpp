#include "ui/top_bar.h"

#include <algorithm>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

using widgets::ButtonKind;
using widgets::toImColor;

bool barButton(ImVec2 pos, float width, float height, std::string_view id, const std::string& label, ImFont* font) {
    ImGui::SetCursorScreenPos(pos);
    return widgets::bigButton(id, label, ImVec2(width, height), ButtonKind::TopBar, font);
}

std::string textSizeKey(core::TextSize size, bool shortForm) {
    const std::string table = shortForm ? "topbar.text_size_short." : "topbar.text_size.";
    return table + std::string(core::textSizeName(size));
}

}  // namespace

void drawTopBar(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    // The bar's font is the controls' font: it grows half as much as the text with 大 / 特大.
    ImFont* font = ctx.fonts.bar;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(l.display.x, l.topBarHeight), toImColor(widgets::theme().topBar));
    dl->AddRectFilled(ImVec2(0, l.topBarHeight - 3.0f), ImVec2(l.display.x, l.topBarHeight),
                      toImColor(widgets::theme().topBarRule));
    const ImU32 onBar = toImColor(widgets::theme().onTopBar);

    const float h = l.barButtonHeight;
    const float pad = l.barGap * 0.5f;
    const float lineH = font->FontSize;
    const float buttonsY = l.portrait ? l.topBarHeight - h - pad : pad;
    // Buttons are roomy where the row has space; where it does not (大 / 特大, whose controls' font
    // has grown) they take their label's width and a little padding, and the
    // text size says itself in three characters (特大字).
    const std::string* labels[5] = {&s.get("topbar.back"), &s.get("topbar.home"), &s.get("topbar.read_aloud"),
                                    &s.get(textSizeKey(ctx.view.textSize, false)), &s.get("topbar.display")};
    auto roomyWidth = [&](const std::string& label) {
        return std::max(widgets::kMinTouchTarget * 1.5f, widgets::measureText(font, label).x + font->FontSize * 0.8f);
    };
    // Landscape: the hall's name and the time stand between the buttons.
    const std::string& name = ctx.view.demoMode ? s.get("demo.banner") : ctx.view.hallName;
    const float middleW =
        l.portrait ? 0.0f
                   : std::max(widgets::measureText(font, name).x, widgets::measureText(font, ctx.view.dateTimeText).x) +
                         l.barGap;
    float roomyRow = 2 * l.barMargin + 4 * l.barGap + middleW;
    for (const std::string* label : labels) roomyRow += roomyWidth(*label);
    const bool tight = roomyRow > l.display.x;
    auto widthFor = [&](const std::string& label) {
        if (!tight) return roomyWidth(label);
        return std::max(widgets::kMinTouchTarget, widgets::measureText(font, label).x + font->FontSize * 0.4f);
    };

    // Left: 返回, 首页.
    float x = l.barMargin;
    const std::string& backLabel = s.get("topbar.back");
    const float backW = widthFor(backLabel);
    if (ctx.view.canGoBack && barButton(ImVec2(x, buttonsY), backW, h, "topbar.back", backLabel, font)) {
        ctx.actions.add(GoBack{});
    }
    x += backW + l.barGap;
    const std::string& homeLabel = s.get("topbar.home");
    const float homeW = widthFor(homeLabel);
    // At the root (the home screen) 首页, like 返回, would lead nowhere.
    if (ctx.view.canGoBack && barButton(ImVec2(x, buttonsY), homeW, h, "topbar.home", homeLabel, font)) {
        ctx.actions.add(GoHome{});
    }
    const float leftEnd = x + homeW + l.barGap;

    // Right: 朗读, then the text size.
    float right = l.display.x - l.barMargin;
    const std::string& readLabel = s.get("topbar.read_aloud");
    const float readW = widthFor(readLabel);
    right -= readW;
    if (barButton(ImVec2(right, buttonsY), readW, h, "topbar.read_aloud", readLabel, font)) {
        ctx.actions.add(ReadAloud{});
    }
    const std::string& sizeLabel = s.get(textSizeKey(ctx.view.textSize, tight));
    const float sizeW = widthFor(sizeLabel);
    right -= l.barGap + sizeW;
    if (barButton(ImVec2(right, buttonsY), sizeW, h, "topbar.text_size", sizeLabel, font)) {
        ctx.actions.add(CycleTextSize{});
    }
    // 颜色音量 opens the page with all three (size, 黑底白字, volume); not from that page itself.
    const std::string& displayLabel = s.get("topbar.display");
    const float displayW = widthFor(displayLabel);
    right -= l.barGap + displayW;
    if (barButton(ImVec2(right, buttonsY), displayW, h, "topbar.display", displayLabel, font) &&
        !ctx.view.showingDisplaySettings) {
        ctx.actions.add(OpenScreen{core::ScreenId::DisplaySettings});
    }

    // No network state here: it is a word for staff (the 运维面板 has it). Residents are told in
    // plain words where it changes what they can do (the home banner, the receipt, 查询进度).
    const ImVec2 timeSize = widgets::measureText(font, ctx.view.dateTimeText);

    // 演示模式: where the hall's name stands, a yellow label says nothing here is filed for real.
    const ImU32 nameInk = ctx.view.demoMode ? IM_COL32(0, 0, 0, 255) : onBar;
    auto demoLabel = [&](ImVec2 at) {
        if (!ctx.view.demoMode) return;
        const ImVec2 size = widgets::measureText(font, name);
        dl->AddRectFilled(ImVec2(at.x - 10, at.y - 2), ImVec2(at.x + size.x + 10, at.y + size.y + 2),
                          IM_COL32(255, 214, 0, 255), 8.0f);
    };
    if (l.portrait) {
        // Two text rows above the buttons: the hall's name; the time.
        demoLabel(ImVec2(l.barMargin, pad));
        widgets::drawText(dl, font, ImVec2(l.barMargin, pad), nameInk, name);
        widgets::drawText(dl, font, ImVec2(l.barMargin, pad + lineH), onBar, ctx.view.dateTimeText);
        return;
    }
    // Landscape: name over time in the middle.
    const float middle = (leftEnd + right - l.barGap) * 0.5f;
    const ImVec2 nameSize = widgets::measureText(font, name);
    const float top = (l.topBarHeight - lineH * 2.0f) * 0.5f;
    demoLabel(ImVec2(middle - nameSize.x * 0.5f, top));
    widgets::drawText(dl, font, ImVec2(middle - nameSize.x * 0.5f, top), nameInk, name);
    widgets::drawText(dl, font, ImVec2(middle - timeSize.x * 0.5f, top + lineH), onBar, ctx.view.dateTimeText);
}

}  // namespace kiosk::ui
