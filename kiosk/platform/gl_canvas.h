#pragma once
// Canvases on the GL path: a texture with its own framebuffer, painted with Dear ImGui's
// renderer. The frame loop copies a canvas shown at its own size straight from its framebuffer
// (glBlitFramebuffer) rather than drawing it through the shader: on software GL that is several
// times cheaper, and the slogan strip's running text is shown that way 30 times a second.
#include <map>
#include <string>
#include <vector>

#include "ui/draw_damage.h"
#include "ui/image_source.h"

namespace kiosk::platform {

class GlCanvases final : public ui::CanvasSource {
public:
    GlCanvases() = default;
    ~GlCanvases() override;
    GlCanvases(const GlCanvases&) = delete;
    GlCanvases& operator=(const GlCanvases&) = delete;

    std::optional<ui::TextureInfo> canvas(const std::string& name, const std::string& key, int width, int height,
                                          const std::function<void(ImDrawList&)>& paint) override;

private:
    struct Canvas {
        std::string key;
        unsigned int texture = 0;
        unsigned int framebuffer = 0;
        int width = 0;
        int height = 0;
    };
    void release(Canvas& canvas);

    std::map<std::string, Canvas> canvases_;
};

// The draw data of one list over a `width` × `height` screen: a canvas's paint, drawn by the
// backend on its own.
struct OneListDrawData {
    OneListDrawData(ImDrawList& list, int width, int height);
    OneListDrawData(const OneListDrawData&) = delete;  // `data` points at `lists`
    OneListDrawData& operator=(const OneListDrawData&) = delete;
    ImDrawList* lists[1];
    ImDrawData data;
};

// The framebuffer holding a canvas texture's pixels, for the frame loop's copy.
struct CanvasFramebuffer {
    unsigned int framebuffer = 0;
    int width = 0;
    int height = 0;
};
std::optional<CanvasFramebuffer> canvasFramebuffer(ImTextureID texture);
// Other textures the loop may copy the same way, top-down like a canvas: the moving picture (a
// video decoded at the size it is shown). UI thread only.
void rememberCopyable(ImTextureID texture, CanvasFramebuffer framebuffer);
void forgetCopyable(ImTextureID texture);

// A canvas shown at its own size, copied by a draw callback.
struct CanvasCopy {
    unsigned int framebuffer = 0;
    int framebufferHeight = 0;  // the screen's, to turn its rows bottom-up
    ImVec2 screenMin;           // where it shows
    ImVec2 screenMax;
    ImVec2 canvasMin;  // the canvas pixel shown at screenMin
};

// Turns each command that shows a canvas as one upright quad at exactly its own size (whole
// pixels, untinted) into a copy from the canvas's framebuffer; anything else stays drawn. `copies`
// holds the callbacks' data and must outlive the rendering of `data`.
void copyCanvasesInsteadOfDrawing(ImDrawData& data, int framebufferHeight, std::vector<CanvasCopy>& copies);

// When every command of `data` that still draws anything is a canvas copy: runs them and returns
// true. Otherwise does nothing and returns false (the backend must render `data`).
bool runCanvasCopiesAlone(const ImDrawData& data);

// Canvases are opaque: where a copy fills all of `part`, nothing drawn before it shows there.
// Turns every command before the last such copy into one that draws nothing (other callbacks, such
// as the backend's state resets, stay) and returns true; returns false, changing nothing, when no
// copy fills the part. Call after copyCanvasesInsteadOfDrawing and with the clip narrowed to `part`.
bool hideWhatACanvasCopyCovers(ImDrawData& data, const ui::ScreenRect& part);

}  // namespace kiosk::platform
