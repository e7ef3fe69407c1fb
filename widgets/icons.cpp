#include "widgets/icons.h"

#include <algorithm>
#include <cmath>

#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/rounded_fill.h"
#include "widgets/text.h"
#include "widgets/touch_area.h"

namespace kiosk::widgets {

Icon iconFromName(std::string_view name) {
    if (name == "report") return Icon::Report;
    if (name == "progress") return Icon::Progress;
    if (name == "scan") return Icon::Scan;
    if (name == "disclosure") return Icon::Disclosure;
    if (name == "keyboard") return Icon::Keyboard;
    return Icon::None;
}

void drawIcon(ImDrawList* dl, Icon icon, ImVec2 c, float size, ImU32 color) {
    const float s = size;
    const float stroke = std::max(3.0f, s * 0.06f);
    switch (icon) {
        case Icon::Disclosure: {
            // A page with three lines of text...
            const ImVec2 pageMin(c.x - s * 0.38f, c.y - s * 0.5f);
            const ImVec2 pageMax(c.x + s * 0.22f, c.y + s * 0.4f);
            dl->AddRect(pageMin, pageMax, color, s * 0.05f, 0, stroke);
            for (int i = 0; i < 3; ++i) {
                const float y = pageMin.y + s * (0.22f + 0.18f * static_cast<float>(i));
                dl->AddLine(ImVec2(pageMin.x + s * 0.1f, y), ImVec2(pageMax.x - s * 0.12f, y), color, stroke * 0.8f);
            }
            // ...and a magnifying glass over its corner.
            const ImVec2 lens(c.x + s * 0.18f, c.y + s * 0.18f);
            dl->AddCircleFilled(lens, s * 0.2f, toImColor(theme().surface));
            dl->AddCircle(lens, s * 0.2f, color, 32, stroke);
            dl->AddLine(ImVec2(lens.x + s * 0.14f, lens.y + s * 0.14f), ImVec2(lens.x + s * 0.32f, lens.y + s * 0.32f),
                        color, stroke * 1.4f);
            break;
        }
        case Icon::Keyboard: {
            // A keyboard: an outline with two rows of keys and a space bar...
            const ImVec2 kbMin(c.x - s * 0.55f, c.y - s * 0.1f);
            const ImVec2 kbMax(c.x + s * 0.35f, c.y + s * 0.45f);
            dl->AddRect(kbMin, kbMax, color, s * 0.06f, 0, stroke);
            const float key = s * 0.09f;
            for (int row = 0; row < 2; ++row) {
                for (int i = 0; i < 5; ++i) {
                    const ImVec2 k(kbMin.x + s * (0.1f + 0.155f * static_cast<float>(i)),
                                   kbMin.y + s * (0.09f + 0.14f * static_cast<float>(row)));
                    dl->AddRectFilled(k, ImVec2(k.x + key, k.y + key), color);
                }
            }
            dl->AddLine(ImVec2(kbMin.x + s * 0.25f, kbMax.y - s * 0.11f),
                        ImVec2(kbMax.x - s * 0.25f, kbMax.y - s * 0.11f), color, stroke);
            // ...and a pen above it, for handwriting.
            dl->AddLine(ImVec2(c.x + s * 0.05f, c.y - s * 0.22f), ImVec2(c.x + s * 0.45f, c.y - s * 0.55f), color,
                        stroke * 1.8f);
            dl->AddTriangleFilled(ImVec2(c.x + s * 0.05f, c.y - s * 0.22f), ImVec2(c.x + s * 0.02f, c.y - s * 0.14f),
                                  ImVec2(c.x + s * 0.11f, c.y - s * 0.17f), color);
            break;
        }
        case Icon::Report: {
            // A speech bubble (its tail at the lower left) holding an exclamation mark.
            const ImVec2 bubbleMin(c.x - s * 0.5f, c.y - s * 0.45f);
            const ImVec2 bubbleMax(c.x + s * 0.5f, c.y + s * 0.25f);
            dl->AddRect(bubbleMin, bubbleMax, color, s * 0.12f, 0, stroke);
            dl->AddTriangleFilled(ImVec2(c.x - s * 0.32f, bubbleMax.y - stroke * 0.5f),
                                  ImVec2(c.x - s * 0.08f, bubbleMax.y - stroke * 0.5f),
                                  ImVec2(c.x - s * 0.38f, c.y + s * 0.5f), color);
            dl->AddLine(ImVec2(c.x, c.y - s * 0.32f), ImVec2(c.x, c.y - s * 0.02f), color, stroke * 1.5f);
            dl->AddCircleFilled(ImVec2(c.x, c.y + s * 0.1f), stroke * 0.9f, color);
            break;
        }
        case Icon::Progress: {
            // A case's road: three stations on a line, the first two reached, the last ticked off.
            const float y = c.y - s * 0.05f;
            const float r = s * 0.13f;
            const float xs[3] = {c.x - s * 0.42f, c.x, c.x + s * 0.42f};
            dl->AddLine(ImVec2(xs[0], y), ImVec2(xs[2], y), color, stroke * 1.2f);
            dl->AddCircleFilled(ImVec2(xs[0], y), r, color);
            dl->AddCircleFilled(ImVec2(xs[1], y), r, color);
            dl->AddCircleFilled(ImVec2(xs[2], y), r * 1.6f, toImColor(theme().surface));
            dl->AddCircle(ImVec2(xs[2], y), r * 1.6f, color, 32, stroke);
            dl->AddLine(ImVec2(xs[2] - r * 0.8f, y), ImVec2(xs[2] - r * 0.15f, y + r * 0.7f), color, stroke * 1.2f);
            dl->AddLine(ImVec2(xs[2] - r * 0.15f, y + r * 0.7f), ImVec2(xs[2] + r * 0.95f, y - r * 0.8f), color,
                        stroke * 1.2f);
            // Dates under the stations.
            for (float x : xs) {
                dl->AddLine(ImVec2(x - s * 0.1f, c.y + s * 0.35f), ImVec2(x + s * 0.1f, c.y + s * 0.35f), color,
                            stroke * 0.8f);
            }
            break;
        }
        case Icon::Scan: {
            // The corners of a viewfinder around a QR code's three finder squares.
            const float h = s * 0.5f;
            const float arm = s * 0.22f;
            for (int i = 0; i < 4; ++i) {
                const float sx = (i & 1) ? 1.0f : -1.0f;
                const float sy = (i & 2) ? 1.0f : -1.0f;
                const ImVec2 corner(c.x + sx * h, c.y + sy * h);
                dl->AddLine(corner, ImVec2(corner.x - sx * arm, corner.y), color, stroke * 1.2f);
                dl->AddLine(corner, ImVec2(corner.x, corner.y - sy * arm), color, stroke * 1.2f);
            }
            const float f = s * 0.2f;
            const ImVec2 finders[3] = {ImVec2(c.x - s * 0.3f, c.y - s * 0.3f), ImVec2(c.x + s * 0.1f, c.y - s * 0.3f),
                                       ImVec2(c.x - s * 0.3f, c.y + s * 0.1f)};
            for (const ImVec2& p : finders) {
                dl->AddRect(p, ImVec2(p.x + f, p.y + f), color, 0, 0, stroke);
                dl->AddRectFilled(ImVec2(p.x + f * 0.3f, p.y + f * 0.3f), ImVec2(p.x + f * 0.7f, p.y + f * 0.7f),
                                  color);
            }
            dl->AddRectFilled(ImVec2(c.x + s * 0.14f, c.y + s * 0.14f), ImVec2(c.x + s * 0.24f, c.y + s * 0.24f),
                              color);
            break;
        }
        case Icon::Guide: {
            // An open book: two pages from a spine, lines of text on each.
            const float top = c.y - s * 0.38f;
            const float bottom = c.y + s * 0.38f;
            const float dip = s * 0.08f;  // the pages sag towards the spine
            for (float side : {-1.0f, 1.0f}) {
                const ImVec2 outerTop(c.x + side * s * 0.5f, top);
                const ImVec2 outerBottom(c.x + side * s * 0.5f, bottom);
                dl->AddLine(ImVec2(c.x, top + dip), outerTop, color, stroke);
                dl->AddLine(outerTop, outerBottom, color, stroke);
                dl->AddLine(outerBottom, ImVec2(c.x, bottom + dip), color, stroke);
                for (int i = 0; i < 3; ++i) {
                    const float y = top + dip + s * (0.16f + 0.17f * static_cast<float>(i));
                    dl->AddLine(ImVec2(c.x + side * s * 0.1f, y), ImVec2(c.x + side * s * 0.4f, y - dip * 0.6f), color,
                                stroke * 0.8f);
                }
            }
            dl->AddLine(ImVec2(c.x, top + dip), ImVec2(c.x, bottom + dip), color, stroke);
            break;
        }
        case Icon::None:
        default: break;
    }
}

}  // namespace kiosk::widgets

namespace kiosk::widgets {

IconTileLayout iconTileLayout(ImVec2 size, std::string_view label, ImFont* font) {
    // Above: the label takes one line of its font at the bottom, the icon the height above it.
    const float pad = std::round(font->FontSize * 0.25f);
    const float iconRoom = size.y - pad * 2 - font->FontSize * 1.15f;
    const float above = std::min(iconRoom * 0.8f, size.x * 0.5f);
    const float least = font->FontSize * 0.5f;
    if (above >= least) return {IconPlace::Above, above};
    // Beside: an icon of the word's height, left of it, the two centred together.
    const float beside = std::min(font->FontSize * 0.9f, size.y - pad * 2);
    const float needs = pad * 4 + beside + pad + measureText(font, label).x;
    if (beside >= least && needs <= size.x) return {IconPlace::Beside, beside};
    return {};
}

bool iconTile(std::string_view id, std::string_view label, Icon icon, ImVec2 size, ImFont* font) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    ImGui::Dummy(size);  // reserve the space in the layout
    bool held = false;
    const bool pressed = touchTarget(id, label, min, max, 0 /* click on release */, &held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = std::min(size.y * 0.1f, 24.0f);
    fillRoundedRect(*dl, min, max, toImColor(held ? theme().secondaryPressed : theme().surface), rounding);
    dl->AddRect(min, max, toImColor(theme().border), rounding, 0, 3.0f);
    const IconTileLayout layout = icon == Icon::None ? IconTileLayout{} : iconTileLayout(size, label, font);
    const ImU32 ink = toImColor(theme().text);
    const ImU32 iconColor = toImColor(theme().primary);
    const float pad = std::round(font->FontSize * 0.25f);
    switch (layout.place) {
        case IconPlace::Above: {
            const float labelTop = max.y - pad - font->FontSize * 1.15f;
            drawIcon(dl, icon, ImVec2(min.x + size.x * 0.5f, min.y + pad + (labelTop - min.y - pad) * 0.5f),
                     layout.iconSize, iconColor);
            drawTextCentered(dl, font, ImVec2(min.x, labelTop), ImVec2(max.x, max.y - pad), ink, label);
            break;
        }
        case IconPlace::Beside: {
            const float labelW = measureText(font, label).x;
            const float left = min.x + (size.x - layout.iconSize - pad - labelW) * 0.5f;
            const float middle = min.y + size.y * 0.5f;
            drawIcon(dl, icon, ImVec2(left + layout.iconSize * 0.5f, middle), layout.iconSize, iconColor);
            const float labelLeft = left + layout.iconSize + pad;
            drawTextCentered(dl, font, ImVec2(labelLeft, min.y), ImVec2(labelLeft + labelW, max.y), ink, label);
            break;
        }
        case IconPlace::None: drawTextCentered(dl, font, min, max, ink, label); break;
    }
    return pressed;
}

}  // namespace kiosk::widgets
