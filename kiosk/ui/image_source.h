#pragma once
// Images for screens (announcement pictures). Decoding happens off the UI thread; a screen asks
// each frame and draws nothing (or a placeholder) until the texture is ready.
#include <imgui.h>

#include <functional>
#include <optional>
#include <string>

namespace kiosk::ui {

struct TextureInfo {
    ImTextureID id = nullptr;
    int width = 0;
    int height = 0;
};

class ImageSource {
public:
    virtual ~ImageSource() = default;
    // The texture for `path`, or nothing while it loads or when it cannot be read.
    virtual std::optional<TextureInfo> texture(const std::string& path) = 0;
};

// The camera's or a video's newest frame as a texture (GL in the kiosk; the headless UI has none).
class FrameTexture {
public:
    virtual ~FrameTexture() = default;
    virtual std::optional<TextureInfo> show(const unsigned char* rgba, int width, int height) = 0;
};

// Pictures the app paints once and shows many times, such as the slogan strip's running text:
// painted into a texture (GL: a framebuffer) so that a frame showing part of one copies pixels
// instead of drawing every glyph again. Canvas textures are top-down like any picture, and
// opaque: `paint` covers the canvas (it starts black), and what lies under it never shows.
class CanvasSource {
public:
    virtual ~CanvasSource() = default;
    // The texture holding what `paint` draws on a `width` x `height` canvas called `name`,
    // painted again only when `key` changes (key: whatever the drawing depends on). Nothing
    // where there are no canvases (the headless UI) or the size is beyond the GPU's.
    virtual std::optional<TextureInfo> canvas(const std::string& name, const std::string& key, int width, int height,
                                              const std::function<void(ImDrawList&)>& paint) = 0;
};

class NoCanvases final : public CanvasSource {
public:
    std::optional<TextureInfo> canvas(const std::string&, const std::string&, int, int,
                                      const std::function<void(ImDrawList&)>&) override {
        return std::nullopt;
    }
};

// For the headless UI: no GL, so no pictures.
class NoImages final : public ImageSource {
public:
    std::optional<TextureInfo> texture(const std::string&) override { return std::nullopt; }
};

}  // namespace kiosk::ui
