#include "widgets/widget_registry.h"

#include <imgui_internal.h>

#include <algorithm>

#include "core/utf8.h"

namespace kiosk::widgets {

void WidgetRegistry::addQr(std::string_view id, std::string_view text, ImVec2 min, ImVec2 max) {
    qrCodes_.push_back({std::string(id), std::string(text), min, max});
}

void WidgetRegistry::beginFrame() {
    widgets_.clear();
    texts_.clear();
    qrCodes_.clear();
    overlays_.clear();
    culled_.clear();
    primary_.clear();
    contentStart_ = 0;
    spoken_ = true;
}

std::vector<std::string> WidgetRegistry::contentTexts() const {
    std::vector<std::string> out;
    for (std::size_t i = contentStart_; i < texts_.size(); ++i) {
        if (texts_[i].spoken) out.push_back(texts_[i].text);
    }
    return out;
}

void WidgetRegistry::addWidget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max) {
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    widgets_.push_back(
        {std::string(id), std::string(label), min, max, drawList->GetClipRectMin(), drawList->GetClipRectMax()});
}

void WidgetRegistry::addCulledWidget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max) {
    culled_.push_back({std::string(id), std::string(label), min, max, ImVec2(0, 0), ImVec2(0, 0)});
}

bool addTouchTarget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, ImGuiID gid) {
    if (!ImGui::ItemAdd(ImRect(min, max), gid)) {
        currentRegistry().addCulledWidget(id, label, min, max);
        return false;
    }
    currentRegistry().addWidget(id, label, min, max);
    return true;
}

void WidgetRegistry::addText(std::string_view text, ImFont* font) {
    texts_.push_back({std::string(text), font, spoken_});
}

UnspokenKeys::UnspokenKeys() {
    currentRegistry().setSpoken(false);
}

UnspokenKeys::~UnspokenKeys() {
    currentRegistry().setSpoken(true);
}

std::vector<const WidgetRecord*> WidgetRegistry::find(std::string_view target) const {
    std::vector<const WidgetRecord*> found;
    for (const auto& w : widgets_) {
        if (w.id == target || w.label == target) found.push_back(&w);
    }
    return found;
}

bool WidgetRegistry::showsText(std::string_view text) const {
    return std::any_of(texts_.begin(), texts_.end(),
                       [&](const DrawnText& t) { return t.text.find(text) != std::string::npos; });
}

WidgetRegistry& currentRegistry() {
    IM_ASSERT(ImGui::GetIO().UserData != nullptr && "bindRegistry() after CreateContext()");
    return *static_cast<WidgetRegistry*>(ImGui::GetIO().UserData);
}

void bindRegistry(WidgetRegistry& registry) {
    ImGui::GetIO().UserData = &registry;
}

std::u32string findMissingGlyphs(const WidgetRegistry& registry) {
    std::u32string missing;
    for (const auto& drawn : registry.texts()) {
        if (!drawn.font) continue;
        for (char32_t c : core::decodeUtf8(drawn.text)) {
            if (c == U'\n' || c == U'\r' || c == U'\t') continue;
            // ImWchar is 16-bit in Debian's build: anything beyond the BMP cannot be in the atlas.
            const bool drawable = c <= 0xFFFF && drawn.font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
            if (!drawable && missing.find(c) == std::u32string::npos) missing.push_back(c);
        }
    }
    return missing;
}

}  // namespace kiosk::widgets
