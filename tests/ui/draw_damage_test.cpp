// What the frame loop decides from draw data alone: a repeated frame is recognised, a changed
// one is not, the window that changed gives the rectangle to repaint (the slogan strip), and the
// camera picture's rectangle is found and repainted by itself.
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

// The unattended display: the screen's window, and the slogan strip's window (y 700..790) whose
// text stands at `textX`.
ImDrawData screenAndStrip(ImDrawList* (&lists)[2], ImDrawList& screen, ImDrawList& strip, float textX,
                          float buttonX = 1000) {
    screen._ResetForNewFrame();
    screen.PushClipRect(ImVec2(0, 0), ImVec2(1920, 1080));
    screen.PushTextureID(texture(1));
    screen.AddRectFilled(ImVec2(buttonX, 900), ImVec2(buttonX + 200, 1000), IM_COL32(200, 0, 0, 255));
    strip._ResetForNewFrame();
    strip.PushClipRect(ImVec2(0, 700), ImVec2(1920, 790));
    strip.PushTextureID(texture(1));
    strip.AddRectFilled(ImVec2(0, 700), ImVec2(1920, 790), IM_COL32(255, 212, 121, 255));
    strip.AddRectFilled(ImVec2(textX, 720), ImVec2(textX + 3000, 770), IM_COL32(16, 35, 63, 255));  // the text
    ImDrawData data;
    data.Valid = true;
    lists[0] = &screen;
    lists[1] = &strip;
    data.CmdLists = lists;
    data.CmdListsCount = 2;
    data.DisplaySize = ImVec2(1920, 1080);
    data.FramebufferScale = ImVec2(1, 1);
    return data;
}

TEST_F(DrawDamageTest, WhenOnlyTheStripsTextMovesOnlyTheTextsBandIsRepainted) {
    ImDrawList screen(ImGui::GetDrawListSharedData());
    ImDrawList strip(ImGui::GetDrawListSharedData());
    ImDrawList* lists[2] = {nullptr, nullptr};
    DrawSignature before;
    DrawSignature after;
    ImDrawData a = screenAndStrip(lists, screen, strip, 0);
    before.capture(a, ImVec4(0, 0, 0, 1));
    ImDrawData b = screenAndStrip(lists, screen, strip, -3);
    after.capture(b, ImVec4(0, 0, 0, 1));
    const auto area = changedArea(before, after);
    ASSERT_TRUE(area.has_value());
    EXPECT_FLOAT_EQ(area->min.x, 0);
    EXPECT_FLOAT_EQ(area->min.y, 720) << "the strip's background did not change: the text's band only";
    EXPECT_FLOAT_EQ(area->max.x, 1920);
    EXPECT_FLOAT_EQ(area->max.y, 770);

    ImDrawData c = screenAndStrip(lists, screen, strip, -3);
    before.capture(c, ImVec4(0, 0, 0, 1));
    EXPECT_FALSE(changedArea(after, before).has_value()) << "the same frame again";

    ImDrawData d = screenAndStrip(lists, screen, strip, -6, 1001);
    before.capture(d, ImVec4(0, 0, 0, 1));
    const auto both = changedArea(after, before);
    ASSERT_TRUE(both.has_value());
    EXPECT_FLOAT_EQ(both->min.y, 720) << "the text's band";
    EXPECT_FLOAT_EQ(both->max.y, 1000) << "and the button that moved in the screen's window";
    EXPECT_FLOAT_EQ(both->min.x, 0);
    EXPECT_FLOAT_EQ(both->max.x, 1920);
}

// The home screen is one window: a pressed tile changes its own few triangles in it.
TEST_F(DrawDamageTest, APressedButtonRepaintsTheButtonNotItsWindow) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    ImDrawList* lists[1] = {&list};
    const auto home = [&](ImU32 tileColour, bool pressedFrame) {
        list._ResetForNewFrame();
        list.PushClipRect(ImVec2(0, 0), ImVec2(1920, 1080));
        list.PushTextureID(texture(1));
        list.AddRectFilled(ImVec2(0, 0), ImVec2(1920, 120), IM_COL32(20, 60, 120, 255));  // the top bar
        list.AddRectFilled(ImVec2(100, 300), ImVec2(600, 700), tileColour);               // the tile
        if (pressedFrame) list.AddRect(ImVec2(96, 296), ImVec2(604, 704), IM_COL32(255, 210, 63, 255), 0, 0, 4);
        list.AddRectFilled(ImVec2(700, 300), ImVec2(1200, 700), IM_COL32(200, 200, 200, 255));  // others
        list.AddRectFilled(ImVec2(1300, 300), ImVec2(1800, 700), IM_COL32(200, 200, 200, 255));
        ImDrawData data;
        data.Valid = true;
        data.CmdLists = lists;
        data.CmdListsCount = 1;
        data.DisplaySize = ImVec2(1920, 1080);
        data.FramebufferScale = ImVec2(1, 1);
        return data;
    };
    DrawSignature still;
    DrawSignature pressed;
    ImDrawData a = home(IM_COL32(255, 255, 255, 255), false);
    still.capture(a, ImVec4(1, 1, 1, 1));
    // Pressed: a darker tile with a ring round it (more triangles: the ones after it shift).
    ImDrawData b = home(IM_COL32(230, 230, 230, 255), true);
    pressed.capture(b, ImVec4(1, 1, 1, 1));
    const auto area = changedArea(still, pressed);
    ASSERT_TRUE(area.has_value());
    EXPECT_GE(area->min.x, 90);
    EXPECT_GE(area->min.y, 290);
    EXPECT_LE(area->max.x, 610) << "the tiles beside it are drawn the same, only later in the list";
    EXPECT_LE(area->max.y, 710);
    EXPECT_LE(area->min.x, 96);
    EXPECT_GE(area->max.x, 604) << "the ring itself";
    const auto released = changedArea(pressed, still);
    ASSERT_TRUE(released.has_value());
    EXPECT_LE(released->min.x, 96) << "where the ring was is repainted when it goes";
    EXPECT_LE(released->max.x, 610);
}

TEST_F(DrawDamageTest, AWindowComingOrGoingRepaintsTheWholeScreen) {
    ImDrawList screen(ImGui::GetDrawListSharedData());
    ImDrawList strip(ImGui::GetDrawListSharedData());
    ImDrawList* lists[2] = {nullptr, nullptr};
    DrawSignature withStrip;
    DrawSignature without;
    ImDrawData a = screenAndStrip(lists, screen, strip, 0);
    withStrip.capture(a, ImVec4(0, 0, 0, 1));
    a.CmdListsCount = 1;  // the strip is gone (a resident woke the kiosk)
    without.capture(a, ImVec4(0, 0, 0, 1));
    const auto area = changedArea(withStrip, without);
    ASSERT_TRUE(area.has_value());
    EXPECT_FLOAT_EQ(area->area(), 1920.0f * 1080.0f);
    EXPECT_FLOAT_EQ(changedArea(DrawSignature{}, without)->area(), 1920.0f * 1080.0f) << "the first frame";
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

// A pressed tile repaints the tile, but ImGui holds the whole screen's text in one command: what
// lies wholly outside the part is left out of it, what reaches into it stays, in order.
TEST_F(DrawDamageTest, TrianglesWhollyOutsideThePartAreLeftOutOfTheirCommands) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect(ImVec2(0, 0), ImVec2(1920, 1080));
    list.PushTextureID(texture(1));
    list.AddRectFilled(ImVec2(10, 10), ImVec2(60, 60), IM_COL32(1, 0, 0, 255));        // far away
    list.AddRectFilled(ImVec2(500, 500), ImVec2(560, 540), IM_COL32(2, 0, 0, 255));    // inside
    list.AddRectFilled(ImVec2(590, 520), ImVec2(700, 600), IM_COL32(3, 0, 0, 255));    // reaching in
    list.AddRectFilled(ImVec2(1500, 900), ImVec2(1600, 990), IM_COL32(4, 0, 0, 255));  // far away
    ASSERT_EQ(list.CmdBuffer.Size, 1) << "one command, as ImGui draws a window's shapes and text";
    ImDrawData data;
    data.Valid = true;
    lists_[0] = &list;
    data.CmdLists = lists_;
    data.CmdListsCount = 1;
    data.DisplaySize = ImVec2(1920, 1080);
    const ImVector<ImDrawIdx> given = list.IdxBuffer;

    clipDrawData(data, ScreenRect{ImVec2(480, 480), ImVec2(600, 560)});
    dropTrianglesOutsideClip(data);
    const ImDrawCmd& cmd = list.CmdBuffer[0];
    ASSERT_EQ(cmd.ElemCount, 12u) << "the two rectangles that reach the part, two triangles each";
    for (unsigned int e = 0; e < cmd.ElemCount; ++e) {
        EXPECT_EQ(list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e)], given[static_cast<int>(6 + e)])
            << "the kept triangles are the second and third rectangles', in their order";
    }

    // A part that reaches nothing of it: the command draws nothing.
    list.IdxBuffer = given;
    list.CmdBuffer[0].ElemCount = static_cast<unsigned int>(given.Size);
    list.CmdBuffer[0].ClipRect = ImVec4(0, 0, 1920, 1080);
    clipDrawData(data, ScreenRect{ImVec2(1000, 100), ImVec2(1200, 200)});
    dropTrianglesOutsideClip(data);
    EXPECT_EQ(list.CmdBuffer[0].ElemCount, 0u);
}

}  // namespace
}  // namespace kiosk::ui
