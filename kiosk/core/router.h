#pragma once
// Which screen is showing, as a stack whose bottom is always a root (home, or the attract loop).
#include <cstdint>
#include <vector>

#include "core/screen_id.h"

namespace kiosk::core {

class Router {
public:
    Router() = default;

    ScreenId current() const { return stack_.back(); }
    std::size_t depth() const { return stack_.size(); }
    // Bumped on every change, so views can notice "a new screen was entered" without callbacks.
    std::uint64_t generation() const { return generation_; }

    void push(ScreenId screen);
    // 返回: one step back; at a root nothing happens. Returns whether the screen changed.
    bool back();
    // 首页: drop everything above home.
    void home();
    // Start over from a different root (the attract loop, the operator error screen).
    void resetTo(ScreenId root);

private:
    std::vector<ScreenId> stack_{ScreenId::Home};
    std::uint64_t generation_ = 0;
};

}  // namespace kiosk::core
