#include "widgets/chip.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {

float chipWidth(ImFont* font, std::string_view label) {
    return std::max(kMinTouchTarget * 1.2f, measureText(font, label).x + font->FontSize);
}

float chipHeight(ImFont* font) {
    return std::max(kMinTouchTarget, std::round(font->FontSize * 1.5f));
}

int chipRowsIn(float height, ImFont* font) {
    return static_cast<int>(std::floor((height + kTouchSpacing) / (chipHeight(font) + kTouchSpacing)));
}

namespace {

// One chip in `bb`; true on the release frame.
bool drawChip(ImGuiWindow* window, const std::string& id, const std::string& label, const ImRect& bb, bool isSelected,
              ImFont* font) {
    const ImGuiID gid = window->GetID(id.c_str());
    ImGui::ItemSize(ImVec2(0, 0));  // layout is ours; the group/cursor is set by the row
    if (!addTouchTarget(id, label, bb.Min, bb.Max, gid)) return false;
    bool hovered = false;
    bool held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held);
    const float height = bb.GetHeight();
    const std::uint32_t fill = isSelected ? theme().primary : (held ? theme().secondaryPressed : theme().surface);
    const std::uint32_t ink = isSelected ? theme().onPrimary : theme().text;
    fillRoundedRect(*window->DrawList, bb.Min, bb.Max, toImColor(fill), height * 0.5f);
    window->DrawList->AddRect(bb.Min, bb.Max, toImColor(isSelected ? theme().primaryPressed : theme().border),
                              height * 0.5f, 0, isSelected ? 4.0f : 2.0f);
    drawTextCentered(window->DrawList, font, bb.Min, bb.Max, toImColor(ink), label);
    return pressed;
}

std::string chipLabel(const ChipItem& item, bool isSelected, std::string_view selectedMark) {
    return isSelected ? std::string(selectedMark) + item.label : item.label;
}

}  // namespace

int chipRow(const std::vector<ChipItem>& items, int selected, float maxWidth, ImFont* font,
            std::string_view selectedMark) {
    std::vector<bool> chosen(items.size(), false);
    if (selected >= 0 && static_cast<std::size_t>(selected) < items.size())
        chosen[static_cast<std::size_t>(selected)] = true;
    return chipRowOfMany(items, chosen, maxWidth, font, selectedMark);
}

int chipRowsNeeded(const std::vector<ChipItem>& items, int selected, float maxWidth, ImFont* font,
                   std::string_view selectedMark) {
    float x = 0;
    int rows = items.empty() ? 0 : 1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const float width = chipWidth(font, chipLabel(items[i], static_cast<int>(i) == selected, selectedMark));
        if (x > 0 && x + width > maxWidth) {
            x = 0;
            ++rows;
        }
        x += width + kTouchSpacing;
    }
    return rows;
}

int chipRowOfMany(const std::vector<ChipItem>& items, const std::vector<bool>& selected, float maxWidth, ImFont* font,
                  std::string_view selectedMark) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 origin = window->DC.CursorPos;
    const float height = chipHeight(font);
    float x = origin.x;
    float y = origin.y;
    int tapped = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const bool isSelected = i < selected.size() && selected[i];
        const std::string label = chipLabel(items[i], isSelected, selectedMark);
        const float width = chipWidth(font, label);
        if (x > origin.x && x + width > origin.x + maxWidth) {
            x = origin.x;
            y += height + kTouchSpacing;
        }
        if (drawChip(window, items[i].id, label, ImRect(ImVec2(x, y), ImVec2(x + width, y + height)), isSelected,
                     font)) {
            tapped = static_cast<int>(i);
        }
        x += width + kTouchSpacing;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y + height));
    ImGui::Dummy(ImVec2(maxWidth, 0));
    return tapped;
}

int pagedChipRow(const std::vector<ChipItem>& items, int selected, float maxWidth, int maxRows, ImFont* font,
                 std::string_view selectedMark, const std::string& moreLabel, int& firstItem) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 origin = window->DC.CursorPos;
    const float height = chipHeight(font);
    maxRows = std::max(1, maxRows);
    if (firstItem < 0 || firstItem >= static_cast<int>(items.size())) firstItem = 0;

    // Which items fit from `first` in maxRows rows, keeping room for the 更多 chip when some are left.
    auto fit = [&](std::size_t first, bool reserveMore) {
        float x = 0;
        int row = 0;
        std::size_t i = first;
        for (; i < items.size(); ++i) {
            const float w = chipWidth(font, chipLabel(items[i], static_cast<int>(i) == selected, selectedMark));
            if (x > 0 && x + w > maxWidth) {
                if (++row == maxRows) break;
                x = 0;
            }
            const bool lastRow = row == maxRows - 1;
            if (reserveMore && lastRow && x + w + kTouchSpacing + chipWidth(font, moreLabel) > maxWidth &&
                i + 1 < items.size()) {
                break;
            }
            x += w + kTouchSpacing;
        }
        return i;  // one past the last that fits
    };
    std::size_t end = fit(static_cast<std::size_t>(firstItem), false);
    const bool paged = end < items.size() || firstItem > 0;
    if (paged) end = std::max(static_cast<std::size_t>(firstItem) + 1, fit(static_cast<std::size_t>(firstItem), true));

    float x = origin.x;
    float y = origin.y;
    int tapped = -1;
    auto place = [&](float w) {
        if (x > origin.x && x + w > origin.x + maxWidth) {
            x = origin.x;
            y += height + kTouchSpacing;
        }
        const ImRect bb(ImVec2(x, y), ImVec2(x + w, y + height));
        x += w + kTouchSpacing;
        return bb;
    };
    for (std::size_t i = static_cast<std::size_t>(firstItem); i < end; ++i) {
        const bool isSelected = static_cast<int>(i) == selected;
        const std::string label = chipLabel(items[i], isSelected, selectedMark);
        if (drawChip(window, items[i].id, label, place(chipWidth(font, label)), isSelected, font)) {
            tapped = static_cast<int>(i);
        }
    }
    if (paged) {
        // 更多 shows the next page, and from the last page goes back to the first.
        const std::string id = items.empty() ? std::string("chips.more") : items.front().id + ".more";
        if (drawChip(window, id, moreLabel, place(chipWidth(font, moreLabel)), false, font)) {
            firstItem = end < items.size() ? static_cast<int>(end) : 0;
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y + height));
    ImGui::Dummy(ImVec2(maxWidth, 0));
    return tapped;
}

}  // namespace kiosk::widgets
