#pragma once
// A large choice with a name and one line of explanation under it (投诉 — 有问题需要解决). Used
// where a bare word is not enough for someone deciding for the first time. The chosen one is
// filled and its name starts with a check mark: never colour alone.
#include <imgui.h>

#include <string_view>

namespace kiosk::widgets {

// Draws at the cursor and advances it; returns true on the release frame.
bool choiceCard(std::string_view id, std::string_view name, std::string_view hint, ImVec2 size, bool selected,
                std::string_view selectedMark, ImFont* nameFont, ImFont* hintFont);
// The height a card needs for `hint` wrapped to `width`.
float choiceCardHeight(std::string_view hint, float width, ImFont* nameFont, ImFont* hintFont);

}  // namespace kiosk::widgets
