#pragma once
// What changed on screen between two frames, from Dear ImGui's draw data alone. A software-GL
// kiosk pays for every pixel it rasterises (~45 ms for a busy 1080p frame), yet most frames
// repeat the last one or change in one small place: the frames that settle a tap, the camera
// preview where only the picture's pixels are new, the slogan strip of the unattended display
// where only the strip's window draws anew. The loop keeps the last frame on screen and redraws
// only what differs: nothing when the draw data is the same, else the rectangle round the
// triangles that changed.
#include <imgui.h>

#include <optional>
#include <vector>

namespace kiosk::ui {

struct ScreenRect {
    ImVec2 min;
    ImVec2 max;
    bool empty() const { return max.x <= min.x || max.y <= min.y; }
    float area() const { return empty() ? 0.0f : (max.x - min.x) * (max.y - min.y); }
};

// The smallest rectangle holding both (either may be absent).
// Whether two rectangles share any pixel.
inline bool overlap(const ScreenRect& a, const ScreenRect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}
std::optional<ScreenRect> unite(const std::optional<ScreenRect>& a, const std::optional<ScreenRect>& b);

class DrawSignature;
// Where the frames drawn by `before` and `after` may differ: nothing when they are the same;
// when the same windows draw, for each window that changed, the triangles between the longest
// run it begins with unchanged and the longest it ends with (a pressed button: its own few
// triangles), before and after, each within its clip rectangle; the whole screen when a window
// came or went, or a draw callback changed (it may draw anywhere).
std::optional<ScreenRect> changedArea(const DrawSignature& before, const DrawSignature& after);

// Everything that decides the pixels of a frame except texture contents, draw list by draw list
// (one per ImGui window): triangle by triangle, its vertices (position, texture coordinates,
// colour), its command's texture and clip rectangle; and the clear colour. Equal signatures
// draw equal frames as long as no texture's pixels changed.
class DrawSignature {
public:
    void capture(const ImDrawData& data, ImVec4 clearColor);
    bool operator==(const DrawSignature& other) const;
    bool operator!=(const DrawSignature& other) const { return !(*this == other); }

    friend std::optional<ScreenRect> changedArea(const DrawSignature& before, const DrawSignature& after);

    // One triangle as the backend draws it; a draw callback is one with no vertices.
    struct Triangle {
        ImDrawVert corners[3];
        ImVec4 clip;
        ImTextureID texture;
        ImDrawCallback callback;
    };

private:
    // The same clear colour, display and number of windows.
    bool sameSettings(const DrawSignature& other) const;

    struct Frame {
        ImVec4 clearColor;
        ImVec2 displayPos;
        ImVec2 displaySize;
    };
    Frame frame_{};
    std::vector<std::vector<Triangle>> lists_;
    ScreenRect display_{};
};

// The part of the screen the commands drawing `texture` cover (their geometry within their clip
// rectangles), or nothing when no command uses it.
std::optional<ScreenRect> textureFootprint(const ImDrawData& data, ImTextureID texture);

// Restricts every command to `rect` (their clip rectangles are intersected with it): replaying
// the draw data then repaints exactly that rectangle, over and under what changed alike.
void clipDrawData(ImDrawData& data, ScreenRect rect);

// Leaves out of each command the triangles that lie wholly outside its clip rectangle (with a
// pixel to spare): ImGui puts a whole window's text in one command, so a small part of the screen
// (a pressed tile, a video frame) would otherwise still send every glyph of the screen through
// the GL pipeline. A command's kept triangles move to the front of its index range, in order, and
// its element count shrinks — the index buffer is changed: keep a copy to replay the data whole.
void dropTrianglesOutsideClip(ImDrawData& data);

}  // namespace kiosk::ui
