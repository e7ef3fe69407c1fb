#include "widgets/kinetic_list.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

constexpr float kFriction = 4.0f;       // 1/s: a fling slows to a stop in about a second
constexpr float kStopVelocity = 30.0f;  // px/s

void updateDragAndMomentum(KineticScroll& s, const ImRect& area, float maxOffset) {
    const ImGuiIO& io = ImGui::GetIO();
    const float dt = std::max(io.DeltaTime, 1.0f / 240.0f);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && area.Contains(io.MousePos)) {
        s.pressed = true;
        s.dragging = false;
        s.velocity = 0;  // a touch stops a fling
        s.pressY = s.lastY = io.MousePos.y;
        s.pressOffset = s.offset;
    }
    if (s.pressed && io.MouseDown[0]) {
        if (!s.dragging && std::fabs(io.MousePos.y - s.pressY) > kDragThreshold) {
            s.dragging = true;
            ImGui::ClearActiveID();  // the row under the finger must not click when it lifts
        }
        if (s.dragging) {
            s.offset = s.pressOffset - (io.MousePos.y - s.pressY);
            s.velocity = -(io.MousePos.y - s.lastY) / dt;
            if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
        }
        s.lastY = io.MousePos.y;
    } else if (s.pressed) {
        s.pressed = false;
        if (!s.dragging) s.velocity = 0;
        s.dragging = false;
    } else if (s.velocity != 0) {
        s.offset += s.velocity * dt;
        s.velocity *= std::exp(-kFriction * dt);
        if (std::fabs(s.velocity) < kStopVelocity) s.velocity = 0;
    }
    if (s.offset < 0 || s.offset > maxOffset) s.velocity = 0;
    s.offset = std::clamp(s.offset, 0.0f, maxOffset);
}

std::string pageCountText(const std::string& pattern, int page, int pages) {
    std::string text = pattern;
    const auto put = [&](const std::string& slot, int value) {
        const auto at = text.find(slot);
        if (at != std::string::npos) text.replace(at, slot.size(), std::to_string(value));
    };
    put("{0}", page);
    put("{1}", pages);
    return text;
}

}  // namespace

PagedBox pagedBox(ImVec2 origin, ImVec2 size, ImFont* buttonFont, bool buttonsBelow) {
    PagedBox box;
    box.origin = origin;
    box.size = size;
    box.buttonsBelow = buttonsBelow;
    box.sideWidth = std::max(kMinTouchTarget * 2.0f, buttonFont->FontSize * 4.5f);
    box.belowHeight = std::max(kMinTouchTarget, std::round(buttonFont->FontSize * 1.9f));
    box.room = ImVec2(buttonsBelow ? size.x : size.x - box.sideWidth - kTouchSpacing,
                      buttonsBelow ? size.y - box.belowHeight - kTouchSpacing : size.y);
    return box;
}

float pageControlsLeastHeight(const PagedBox& box, ImFont* font) {
    return box.buttonsBelow ? 0.0f : font->FontSize * 2.6f + (kMinTouchTarget + kTouchSpacing) * 2.0f;
}

int pageControls(const std::string& id, const PagedBox& box, float areaHeight, PagePosition at,
                 const KineticListLabels& labels, ImFont* font) {
    if (at.pages <= 1) return 0;
    const ImVec2 origin = box.origin;
    const float countH = font->FontSize * 2.6f;  // pageControlsLeastHeight counts on this
    ImVec2 buttonSize, upPos, downPos, countMin, countMax;
    if (box.buttonsBelow) {
        buttonSize = ImVec2((box.size.x - kTouchSpacing * 2) / 3.0f, box.belowHeight);
        upPos = ImVec2(origin.x, origin.y + areaHeight + kTouchSpacing);
        downPos = ImVec2(origin.x + box.size.x - buttonSize.x, upPos.y);
        countMin = ImVec2(upPos.x + buttonSize.x, upPos.y);
        countMax = ImVec2(downPos.x, upPos.y + box.belowHeight);
    } else {
        // Beside a list of one or two rows the count and both buttons need more than its height:
        // they take what they need below it, within the box's own height.
        const float height = std::max(areaHeight, std::min(box.size.y, pageControlsLeastHeight(box, font)));
        buttonSize = ImVec2(
            box.sideWidth,
            std::max(kMinTouchTarget, std::min(kMinTouchTarget * 2.5f, (height - countH) * 0.5f - kTouchSpacing)));
        upPos = ImVec2(origin.x + box.room.x + kTouchSpacing, origin.y);
        downPos = ImVec2(upPos.x, origin.y + height - buttonSize.y);
        countMin = ImVec2(upPos.x, upPos.y + buttonSize.y);
        countMax = ImVec2(upPos.x + box.sideWidth, downPos.y);
    }
    int moved = 0;
    // Ends that cannot move are not drawn as buttons, so nothing pretends to work.
    if (at.canGoUp) {
        ImGui::SetCursorScreenPos(upPos);
        if (bigButton(id + ".page_up", labels.pageUp, buttonSize, ButtonKind::Secondary, font)) moved = -1;
    }
    if (at.canGoDown) {
        ImGui::SetCursorScreenPos(downPos);
        if (bigButton(id + ".page_down", labels.pageDown, buttonSize, ButtonKind::Secondary, font)) moved = 1;
    }
    drawTextCentered(ImGui::GetWindowDrawList(), font, countMin, countMax, toImColor(theme().text),
                     pageCountText(labels.pageOf, at.page, at.pages));
    return moved;
}

// The column's count and buttons stand closer than under a list: they share the column with a
// QR code and its sentence.
namespace {
float columnCountHeight(ImFont* font) {
    return std::round(font->FontSize * 1.25f);
}
float columnButtonHeight(ImFont* font) {
    return std::max(kMinTouchTarget, std::round(font->FontSize * 1.6f));
}
}  // namespace

float pageControlsInColumnHeight(ImFont* font) {
    return columnCountHeight(font) + kTouchSpacing * 0.5f + columnButtonHeight(font);
}

float pageControlsInColumnLeastWidth(const KineticListLabels& labels, ImFont* font) {
    // A label keeps half a character of margin on each side inside its button.
    const float label = std::max(measureText(font, labels.pageUp).x, measureText(font, labels.pageDown).x);
    return std::max(label + font->FontSize, kMinTouchTarget) * 2.0f + kTouchSpacing;
}

int pageControlsInColumn(const std::string& id, ImVec2 min, float width, PagePosition at,
                         const KineticListLabels& labels, ImFont* font) {
    if (at.pages <= 1) return 0;
    const float countH = columnCountHeight(font);
    drawTextCentered(ImGui::GetWindowDrawList(), font, min, ImVec2(min.x + width, min.y + countH),
                     toImColor(theme().text), pageCountText(labels.pageOf, at.page, at.pages));
    const ImVec2 buttonSize((width - kTouchSpacing) * 0.5f,
                            std::max(kMinTouchTarget, std::round(font->FontSize * 1.9f)));
    const float buttonsY = min.y + countH + kTouchSpacing * 0.5f;
    int moved = 0;
    // Ends that cannot move are not drawn as buttons; ▲ keeps the left and ▼ the right either way.
    if (at.canGoUp) {
        ImGui::SetCursorScreenPos(ImVec2(min.x, buttonsY));
        if (bigButton(id + ".page_up", labels.pageUp, buttonSize, ButtonKind::Secondary, font)) moved = -1;
    }
    if (at.canGoDown) {
        ImGui::SetCursorScreenPos(ImVec2(min.x + width - buttonSize.x, buttonsY));
        if (bigButton(id + ".page_down", labels.pageDown, buttonSize, ButtonKind::Secondary, font)) moved = 1;
    }
    return moved;
}

void kineticList(const std::string& id, ImVec2 size, int rowCount, float rowHeight, KineticScroll& scroll,
                 const KineticListLabels& labels, ImFont* buttonFont, bool buttonsBelow,
                 const std::function<void(int row, ImVec2 min, ImVec2 max)>& drawRow, float columnReserve) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 origin = window->DC.CursorPos;
    const PagedBox box = pagedBox(origin, size, buttonFont, buttonsBelow);
    // The box holds whole rows (at least one).
    const int rowsShown = std::max(1, static_cast<int>(std::floor((box.room.y + 0.5f) / rowHeight)));
    const float areaW = box.room.x;
    const ImRect area(origin, ImVec2(origin.x + areaW, origin.y + static_cast<float>(rowsShown) * rowHeight));
    const float maxOffset = static_cast<float>(std::max(0, rowCount - rowsShown)) * rowHeight;
    const float page = static_cast<float>(rowsShown) * rowHeight;

    ImGui::PushID(id.c_str());
    updateDragAndMomentum(scroll, area, maxOffset);
    if (!scroll.pressed && scroll.velocity == 0.0f) {
        scroll.offset = std::clamp(std::round(scroll.offset / rowHeight) * rowHeight, 0.0f, maxOffset);
    }

    // Only the rows that can be seen are drawn.
    ImGui::PushClipRect(area.Min, area.Max, true);
    const int first = std::max(0, static_cast<int>(scroll.offset / rowHeight));
    const int last = std::min(rowCount, static_cast<int>(std::ceil((scroll.offset + area.GetHeight()) / rowHeight)));
    for (int row = first; row < last; ++row) {
        const float y = area.Min.y + static_cast<float>(row) * rowHeight - scroll.offset;
        ImGui::PushID(row);
        drawRow(row, ImVec2(area.Min.x, y), ImVec2(area.Max.x, y + rowHeight));
        ImGui::PopID();
    }
    ImGui::PopClipRect();
    // The box's outline over the rows: a filled row drawn after it would hide its inner half.
    window->DrawList->AddRect(area.Min, area.Max, toImColor(theme().border), 0, 0, 2.0f);
    currentRegistry().addWidget(id, id, area.Min, area.Max);

    const int pages = (rowCount + rowsShown - 1) / rowsShown;
    const int shown = scroll.offset >= maxOffset - 0.5f
                          ? pages
                          : std::min(pages, static_cast<int>(std::floor(scroll.offset / page + 0.5f)) + 1);
    const PagePosition at{shown, pages, scroll.offset > 0.5f, scroll.offset < maxOffset - 0.5f};
    PagedBox controls = box;
    if (!box.buttonsBelow) controls.size.y = std::max(0.0f, box.size.y - columnReserve);
    const int moved = pageControls(id, controls, std::min(area.GetHeight(), controls.size.y), at, labels, buttonFont);
    if (moved != 0) {
        scroll.velocity = 0;
        scroll.offset = std::clamp(scroll.offset + static_cast<float>(moved) * page, 0.0f, maxOffset);
    }
    ImGui::PopID();
    // Below the list: its size, or its box where one whole row is taller than that (what follows
    // must not be drawn over the row).
    const float boxBottom = area.Max.y + (box.buttonsBelow ? kTouchSpacing + box.belowHeight : 0.0f);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(origin.y + size.y, boxBottom)));
    ImGui::Dummy(ImVec2(size.x, 0));
}

}  // namespace kiosk::widgets
