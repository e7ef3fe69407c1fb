#pragma once
// What was drawn this frame: every touch target (id, visible label, rectangle) and every string.
// The UI driver taps widgets by id or label through it, the glyph audit checks every string
// against the font atlas, and (later) the staff demo's coach marks find what to highlight.
// It lives in the ImGui context's io.UserData, so it is per context, not global.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::widgets {

struct WidgetRecord {
    std::string id;     // stable, language-independent: "topbar.home"
    std::string label;  // what the resident reads: "首页"
    ImVec2 min;
    ImVec2 max;
    // The clip rectangle its drawing was cut to (the draw list's, when it was drawn): a target
    // reaching past it is cut off on screen.
    ImVec2 clipMin;
    ImVec2 clipMax;
    ImVec2 center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

struct DrawnText {
    std::string text;
    ImFont* font = nullptr;
    bool spoken = true;  // false for keyboard keys: 朗读 reading "q w e r t y" helps nobody
};

// A QR code on screen: what it says (tests check the payload; 朗读 does not read links aloud).
struct DrawnQr {
    std::string id;
    std::string text;
    ImVec2 min;
    ImVec2 max;
};

// A box drawn on the screen that tests look up by id: the coach tag of 演示模式, laid over the
// screen (tests check it covers none of its words), and the unattended display's invitation band
// (tests check its words stay inside it).
struct DrawnOverlay {
    std::string id;
    ImVec2 min;
    ImVec2 max;
};

class WidgetRegistry {
public:
    void beginFrame();
    void addWidget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max);
    // A target ImGui culled: it lay wholly outside its window's clip rectangle, so nothing of it
    // was drawn and it cannot be touched (see addTouchTarget).
    void addCulledWidget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max);
    void addText(std::string_view text, ImFont* font);
    void addQr(std::string_view id, std::string_view text, ImVec2 min, ImVec2 max);
    void addOverlay(std::string_view id, ImVec2 min, ImVec2 max) { overlays_.push_back({std::string(id), min, max}); }
    const std::vector<DrawnOverlay>& overlays() const { return overlays_; }
    // A button drawn as the screen's main action (red): DESIGN allows one a screen.
    void markPrimary(std::string_view id) { primary_.emplace_back(id); }
    const std::vector<std::string>& primaryButtons() const { return primary_; }

    const std::vector<WidgetRecord>& widgets() const { return widgets_; }
    const std::vector<WidgetRecord>& culledWidgets() const { return culled_; }
    const std::vector<DrawnText>& texts() const { return texts_; }
    const std::vector<DrawnQr>& qrCodes() const { return qrCodes_; }
    // The screen's own content begins here (after the top bar): what 朗读 reads.
    void markContentStart() { contentStart_ = texts_.size(); }
    // The spoken texts drawn after markContentStart, in drawing order.
    std::vector<std::string> contentTexts() const;
    // Texts added while this is false are drawn and audited but not read aloud.
    void setSpoken(bool spoken) { spoken_ = spoken; }
    // Widgets whose id or label equals `target` exactly.
    std::vector<const WidgetRecord*> find(std::string_view target) const;
    // Whether any drawn string contains `text`.
    bool showsText(std::string_view text) const;

private:
    std::vector<WidgetRecord> widgets_;
    std::vector<WidgetRecord> culled_;
    std::vector<DrawnText> texts_;
    std::vector<DrawnQr> qrCodes_;
    std::vector<DrawnOverlay> overlays_;
    std::vector<std::string> primary_;
    std::size_t contentStart_ = 0;
    bool spoken_ = true;
};

// Keys of an on-screen keyboard: their labels are not read aloud while this lives.
class UnspokenKeys {
public:
    UnspokenKeys();
    ~UnspokenKeys();
    UnspokenKeys(const UnspokenKeys&) = delete;
    UnspokenKeys& operator=(const UnspokenKeys&) = delete;
};

// Adds a touch target of the current window to ImGui (ItemAdd) and to the registry: true when it
// is on screen and can be touched, false when ImGui culled it (recorded as culled).
bool addTouchTarget(std::string_view id, std::string_view label, ImVec2 min, ImVec2 max, ImGuiID gid);

// The registry of the current ImGui context (set with bindRegistry after CreateContext).
WidgetRegistry& currentRegistry();
void bindRegistry(WidgetRegistry& registry);

// Code points of drawn strings that their font cannot draw (they would show as '?').
std::u32string findMissingGlyphs(const WidgetRegistry& registry);

}  // namespace kiosk::widgets
