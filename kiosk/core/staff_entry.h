#pragma once
// The staff's way in (工作人员): a finger held still on the screen's top-left corner for 5 s,
// then a PIN on the keypad. The PIN is kept only as a salted PBKDF2 hash in the config
// (storage/pin_hash computes it); 5 wrong PINs in a row close the way in for 5 minutes.
// Pure logic on a given time (tests use a fake clock).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"

namespace kiosk::core {

constexpr float kStaffCornerPx = 120.0f;  // the corner square a finger must hold
constexpr double kStaffHoldSeconds = 5.0;
constexpr float kStaffHoldSlackPx = 40.0f;  // a finger held "still" may wander this far
constexpr int kStaffPinTries = 5;
constexpr double kStaffLockSeconds = 5 * 60;
// 6 to 8 digits: a 4-digit PBKDF2 record fell to an offline search in minutes on one core
// (10^4 tries); 10^6 at ~40 ms a try is about half a day, 10^8 most of two months.
constexpr std::size_t kStaffPinMinDigits = 6;
constexpr std::size_t kStaffPinMaxDigits = 8;

// Watches the pointer frame by frame for the hold on the top-left corner.
class CornerHold {
public:
    // `down`: the finger is on the screen at (x, y). True once, on the frame the hold completes;
    // the finger must lift before another hold counts.
    bool update(bool down, float x, float y, SteadyTime now);
    // Seconds held so far (0 when no hold is under way).
    double heldSeconds(SteadyTime now) const;

private:
    std::optional<SteadyTime> since_;
    float startX_ = 0;
    float startY_ = 0;
    bool spent_ = false;  // completed: wait for the finger to lift
};

// What the lockout keeps on disk so a restart (or a crash forced by the one trying) does not
// forget it: the wrong PINs in a row and the end of a lock as wall-clock seconds.
struct PinLockoutState {
    int wrong = 0;
    long long lockedUntilUnixSeconds = 0;  // 0: not locked
};
std::string formatPinLockoutState(const PinLockoutState& state);
// Nothing for a file that is not one: the caller then assumes a lock (failing closed).
std::optional<PinLockoutState> parsePinLockoutState(std::string_view text);

// Wrong PINs in a row, and the lock after the fifth.
class PinLockout {
public:
    // The lockout as it stood at `state`, on this process's clocks.
    static PinLockout restored(const PinLockoutState& state, WallTime wallNow, SteadyTime now);
    // The other way: what to keep on disk.
    PinLockoutState state(WallTime wallNow, SteadyTime now) const;

    bool locked(SteadyTime now) const { return lockedUntil_ && now < *lockedUntil_; }
    // Whole minutes (rounded up) until PINs are taken again; 0 when not locked.
    int minutesLeft(SteadyTime now) const;
    int triesLeft() const { return kStaffPinTries - wrong_; }
    // A wrong PIN: true when it was the fifth and entry is now locked.
    bool noteWrong(SteadyTime now);
    void noteRight() { wrong_ = 0; }

private:
    int wrong_ = 0;
    std::optional<SteadyTime> lockedUntil_;
};

// A stored PIN: "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>".
struct PinRecord {
    int iterations = 0;
    std::vector<unsigned char> salt;  // >= 16 bytes
    std::vector<unsigned char> hash;  // 32 bytes (SHA-256)
};
std::optional<PinRecord> parsePinRecord(std::string_view text);
// Why `text` is not a usable record, in words; nothing when it is one.
std::optional<std::string> pinRecordProblem(std::string_view text);

}  // namespace kiosk::core
