#include "platform/gl_textures.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <spdlog/spdlog.h>
#include <stb_image.h>

#include <cstdint>

#include "platform/gl_canvas.h"

namespace kiosk::platform {
namespace {
ImTextureID toTextureId(GLuint id) {
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(id));
}
GLuint fromTextureId(ImTextureID id) {
    return static_cast<GLuint>(reinterpret_cast<std::intptr_t>(id));
}
std::uint64_t gTextureChanges = 0;  // UI thread only, like every GL call
}  // namespace

std::uint64_t textureChanges() {
    return gTextureChanges;
}

void noteTextureChanged() {
    ++gTextureChanges;
}

bool GlFontTexture::upload(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (!pixels) return false;
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    // Unfiltered: ImGui puts glyphs on whole pixels at the atlas's own scale and the kiosk's thin
    // lines are geometry (ui/theme), so every sample falls on a texel's centre and filtering
    // changes no pixel (every render tour's screenshots compared) — while llvmpipe's bilinear
    // sampling was a quarter of a whole frame's CPU (frame_cpu_ms_home 19–22 → 13 ms).
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    // One byte a pixel on the GPU too (a quarter of RGBA): the red channel is read as alpha under
    // white, which is what ImGui's shader expects of a font texture (glyphs, and the white pixel
    // every filled shape samples).
    const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    const bool ok = glGetError() == GL_NO_ERROR;
    ++gTextureChanges;
    atlas.SetTexID(toTextureId(id));
    return ok;
}

void GlFontTexture::release(ImTextureID texture) {
    GLuint id = fromTextureId(texture);
    if (id != 0) glDeleteTextures(1, &id);
    ++gTextureChanges;
}

int GlFontTexture::maxTextureSize() const {
    GLint size = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &size);
    return size > 0 ? size : 4096;
}

GlImageSource::GlImageSource(std::function<void()> wakeUiThread)
    : wake_(std::move(wakeUiThread)), worker_([this] { decodeLoop(); }) {}

GlImageSource::~GlImageSource() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wakeWorker_.notify_all();
    worker_.join();
    for (auto& [path, entry] : textures_) {
        if (!entry.failed) {
            GLuint id = fromTextureId(entry.info.id);
            glDeleteTextures(1, &id);
        }
    }
}

void GlImageSource::decodeLoop() {
    for (;;) {
        std::string path;
        {
            std::unique_lock lock(mutex_);
            wakeWorker_.wait(lock, [&] { return stopping_ || !toDecode_.empty(); });
            if (stopping_) return;
            path = std::move(toDecode_.front());
            toDecode_.pop_front();
        }
        Decoded d;
        d.path = path;
        int channels = 0;
        if (stbi_info(path.c_str(), &d.width, &d.height, &channels) && d.width <= kMaxSide && d.height <= kMaxSide) {
            if (unsigned char* pixels = stbi_load(path.c_str(), &d.width, &d.height, &channels, 4)) {
                d.rgba.assign(pixels,
                              pixels + static_cast<std::size_t>(d.width) * static_cast<std::size_t>(d.height) * 4);
                stbi_image_free(pixels);
                d.ok = true;
            }
        }
        if (!d.ok) spdlog::warn("image not shown: cannot decode {} (or larger than {} px)", path, kMaxSide);
        {
            std::lock_guard lock(mutex_);
            decoded_.push_back(std::move(d));
        }
        if (wake_) wake_();
    }
}

void GlImageSource::evictIfFull() {
    while (textures_.size() >= kMaxTextures) {
        auto oldest = textures_.begin();
        for (auto it = textures_.begin(); it != textures_.end(); ++it) {
            if (it->second.lastUse < oldest->second.lastUse) oldest = it;
        }
        if (!oldest->second.failed) {
            GLuint id = fromTextureId(oldest->second.info.id);
            glDeleteTextures(1, &id);
            ++gTextureChanges;
        }
        requested_.erase(oldest->first);
        textures_.erase(oldest);
    }
}

std::optional<ui::TextureInfo> GlImageSource::texture(const std::string& path) {
    // Upload whatever the worker has finished (UI thread: GL calls belong here).
    std::deque<Decoded> ready;
    {
        std::lock_guard lock(mutex_);
        ready.swap(decoded_);
    }
    for (auto& d : ready) {
        evictIfFull();
        Entry entry;
        entry.failed = !d.ok;
        if (d.ok) {
            GLuint id = 0;
            glGenTextures(1, &id);
            glBindTexture(GL_TEXTURE_2D, id);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, d.width, d.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, d.rgba.data());
            entry.info = {toTextureId(id), d.width, d.height};
            ++gTextureChanges;
        }
        textures_[d.path] = entry;
    }

    if (auto it = textures_.find(path); it != textures_.end()) {
        it->second.lastUse = ++useCounter_;
        if (it->second.failed) return std::nullopt;
        return it->second.info;
    }
    if (!requested_[path]) {
        requested_[path] = true;
        {
            std::lock_guard lock(mutex_);
            toDecode_.push_back(path);
        }
        wakeWorker_.notify_one();
    }
    return std::nullopt;
}

GlFrameTexture::~GlFrameTexture() {
    if (framebuffer_ != 0) {
        forgetCopyable(toTextureId(id_));
        glDeleteFramebuffers(1, &framebuffer_);
    }
    if (id_ != 0) glDeleteTextures(1, &id_);
}

std::optional<ui::TextureInfo> GlFrameTexture::show(const unsigned char* rgba, int width, int height) {
    if (!rgba || width <= 0 || height <= 0) return std::nullopt;
    if (id_ == 0) {
        glGenTextures(1, &id_);
        glBindTexture(GL_TEXTURE_2D, id_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    }
    glBindTexture(GL_TEXTURE_2D, id_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    if (width != width_ || height != height_) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
        width_ = width;
        height_ = height;
        // Rows top-down, as a canvas's: a frame drawn at its own size is copied, not shaded.
        if (framebuffer_ == 0) glGenFramebuffers(1, &framebuffer_);
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, id_, 0);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE)
            rememberCopyable(toTextureId(id_), CanvasFramebuffer{framebuffer_, width, height});
        else
            forgetCopyable(toTextureId(id_));  // drawn through the shader, as any picture
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    } else {
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    }
    changed_ = true;
    return ui::TextureInfo{toTextureId(id_), width, height};
}

ImTextureID GlFrameTexture::textureId() const {
    return toTextureId(id_);
}

}  // namespace kiosk::platform
