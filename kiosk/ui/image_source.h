#pragma once
// Images for screens (announcement pictures). Decoding happens off the UI thread; a screen asks
// each frame and draws nothing (or a placeholder) until the texture is ready.
#include <imgui.h>

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

// The camera's newest frame as a texture (GL in the kiosk; the headless UI has none).
class FrameTexture {
public:
    virtual ~FrameTexture() = default;
    virtual std::optional<TextureInfo> show(const unsigned char* rgba, int width, int height) = 0;
};

// For the headless UI: no GL, so no pictures.
class NoImages final : public ImageSource {
public:
    std::optional<TextureInfo> texture(const std::string&) override { return std::nullopt; }
};

}  // namespace kiosk::ui
