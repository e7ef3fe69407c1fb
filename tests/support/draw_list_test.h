#pragma once
// A GL window of 640×480 (Xvfb + llvmpipe) with ImGui's backend up, for tests that draw one
// ImDrawList the way the frame loop does and read back what came out.
#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <vector>

#include "platform/glfw_runner.h"

namespace kiosk::testing {

class DrawListTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Draws what `paint` puts in a list (clipped to the window, the font texture bound) on a
    // cleared back buffer, after `pass` (if any) changed the draw data, and returns the pixels
    // (RGBA, bottom row first).
    std::vector<unsigned char> draw(const std::function<void(ImDrawList&)>& paint,
                                    const std::function<void(ImDrawData&)>& pass);
    // Pixels whose colour differs between two such pictures.
    static std::size_t differingPixels(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b);

    ImFontAtlas bootAtlas_;
    platform::GlfwRunner runner_;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace kiosk::testing
