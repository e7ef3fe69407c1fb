#pragma once
// The kiosk's touch button: at least 96 px high (DESIGN), a label in words, no hover state
// (touch has none), a pressed look while the finger is down. Returns true on the release frame.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

enum class ButtonKind {
    Primary,    // the one main action of a screen
    Secondary,  // everything else
    TopBar,     // buttons on the red top bar
};

constexpr float kMinTouchTarget = 96.0f;  // px at 1920x1080 (DESIGN: targets >= 96 px high)
constexpr float kTouchSpacing = 24.0f;    // px between targets
// A full QWERTY row is ten keys: in a 1080 px portrait screen they fit 96 px high but only ~77 px
// wide (DESIGN's rule is about height). Letter keys may be this narrow, nothing else.
constexpr float kMinKeyWidth = 72.0f;

// `id` is stable across languages ("topbar.home"); `label` is what the resident reads.
bool bigButton(std::string_view id, std::string_view label, ImVec2 size, ButtonKind kind, ImFont* font);
// The same button for keyboard keys: 96 px high, but as narrow as kMinKeyWidth.
bool keyButton(std::string_view id, std::string_view label, ImVec2 size, ButtonKind kind, ImFont* font);

}  // namespace kiosk::widgets
