// The passes that change how llvmpipe draws a frame but not what it shows, on the real GL path
// (Xvfb + llvmpipe): quads laid out in pairs it draws as rectangles (platform/rect_pairs.h),
// rounded faces filled as rectangles and corners (widgets/rounded_fill.h). Each is drawn with
// and without the change, and the two pictures must be the same to the bit (a rounded face
// between pixels: within one level of 255 in a few outline pixels).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "platform/opaque_fills.h"
#include "platform/rect_pairs.h"
#include "support/draw_list_test.h"
#include "widgets/rounded_fill.h"

namespace kiosk {
namespace {

class RectPairs : public testing::DrawListTest {};

constexpr int kPlainRects = 300;
const char* const kLine = "Pairs of triangles 0123456789";  // a glyph a letter: the spaces draw none

// Plain rectangles (a quad each) between shapes of odd triangle counts (circles, rounded faces,
// outlines), lines of text, and opaque fills large enough to be set apart.
void aBusyScreen(ImDrawList& list) {
    list.AddRectFilled(ImVec2(0, 0), ImVec2(640, 50), IM_COL32(128, 20, 20, 255));
    for (int i = 0; i < kPlainRects; ++i) {
        const float x = static_cast<float>(i % 30) * 21.0f + 2.0f;
        const float y = 60.0f + static_cast<float>(i / 30) * 21.0f;
        list.AddRectFilled(ImVec2(x, y), ImVec2(x + 12.0f, y + 12.0f), IM_COL32(20, 90, 160, 200));
        if (i % 7 == 0)
            list.AddCircleFilled(ImVec2(x + 15, y + 15), 4.0f + static_cast<float>(i % 5), IM_COL32_BLACK, 5 + i % 4);
    }
    for (int row = 0; row < 6; ++row) {
        list.AddRectFilled(ImVec2(20, 280.0f + 30.0f * row), ImVec2(600, 305.0f + 30.0f * row), IM_COL32_WHITE, 9.0f);
        list.AddRect(ImVec2(20, 280.0f + 30.0f * row), ImVec2(600, 305.0f + 30.0f * row), IM_COL32(90, 90, 90, 255),
                     9.0f, 0, 2.0f);
        list.AddText(ImVec2(30, 284.0f + 30.0f * row), IM_COL32(20, 20, 20, 255), kLine);
    }
}

bool quadAt(const ImDrawIdx* i) {
    return i[3] == i[0] && i[4] == i[2] && i[1] == i[0] + 1 && i[2] == i[0] + 2 && i[5] == i[0] + 3;
}

// Every triangle the list draws, with its vertex indices made absolute; degenerate ones left out.
std::map<std::tuple<unsigned, unsigned, unsigned>, int> trianglesOf(const ImDrawList& list) {
    std::map<std::tuple<unsigned, unsigned, unsigned>, int> triangles;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback != nullptr) continue;
        for (unsigned e = 0; e + 2 < cmd.ElemCount; e += 3) {
            const ImDrawIdx* t = list.IdxBuffer.Data + cmd.IdxOffset + e;
            if (t[0] == t[1] && t[1] == t[2]) continue;
            ++triangles[{cmd.VtxOffset + t[0], cmd.VtxOffset + t[1], cmd.VtxOffset + t[2]}];
        }
    }
    return triangles;
}

TEST_F(RectPairs, EveryQuadStartsAPairInADrawOfAtMost1020IndicesAndNothingElseChanges) {
    std::map<std::tuple<unsigned, unsigned, unsigned>, int> before;
    std::map<std::tuple<unsigned, unsigned, unsigned>, int> after;
    platform::RectPairing pairing;
    draw(aBusyScreen, [&](ImDrawData& data) {
        ASSERT_GT(data.CmdLists[0]->IdxBuffer.Size, 1024);  // one command llvmpipe would cut
        before = trianglesOf(*data.CmdLists[0]);
        pairing = platform::pairQuadsAsRectangles(data);
        after = trianglesOf(*data.CmdLists[0]);
        const ImDrawList& list = *data.CmdLists[0];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            EXPECT_LE(cmd.ElemCount, platform::kLargestRectDraw);
            // A quad never starts at the second triangle of a pair, where llvmpipe would not see it.
            for (unsigned e = 3; e + 5 < cmd.ElemCount; e += 6)
                EXPECT_FALSE(quadAt(list.IdxBuffer.Data + cmd.IdxOffset + e)) << "element " << e;
        }
    });
    EXPECT_EQ(after, before);
    const int glyphs =
        6 * static_cast<int>(std::string(kLine).size() - std::count(kLine, kLine + std::strlen(kLine), ' '));
    EXPECT_EQ(pairing.quads, 1 + kPlainRects + glyphs);  // the bar, the rectangles, the glyphs
    EXPECT_GT(pairing.padding, 0);
    EXPECT_GT(pairing.parts, 1);
}

TEST_F(RectPairs, TheScreenIsTheSameToTheBitAsTheFrameLoopDrawsIt) {
    const ImTextureID font = ImGui::GetIO().Fonts->TexID;
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const std::vector<unsigned char> asImGuiDrawsIt = draw(aBusyScreen, nullptr);
    const std::vector<unsigned char> asTheLoopDrawsIt = draw(aBusyScreen, [&](ImDrawData& data) {
        platform::drawOpaqueFillsUnblended(data, font, white);
        platform::pairQuadsAsRectangles(data);
    });
    EXPECT_EQ(differingPixels(asImGuiDrawsIt, asTheLoopDrawsIt), 0U);
}

class RoundedFill : public testing::DrawListTest {};

struct Face {
    ImVec2 min, max;
    float rounding, outline;
};

// Each face filled ImGui's way or as rectangles and corners, with its outline over it.
std::function<void(ImDrawList&)> faces(const std::vector<Face>& all, bool asRectangles) {
    return [all, asRectangles](ImDrawList& list) {
        for (const Face& f : all) {
            const ImU32 face = IM_COL32(255, 255, 255, 255);
            if (asRectangles)
                widgets::fillRoundedRect(list, f.min, f.max, face, f.rounding);
            else
                list.AddRectFilled(f.min, f.max, face, f.rounding);
            list.AddRect(f.min, f.max, IM_COL32(90, 90, 90, 255), f.rounding, 0, f.outline);
        }
    };
}

TEST_F(RoundedFill, OnWholePixelsAFaceUnderItsOutlineIsImGuisToTheBit) {
    // A key's, a tile's, a pill's corners; the kiosk's outlines.
    const std::vector<Face> onWholePixels = {{{20, 20}, {300, 140}, 24.0f, 3.0f},
                                             {{330, 20}, {620, 150}, 12.0f, 2.0f},
                                             {{20, 170}, {250, 230}, 30.0f, 4.0f},
                                             {{280, 170}, {610, 330}, 8.0f, 3.0f},
                                             {{30, 260}, {240, 460}, 20.0f, 6.0f}};
    EXPECT_EQ(differingPixels(draw(faces(onWholePixels, false), nullptr), draw(faces(onWholePixels, true), nullptr)),
              0U);
}

TEST_F(RoundedFill, BetweenPixelsAFewOutlinePixelsDifferByOneLevelAtMost) {
    const std::vector<Face> betweenPixels = {{{330.5f, 20.25f}, {620.75f, 150.5f}, 12.0f, 2.0f},
                                             {{20.4f, 170.6f}, {250.2f, 230.9f}, 30.0f, 4.0f},
                                             {{30.3f, 260.7f}, {240.6f, 460.1f}, 20.0f, 6.0f},
                                             {{280.5f, 360.5f}, {600.5f, 400.5f}, 18.0f, 2.0f}};
    const std::vector<unsigned char> imguis = draw(faces(betweenPixels, false), nullptr);
    const std::vector<unsigned char> ours = draw(faces(betweenPixels, true), nullptr);
    int largest = 0;
    for (std::size_t i = 0; i < imguis.size(); ++i) largest = std::max(largest, std::abs(imguis[i] - ours[i]));
    EXPECT_LE(largest, 1);
    EXPECT_LE(differingPixels(imguis, ours), 16U);  // of some 5,000 outline pixels
}

}  // namespace
}  // namespace kiosk
