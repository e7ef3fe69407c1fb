#include "ui/input_font.h"

#include <malloc.h>
#include <spdlog/spdlog.h>

#include "input/gb2312.h"

namespace kiosk::ui {

InputFont::InputFont(std::string fontPath, int faceIndex, FontTexture& texture, std::function<void()> wakeUiThread)
    : fontPath_(std::move(fontPath)), faceIndex_(faceIndex), texture_(texture), wake_(std::move(wakeUiThread)) {}

InputFont::~InputFont() {
    pending_.wait();
    release();
}

void InputFont::request(const core::GlyphSet& extraGlyphs, core::TextSize size) {
    if (wanted_ == size || failedFor_ == size) return;  // a failed size is not retried every frame
    wanted_ = size;
    if (pending_.pending()) return;  // never wait on the UI thread: installIfReady starts it next
    startBuild(extraGlyphs, size);
}

void InputFont::startBuild(const core::GlyphSet& extraGlyphs, core::TextSize size) {
    extraGlyphs_ = extraGlyphs;
    core::GlyphSet glyphs = extraGlyphs;
    for (char32_t c : input::gb2312Characters()) glyphs.add(c);
    for (char32_t c = 0x20; c < 0x7F; ++c) glyphs.add(c);
    FontAtlasRequest request{fontPath_, faceIndex_, std::move(glyphs), size, texture_.maxTextureSize(),
                             ""};  // per session: not kept
    pending_.start([request = std::move(request)] { return buildInputFontAtlas(request); }, wake_);
}

bool InputFont::installIfReady() {
    if (!pending_.ready()) return false;
    BuiltFontAtlas built = pending_.take();
    if (!wanted_) return false;  // released while it was being built
    if (built.textSize != *wanted_) {
        startBuild(extraGlyphs_, *wanted_);  // the text size changed meanwhile
        return false;
    }
    if (!built.ok()) {
        // The keyboards still work with the main font (rare characters may then lack a glyph).
        spdlog::error("keyboard font not built: {}", built.error);
        failedFor_ = wanted_;
        wanted_.reset();
        return false;
    }
    if (atlas_) texture_.release(atlas_->TexID);
    if (!texture_.upload(*built.atlas)) spdlog::error("keyboard font upload failed");
    built.atlas->ClearTexData();
    atlas_ = std::move(built.atlas);
    font_ = built.fonts.body;
    lastBuildMs_ = built.buildMs;
    textureMb_ = built.textureMegabytes();
    spdlog::info("keyboard font: {} glyphs, {}x{} ({:.1f} MB), built in {:.0f} ms", built.glyphs.size(), built.width,
                 built.height, textureMb_, built.buildMs);
    return true;
}

void InputFont::release() {
    wanted_.reset();
    failedFor_.reset();
    if (!atlas_) return;
    texture_.release(atlas_->TexID);
    atlas_.reset();
    font_ = nullptr;
    malloc_trim(0);  // the glyph tables were megabytes: give them back to the system
}

}  // namespace kiosk::ui
