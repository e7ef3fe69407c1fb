#include "connection_gate.h"

namespace kiosk::server {

bool ConnectionGate::admit(const std::string& client) {
    std::lock_guard lock(mutex_);
    int& held = held_[client];
    if (max_ > 0 && held >= max_) return false;
    ++held;
    return true;
}

void ConnectionGate::release(const std::string& client) {
    std::lock_guard lock(mutex_);
    const auto it = held_.find(client);
    if (it != held_.end() && --it->second <= 0) held_.erase(it);
}

int ConnectionGate::heldBy(const std::string& client) const {
    std::lock_guard lock(mutex_);
    const auto it = held_.find(client);
    return it == held_.end() ? 0 : it->second;
}

}  // namespace kiosk::server
