#pragma once
// A square to write one character in with a finger, with a 田字格 guide as in school exercise
// books. Finished strokes come from the caller (they belong to the session); the stroke being
// written is the pad's own until the finger lifts, when it is returned, normalised to 0..1.
#include <imgui.h>

#include <optional>
#include <string>

#include "core/ink.h"

namespace kiosk::widgets {

struct HandwritingPadState {
    core::Stroke live;  // the stroke under the finger now
};

std::optional<core::Stroke> handwritingPad(const std::string& id, const std::string& label, float side,
                                           const core::Ink& ink, HandwritingPadState& state);

}  // namespace kiosk::widgets
