// Opaque fills drawn with blending off, on the real GL path: the screen must come out the same to
// the bit as with Dear ImGui's blend on every triangle, and only large opaque fills of the atlas's
// white pixel may be set apart (never a translucent one, a glyph or a picture).
#include "platform/opaque_fills.h"

#include <gtest/gtest.h>

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <backends/imgui_impl_opengl3.h>

#include <vector>

#include "platform/gl_canvas.h"
#include "support/draw_list_test.h"

namespace kiosk {
namespace {

class OpaqueFills : public testing::DrawListTest {
protected:
    // Draws `paint`, opaque fills set apart or not; `runs`: how many runs were set apart.
    std::vector<unsigned char> draw(const std::function<void(ImDrawList&)>& paint, bool setApart, int& runs) {
        runs = 0;
        return DrawListTest::draw(paint, [&](ImDrawData& data) {
            if (setApart)
                runs = platform::drawOpaqueFillsUnblended(data, ImGui::GetIO().Fonts->TexID,
                                                          ImGui::GetIO().Fonts->TexUvWhitePixel);
        });
    }
};

// A screen's worth of what the kiosk draws: a bar, tiles with rounded faces and outlines, text
// on them, a translucent veil over part, a small opaque dot, and an opaque box over text.
void aScreen(ImDrawList& list) {
    list.AddRectFilled(ImVec2(0, 0), ImVec2(640, 60), IM_COL32(128, 20, 20, 255));
    for (int i = 0; i < 3; ++i) {
        const float x = 20.0f + 205.0f * static_cast<float>(i);
        list.AddRectFilled(ImVec2(x, 90), ImVec2(x + 190, 260), IM_COL32_WHITE, 12.0f);
        list.AddRect(ImVec2(x, 90), ImVec2(x + 190, 260), IM_COL32(90, 90, 90, 255), 12.0f, 0, 2.0f);
        list.AddText(ImVec2(x + 30, 200), IM_COL32(20, 20, 20, 255), "Tile text 123");
    }
    list.AddRectFilled(ImVec2(100, 150), ImVec2(500, 330), IM_COL32(0, 0, 0, 120));  // translucent
    list.AddCircleFilled(ImVec2(600, 400), 6.0f, IM_COL32(200, 30, 30, 255));        // small
    list.AddText(ImVec2(40, 420), IM_COL32(20, 20, 20, 255), "text under a box");
    list.AddRectFilled(ImVec2(30, 410), ImVec2(330, 470), IM_COL32(40, 120, 60, 255));  // over the text
}

TEST_F(OpaqueFills, TheScreenIsTheSameToTheBitWithTheOpaqueFillsUnblended) {
    int runs = 0;
    const std::vector<unsigned char> blended = draw(aScreen, false, runs);
    const std::vector<unsigned char> unblended = draw(aScreen, true, runs);
    // The bar and the first tile's face follow each other (one run), the other faces, the box.
    EXPECT_EQ(runs, 4);
    EXPECT_EQ(differingPixels(blended, unblended), 0u);
}

TEST_F(OpaqueFills, TranslucentSmallOrTexturedShapesAreLeftToTheBlend) {
    int runs = 0;
    draw(
        [](ImDrawList& list) {
            list.AddRectFilled(ImVec2(0, 0), ImVec2(640, 480), IM_COL32(0, 0, 0, 254));  // all but opaque
            list.AddRectFilled(ImVec2(10, 10), ImVec2(40, 40), IM_COL32_WHITE);          // 900 px: too small
            list.AddText(nullptr, 200.0f, ImVec2(50, 50), IM_COL32_WHITE, "Big");        // glyphs
        },
        true, runs);
    EXPECT_EQ(runs, 0);
}

// What program was current when the callbacks below ran inside the backend's draw.
struct ProgramsSeen {
    GLint before = 0;  // ImGui's, before the first opaque run
    GLint during = 0;  // while an opaque run draws
    GLint after = 0;   // after the run
};
ProgramsSeen gSeen;

void seeBefore(const ImDrawList*, const ImDrawCmd*) {
    glGetIntegerv(GL_CURRENT_PROGRAM, &gSeen.before);
}
void seeDuring(const ImDrawList*, const ImDrawCmd*) {
    glGetIntegerv(GL_CURRENT_PROGRAM, &gSeen.during);
}
void seeAfter(const ImDrawList*, const ImDrawCmd*) {
    glGetIntegerv(GL_CURRENT_PROGRAM, &gSeen.after);
}

bool readsATexture(GLint program) {
    GLint uniforms = 0;
    glGetProgramiv(static_cast<GLuint>(program), GL_ACTIVE_UNIFORMS, &uniforms);
    for (GLint u = 0; u < uniforms; ++u) {
        GLint size = 0;
        GLenum type = 0;
        char name[64];
        glGetActiveUniform(static_cast<GLuint>(program), static_cast<GLuint>(u), sizeof name, nullptr, &size, &type,
                           name);
        if (type == GL_SAMPLER_2D) return true;
    }
    return false;
}

TEST_F(OpaqueFills, AnOpaqueRunIsDrawnWithAProgramThatReadsNoTextureAndImGuisIsBackAfter) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(width_), static_cast<float>(height_)));
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    list.AddRectFilled(ImVec2(0, 0), ImVec2(640, 200), IM_COL32(128, 20, 20, 255));
    platform::OneListDrawData one(list, width_, height_);
    ASSERT_EQ(platform::drawOpaqueFillsUnblended(one.data, ImGui::GetIO().Fonts->TexID,
                                                 ImGui::GetIO().Fonts->TexUvWhitePixel),
              1);
    // [blending off, the run, blending on]: see the program around each.
    ImVector<ImDrawCmd>& commands = list.CmdBuffer;
    ASSERT_EQ(commands.Size, 3);
    ImDrawCmd probe = commands[0];
    probe.ElemCount = 0;
    probe.UserCallback = &seeBefore;
    commands.insert(commands.begin(), probe);
    probe.UserCallback = &seeDuring;
    commands.insert(commands.begin() + 2, probe);
    probe.UserCallback = &seeAfter;
    commands.push_back(probe);
    gSeen = {};
    ImGui_ImplOpenGL3_RenderDrawData(&one.data);

    EXPECT_NE(gSeen.before, 0);
    EXPECT_TRUE(readsATexture(gSeen.before));  // ImGui's: colour times the font texture
    EXPECT_NE(gSeen.during, gSeen.before);
    EXPECT_FALSE(readsATexture(gSeen.during));
    EXPECT_EQ(gSeen.after, gSeen.before);
}

}  // namespace
}  // namespace kiosk
