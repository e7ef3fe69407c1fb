#include "core/staff_entry.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace kiosk::core {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr int kMinIterations = 10000;
constexpr int kMaxIterations = 10000000;

std::optional<std::vector<unsigned char>> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    std::vector<unsigned char> out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned int byte = 0;
        const auto [end, error] = std::from_chars(hex.data() + i, hex.data() + i + 2, byte, 16);
        if (error != std::errc{} || end != hex.data() + i + 2) return std::nullopt;
        out.push_back(static_cast<unsigned char>(byte));
    }
    return out;
}

}  // namespace

bool CornerHold::update(bool down, float x, float y, SteadyTime now) {
    if (!down) {
        since_.reset();
        spent_ = false;
        return false;
    }
    if (spent_) return false;
    if (!since_) {
        if (x < 0 || y < 0 || x > kStaffCornerPx || y > kStaffCornerPx) return false;
        since_ = now;
        startX_ = x;
        startY_ = y;
        return false;
    }
    if (std::fabs(x - startX_) > kStaffHoldSlackPx || std::fabs(y - startY_) > kStaffHoldSlackPx) {
        since_.reset();  // a swipe, not a hold
        spent_ = true;   // and it does not count again until the finger lifts
        return false;
    }
    if (Seconds(now - *since_).count() < kStaffHoldSeconds) return false;
    since_.reset();
    spent_ = true;
    return true;
}

double CornerHold::heldSeconds(SteadyTime now) const {
    return since_ ? Seconds(now - *since_).count() : 0.0;
}

int PinLockout::minutesLeft(SteadyTime now) const {
    if (!locked(now)) return 0;
    return static_cast<int>(std::ceil(Seconds(*lockedUntil_ - now).count() / 60.0));
}

bool PinLockout::noteWrong(SteadyTime now) {
    if (++wrong_ < kStaffPinTries) return false;
    wrong_ = 0;
    lockedUntil_ = now + std::chrono::duration_cast<SteadyTime::duration>(Seconds{kStaffLockSeconds});
    return true;
}

PinLockout PinLockout::restored(const PinLockoutState& state, WallTime wallNow, SteadyTime now) {
    PinLockout lockout;
    lockout.wrong_ = std::clamp(state.wrong, 0, kStaffPinTries - 1);
    const long long left = state.lockedUntilUnixSeconds -
                           std::chrono::duration_cast<std::chrono::seconds>(wallNow.time_since_epoch()).count();
    // Never longer than one lock: a clock set back must not lock staff out for days.
    if (left > 0) {
        lockout.lockedUntil_ = now + std::chrono::duration_cast<SteadyTime::duration>(
                                         Seconds{std::min<double>(static_cast<double>(left), kStaffLockSeconds)});
    }
    return lockout;
}

PinLockoutState PinLockout::state(WallTime wallNow, SteadyTime now) const {
    PinLockoutState s;
    s.wrong = wrong_;
    if (locked(now)) {
        const auto left = std::chrono::ceil<std::chrono::seconds>(*lockedUntil_ - now);
        s.lockedUntilUnixSeconds =
            std::chrono::duration_cast<std::chrono::seconds>(wallNow.time_since_epoch() + left).count();
    }
    return s;
}

std::string formatPinLockoutState(const PinLockoutState& state) {
    return "wrong " + std::to_string(state.wrong) + "\nlocked_until " + std::to_string(state.lockedUntilUnixSeconds) +
           "\n";
}

std::optional<PinLockoutState> parsePinLockoutState(std::string_view text) {
    PinLockoutState state;
    auto number = [&text](std::string_view name, auto& into) {
        const std::string prefix = std::string(name) + " ";
        if (text.substr(0, prefix.size()) != prefix) return false;
        text.remove_prefix(prefix.size());
        const auto end = text.find('\n');
        const std::string_view digits = text.substr(0, end);
        const auto [last, error] = std::from_chars(digits.data(), digits.data() + digits.size(), into);
        if (error != std::errc{} || last != digits.data() + digits.size() || end == std::string_view::npos)
            return false;
        text.remove_prefix(end + 1);
        return true;
    };
    if (!number("wrong", state.wrong) || !number("locked_until", state.lockedUntilUnixSeconds) || !text.empty())
        return std::nullopt;
    if (state.wrong < 0 || state.lockedUntilUnixSeconds < 0) return std::nullopt;
    return state;
}

std::optional<PinRecord> parsePinRecord(std::string_view text) {
    auto next = [&text]() {
        const std::size_t cut = text.find('$');
        const std::string_view part = text.substr(0, cut);
        text = cut == std::string_view::npos ? std::string_view{} : text.substr(cut + 1);
        return part;
    };
    if (next() != kScheme) return std::nullopt;
    const std::string_view iterations = next();
    PinRecord r;
    const auto [end, error] = std::from_chars(iterations.data(), iterations.data() + iterations.size(), r.iterations);
    if (error != std::errc{} || end != iterations.data() + iterations.size()) return std::nullopt;
    if (r.iterations < kMinIterations || r.iterations > kMaxIterations) return std::nullopt;
    auto salt = fromHex(next());
    const std::string_view hashHex = next();
    auto hash = fromHex(hashHex);
    if (!salt || !hash || salt->size() < 16 || salt->size() > 64 || hash->size() != 32 || !text.empty())
        return std::nullopt;
    r.salt = std::move(*salt);
    r.hash = std::move(*hash);
    return r;
}

std::optional<std::string> pinRecordProblem(std::string_view text) {
    if (parsePinRecord(text)) return std::nullopt;
    return "must be a line printed by `kiosk --hash-pin` (pbkdf2-sha256$iterations$salt$hash)";
}

}  // namespace kiosk::core
