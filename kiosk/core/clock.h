#pragma once
// Time sources. Everything that decides by time takes a Clock so tests and scripted tours can
// run on a manual clock instead of waiting in real time.
#include <chrono>

namespace kiosk::core {

using SteadyTime = std::chrono::steady_clock::time_point;
using WallTime = std::chrono::system_clock::time_point;
using Seconds = std::chrono::duration<double>;

class Clock {
public:
    virtual ~Clock() = default;
    virtual SteadyTime now() const = 0;    // for durations and timeouts
    virtual WallTime wallNow() const = 0;  // for what the screen shows (date and time)
};

class SystemClock final : public Clock {
public:
    SteadyTime now() const override { return std::chrono::steady_clock::now(); }
    WallTime wallNow() const override { return std::chrono::system_clock::now(); }
};

// A clock that moves only when told to: unit tests, headless UI tests, scripted tours.
class ManualClock final : public Clock {
public:
    explicit ManualClock(WallTime wallStart = WallTime{std::chrono::seconds{1795000000}}) : wallStart_(wallStart) {}
    SteadyTime now() const override { return SteadyTime{} + elapsed_; }
    WallTime wallNow() const override { return wallStart_ + std::chrono::duration_cast<WallTime::duration>(elapsed_); }
    void advance(Seconds by) { elapsed_ += std::chrono::duration_cast<std::chrono::nanoseconds>(by); }

private:
    WallTime wallStart_;
    std::chrono::nanoseconds elapsed_{std::chrono::hours{1}};
};

}  // namespace kiosk::core
