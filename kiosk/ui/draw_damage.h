#pragma once
// What changed on screen between two frames, from Dear ImGui's draw data alone. A software-GL
// kiosk pays for every pixel it rasterises (~45 ms for a busy 1080p frame), yet most frames
// repeat the last one exactly — the frames that settle a tap, a camera preview where only the
// picture's pixels are new. The loop keeps the last frame in an offscreen canvas and redraws
// only what differs: nothing when the draw data is the same, only the camera picture's
// rectangle when that is the sole change.
#include <imgui.h>

#include <optional>
#include <vector>

namespace kiosk::ui {

// Everything that decides the pixels of a frame except texture contents: each command's
// texture, clip rectangle and geometry, and the clear colour. Equal signatures draw equal
// frames as long as no texture's pixels changed.
class DrawSignature {
public:
    void capture(const ImDrawData& data, ImVec4 clearColor);
    bool operator==(const DrawSignature& other) const { return bytes_ == other.bytes_; }
    bool operator!=(const DrawSignature& other) const { return !(*this == other); }
    bool empty() const { return bytes_.empty(); }

private:
    std::vector<unsigned char> bytes_;
};

struct ScreenRect {
    ImVec2 min;
    ImVec2 max;
    bool empty() const { return max.x <= min.x || max.y <= min.y; }
};

// The part of the screen the commands drawing `texture` cover (their geometry within their clip
// rectangles), or nothing when no command uses it.
std::optional<ScreenRect> textureFootprint(const ImDrawData& data, ImTextureID texture);

// Restricts every command to `rect` (their clip rectangles are intersected with it): replaying
// the draw data then repaints exactly that rectangle, over and under the picture alike.
void clipDrawData(ImDrawData& data, ScreenRect rect);

}  // namespace kiosk::ui
