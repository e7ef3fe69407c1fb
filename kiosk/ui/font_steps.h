#pragma once
// Where a word at title size does not fit its room, it steps down: the title, then the title one
// 字号 smaller (FontSet::titleStep), then the body. Taking the first step that fits keeps a larger
// 字号 from setting words smaller than a smaller 字号 did — a title that no longer fits at 大 keeps
// 标准's title size rather than dropping to 大's body (74 px against 91): tested on every render
// tour screenshot by tests/ui/nothing_shrinks_test.cpp.
#include <imgui.h>

#include <functional>

#include "widgets/font_set.h"

namespace kiosk::ui {

// The largest of title, titleStep and body for which `fits` holds; the body when none does.
ImFont* largestTitleThatFits(const widgets::FontSet& fonts, const std::function<bool(ImFont*)>& fits);

}  // namespace kiosk::ui
