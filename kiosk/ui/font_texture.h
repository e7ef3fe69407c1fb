#pragma once
#include <imgui.h>

#include <cstdint>

namespace kiosk::ui {

// Puts a built font atlas on the GPU (or, headless, pretends to). Called on the UI thread between
// frames, after io.Fonts already points at `atlas`.
class FontTexture {
public:
    virtual ~FontTexture() = default;
    virtual bool upload(ImFontAtlas& atlas) = 0;
    virtual int maxTextureSize() const = 0;
    // A second atlas with one byte a pixel (the keyboards' GB2312 font): uploads it as its own
    // texture and sets its TexID. release() frees that texture.
    virtual bool uploadAlpha8(ImFontAtlas& atlas) = 0;
    virtual void release(ImTextureID texture) = 0;
};

class HeadlessFontTexture final : public FontTexture {
public:
    bool upload(ImFontAtlas& atlas) override {
        atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
        return true;
    }
    int maxTextureSize() const override { return 16384; }
    bool uploadAlpha8(ImFontAtlas& atlas) override {
        atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(2)));
        return true;
    }
    void release(ImTextureID) override {}
};

}  // namespace kiosk::ui
