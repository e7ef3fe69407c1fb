#pragma once
// A new X server for one kiosk start, as the kiosk's service starts it: xinit starts X, waits until
// the server says it is ready, then starts the kiosk on it; when the kiosk ends the server goes with
// it. Starting each measured kiosk on a server that has already served one instead would count that
// server's reset — the last client gone, Xvfb reloads its GL driver and recompiles its keymap, ~75 ms
// of its CPU — in the next start (+30 ms on these cores), which a kiosk never meets.
#include <sys/types.h>

#include <string>

namespace kiosk::bench {

class FreshXServer {
public:
    // Starts Xvfb (1920×1080, 24-bit, local connections only) and waits until it is ready.
    FreshXServer();
    ~FreshXServer();
    FreshXServer(const FreshXServer&) = delete;
    FreshXServer& operator=(const FreshXServer&) = delete;

    // ":N", or empty when no server could be started (no Xvfb).
    const std::string& display() const { return display_; }

private:
    pid_t pid_ = 0;
    std::string display_;
};

}  // namespace kiosk::bench
