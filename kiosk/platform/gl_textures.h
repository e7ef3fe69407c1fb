#pragma once
// GPU textures on the GLFW/OpenGL path: the font atlas, and pictures decoded on a worker thread.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include "ui/font_texture.h"
#include "ui/image_source.h"

namespace kiosk::platform {

// Counts the texture uploads and releases of the font atlas and the pictures (not the camera
// preview's): the frame loop draws the next frame whole after any of them.
std::uint64_t textureChanges();
void noteTextureChanged();

class GlFontTexture final : public ui::FontTexture {
public:
    bool upload(ImFontAtlas& atlas) override;
    int maxTextureSize() const override;
    void release(ImTextureID texture) override;
};

// One texture the camera preview is streamed into (re-specified only when the size changes).
class GlFrameTexture final : public ui::FrameTexture {
public:
    ~GlFrameTexture() override;
    std::optional<ui::TextureInfo> show(const unsigned char* rgba, int width, int height) override;
    // For the frame loop: the texture, and whether its pixels changed since the last call.
    ImTextureID textureId() const;
    bool takeChanged() { return std::exchange(changed_, false); }

private:
    unsigned int id_ = 0;
    unsigned int framebuffer_ = 0;  // the loop copies the picture from it when shown at its own size
    bool changed_ = false;
    int width_ = 0;
    int height_ = 0;
};

// Decodes PNG/JPEG files on its own thread (stb_image); the UI thread uploads finished pixels in
// texture(). At most kMaxTextures stay on the GPU; the least recently used goes first.
class GlImageSource final : public ui::ImageSource {
public:
    explicit GlImageSource(std::function<void()> wakeUiThread);
    ~GlImageSource() override;
    std::optional<ui::TextureInfo> texture(const std::string& path) override;

    static constexpr std::size_t kMaxTextures = 32;
    static constexpr int kMaxSide = 2048;  // larger pictures are refused: they would cost too much memory

private:
    struct Decoded {
        std::string path;
        std::vector<unsigned char> rgba;
        int width = 0;
        int height = 0;
        bool ok = false;
    };
    struct Entry {
        ui::TextureInfo info;
        bool failed = false;
        std::uint64_t lastUse = 0;
    };
    void decodeLoop();
    void evictIfFull();

    std::function<void()> wake_;
    std::map<std::string, Entry> textures_;  // UI thread only
    std::map<std::string, bool> requested_;  // UI thread only
    std::uint64_t useCounter_ = 0;

    std::mutex mutex_;
    std::condition_variable wakeWorker_;
    std::deque<std::string> toDecode_;
    std::deque<Decoded> decoded_;
    bool stopping_ = false;
    std::thread worker_;
};

}  // namespace kiosk::platform
