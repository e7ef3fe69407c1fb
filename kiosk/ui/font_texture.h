#pragma once
#include <imgui.h>

#include <cstdint>

namespace kiosk::ui {

// Puts a built font atlas on the GPU (or, headless, pretends to), one byte a pixel (its alpha8
// pixels: a quarter of RGBA, in memory too — on software GL the GPU's memory is the machine's),
// as a texture of its own, and sets the atlas's TexID; release() frees that texture. Called on the
// UI thread between frames.
class FontTexture {
public:
    virtual ~FontTexture() = default;
    virtual bool upload(ImFontAtlas& atlas) = 0;
    virtual int maxTextureSize() const = 0;
    virtual void release(ImTextureID texture) = 0;
};

class HeadlessFontTexture final : public FontTexture {
public:
    bool upload(ImFontAtlas& atlas) override {
        atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(++uploads_)));
        return true;
    }
    int maxTextureSize() const override { return 16384; }
    void release(ImTextureID) override {}

private:
    intptr_t uploads_ = 0;
};

}  // namespace kiosk::ui
