#include "ui/theme.h"

#include <imgui.h>

namespace kiosk::ui {

void applyKioskStyle() {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ItemSpacing = ImVec2(0, 0);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.AntiAliasedFill = true;
    // Thin lines smoothed by their own geometry, not by sampling lines baked into the font atlas
    // between texels: so every sample of the atlas falls on a texel's centre, and the atlas is
    // read without filtering (platform/gl_textures), which software GL does at a fraction of the
    // cost — a pixel-identical picture.
    style.AntiAliasedLinesUseTex = false;
    // The background is the GL clear colour, not a full-screen quad: software GL pays per pixel.
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Border] = ImVec4(0, 0, 0, 0);
}

}  // namespace kiosk::ui
