// What the frame loop decides from draw data alone: a repeated frame is recognised, a changed
// one is not, and the camera picture's rectangle is found and repainted by itself.
#include "ui/draw_damage.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>

namespace kiosk::ui {
namespace {

ImTextureID texture(std::intptr_t id) {
    return reinterpret_cast<ImTextureID>(id);
}

class DrawDamageTest : public ::testing::Test {
protected:
    void SetUp() override { context_ = ImGui::CreateContext(); }
    void TearDown() override { ImGui::DestroyContext(context_); }

    // A frame: a button-like rectangle at `buttonX`, and the camera picture (texture 7) at 100,100.
    ImDrawData frame(ImDrawList& list, float buttonX) {
        list._ResetForNewFrame();
        list.PushClipRect(ImVec2(0, 0), ImVec2(1920, 1080));
        list.PushTextureID(texture(1));
        list.AddRectFilled(ImVec2(buttonX, 900), ImVec2(buttonX + 200, 1000), IM_COL32(200, 0, 0, 255));
        list.AddImage(texture(7), ImVec2(100, 100), ImVec2(740, 460));
        list.AddRectFilled(ImVec2(90, 90), ImVec2(120, 120), IM_COL32(255, 210, 63, 255));  // a mark over it
        ImDrawData data;
        data.Valid = true;
        data.CmdLists = lists_;
        lists_[0] = &list;
        data.CmdListsCount = 1;
        data.DisplaySize = ImVec2(1920, 1080);
        data.FramebufferScale = ImVec2(1, 1);
        return data;
    }

    ImGuiContext* context_ = nullptr;
    ImDrawList* lists_[1] = {nullptr};
};

TEST_F(DrawDamageTest, TheSameDrawingHasTheSameSignatureAndAnyChangeAnother) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    DrawSignature first;
    DrawSignature again;
    DrawSignature moved;
    DrawSignature otherClear;
    ImDrawData a = frame(list, 1000);
    first.capture(a, ImVec4(1, 1, 1, 1));
    ImDrawData b = frame(list, 1000);
    again.capture(b, ImVec4(1, 1, 1, 1));
    EXPECT_EQ(first, again);
    ImDrawData c = frame(list, 1001);
    moved.capture(c, ImVec4(1, 1, 1, 1));
    EXPECT_NE(first, moved) << "a button one pixel to the right";
    ImDrawData d = frame(list, 1000);
    otherClear.capture(d, ImVec4(1, 0.9f, 0.9f, 1));
    EXPECT_NE(first, otherClear) << "the warning's background colour";
}

TEST_F(DrawDamageTest, ThePicturesFootprintIsItsRectangleWithinItsClip) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    ImDrawData data = frame(list, 1000);
    const auto footprint = textureFootprint(data, texture(7));
    ASSERT_TRUE(footprint.has_value());
    EXPECT_FLOAT_EQ(footprint->min.x, 100);
    EXPECT_FLOAT_EQ(footprint->min.y, 100);
    EXPECT_FLOAT_EQ(footprint->max.x, 740);
    EXPECT_FLOAT_EQ(footprint->max.y, 460);
    EXPECT_FALSE(textureFootprint(data, texture(9)).has_value()) << "a texture nothing draws with";
}

TEST_F(DrawDamageTest, ClippingRestrictsEveryCommandToTheRectangle) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    ImDrawData data = frame(list, 1000);
    clipDrawData(data, ScreenRect{ImVec2(100, 100), ImVec2(740, 460)});
    int drawn = 0;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.ElemCount == 0) continue;
        const bool empty = cmd.ClipRect.z <= cmd.ClipRect.x || cmd.ClipRect.w <= cmd.ClipRect.y;
        if (empty) continue;
        ++drawn;
        EXPECT_GE(cmd.ClipRect.x, 100);
        EXPECT_GE(cmd.ClipRect.y, 100);
        EXPECT_LE(cmd.ClipRect.z, 740);
        EXPECT_LE(cmd.ClipRect.w, 460);
    }
    EXPECT_GE(drawn, 2) << "the picture and what lies on and under it are replayed";
}

}  // namespace
}  // namespace kiosk::ui
