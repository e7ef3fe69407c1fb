#include "core/router.h"

namespace kiosk::core {

void Router::push(ScreenId screen) {
    if (screen == current()) return;  // a double tap must not stack the same screen twice
    stack_.push_back(screen);
    ++generation_;
}

bool Router::back() {
    if (stack_.size() <= 1) return false;
    stack_.pop_back();
    ++generation_;
    return true;
}

void Router::home() {
    resetTo(ScreenId::Home);
}

void Router::resetTo(ScreenId root) {
    if (stack_.size() == 1 && stack_.front() == root) return;
    stack_.assign(1, root);
    ++generation_;
}

}  // namespace kiosk::core
