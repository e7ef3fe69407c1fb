#include "widgets/text.h"

#include <cfloat>

#include <imgui_internal.h>

#include "widgets/widget_registry.h"

namespace kiosk::widgets {

ImVec2 measureText(ImFont* font, std::string_view text, float wrapWidth) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrapWidth, text.data(), text.data() + text.size());
}

void drawText(ImDrawList* drawList, ImFont* font, ImVec2 pos, ImU32 color, std::string_view text, float wrapWidth) {
    currentRegistry().addText(text, font);
    // The keyboards' font lives in its own atlas (its own texture): bind it for this text only.
    const ImTextureID texture = font->ContainerAtlas->TexID;
    const bool otherAtlas = texture != drawList->_CmdHeader.TextureId;
    if (otherAtlas) drawList->PushTextureID(texture);
    drawList->AddText(font, font->FontSize, pos, color, text.data(), text.data() + text.size(), wrapWidth);
    if (otherAtlas) drawList->PopTextureID();
}

void drawTextCentered(ImDrawList* drawList, ImFont* font, ImVec2 min, ImVec2 max, ImU32 color, std::string_view text) {
    const float width = max.x - min.x;
    const ImVec2 size = measureText(font, text, width);
    const ImVec2 pos(min.x + (width - size.x) * 0.5f, min.y + (max.y - min.y - size.y) * 0.5f);
    // Wrapped lines are left-aligned by ImGui; short labels (the usual case) centre exactly.
    drawText(drawList, font, pos, color, text, size.x < width ? 0.0f : width);
}

void textBlock(ImFont* font, ImU32 color, std::string_view text, float wrapWidth) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 pos = window->DC.CursorPos;
    if (wrapWidth <= 0.0f) wrapWidth = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = measureText(font, text, wrapWidth);
    drawText(window->DrawList, font, pos, color, text, wrapWidth);
    ImGui::ItemSize(size);
}

}  // namespace kiosk::widgets
