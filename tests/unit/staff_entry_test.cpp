// The staff's way in on a fake clock: the corner hold (5 s, still, top-left only, once per
// press), the lockout after 5 wrong PINs, and the stored PIN (salted PBKDF2, checked in
// constant time, malformed records refused).
#include "core/staff_entry.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "commands/hash_pin_command.h"
#include "config/kiosk_config.h"
#include "features/staff/staff_lockout_file.h"
#include "storage/pin_hash.h"

namespace kiosk::core {
namespace {

SteadyTime at(double seconds) {
    return SteadyTime{} + std::chrono::duration_cast<SteadyTime::duration>(Seconds{seconds});
}

// Holds at (x, y) from 0 s to `seconds` in frames of 1/30 s; true when the hold completed.
bool hold(CornerHold& h, float x, float y, double seconds, double start = 0) {
    bool done = false;
    for (double t = start; t <= start + seconds + 1e-9; t += 1.0 / 30.0) done = h.update(true, x, y, at(t)) || done;
    return done;
}

TEST(StaffEntry, HoldingTheTopLeftCornerStillForFiveSecondsOpensTheWayIn) {
    CornerHold h;
    EXPECT_FALSE(hold(h, 30, 30, 4.8)) << "not yet 5 s";
    h.update(false, 30, 30, at(4.9));
    EXPECT_TRUE(hold(h, 30, 30, 5.05, 10));
    EXPECT_FALSE(hold(h, 30, 30, 6, 15.1)) << "once per press: the finger must lift first";
    h.update(false, 0, 0, at(22));
    EXPECT_TRUE(hold(h, 100, 10, 5.05, 23)) << "anywhere in the corner square";
}

TEST(StaffEntry, ATapElsewhereOrAMovingFingerIsNoHold) {
    CornerHold h;
    EXPECT_FALSE(hold(h, 500, 30, 10)) << "not the corner";
    h.update(false, 0, 0, at(11));
    EXPECT_FALSE(hold(h, 1880, 30, 10, 12)) << "only the top-left corner";
    h.update(false, 0, 0, at(23));
    // Pressed in the corner, then dragged away (a swipe): it does not count, even held long.
    h.update(true, 40, 40, at(30));
    h.update(true, 200, 40, at(30.5));
    EXPECT_FALSE(hold(h, 200, 40, 10, 31));
    EXPECT_FALSE(hold(h, 40, 40, 10, 42)) << "nor when it comes back without lifting";
}

TEST(StaffEntry, FiveWrongPinsLockEntryForFiveMinutesThenItOpensAgain) {
    PinLockout lock;
    for (int i = 0; i < 4; ++i) EXPECT_FALSE(lock.noteWrong(at(i)));
    EXPECT_EQ(lock.triesLeft(), 1);
    EXPECT_FALSE(lock.locked(at(4)));
    EXPECT_TRUE(lock.noteWrong(at(5)));
    EXPECT_TRUE(lock.locked(at(5)));
    EXPECT_EQ(lock.minutesLeft(at(5)), 5);
    EXPECT_EQ(lock.minutesLeft(at(5 + 4 * 60 + 1)), 1);
    EXPECT_TRUE(lock.locked(at(5 + 5 * 60 - 0.1)));
    EXPECT_FALSE(lock.locked(at(5 + 5 * 60)));
    EXPECT_EQ(lock.triesLeft(), 5) << "after the lock, five tries again";
    lock.noteWrong(at(400));
    lock.noteRight();
    EXPECT_EQ(lock.triesLeft(), 5) << "a right PIN forgives the wrong ones before it";
}

TEST(StaffEntry, APinIsStoredSaltedAndOnlyTheRightOneMatches) {
    const std::string record = storage::hashPin("246813", 20000);
    EXPECT_EQ(record.find("246813"), std::string::npos);
    ASSERT_TRUE(parsePinRecord(record).has_value()) << record;
    EXPECT_EQ(parsePinRecord(record)->iterations, 20000);
    EXPECT_TRUE(storage::verifyPin("246813", record));
    EXPECT_FALSE(storage::verifyPin("2469", record));
    EXPECT_FALSE(storage::verifyPin("", record));
    EXPECT_NE(storage::hashPin("246813", 20000), record) << "a fresh salt each time";
}

TEST(StaffEntry, MalformedPinRecordsAreRefused) {
    const std::string good = storage::hashPin("1357", 20000);
    EXPECT_FALSE(pinRecordProblem(good).has_value());
    for (const std::string& bad :
         {std::string(""), std::string("1357"), "md5$20000$" + good.substr(good.find('$', 14) + 1),
          std::string("pbkdf2-sha256$99$00112233445566778899aabbccddeeff$") + std::string(64, 'a'),
          std::string("pbkdf2-sha256$20000$0011$") + std::string(64, 'a'),
          std::string("pbkdf2-sha256$20000$00112233445566778899aabbccddeeff$") + std::string(62, 'a'),
          std::string("pbkdf2-sha256$20000$00112233445566778899aabbccddeeff$") + std::string(64, 'g'),
          good + "$extra"}) {
        EXPECT_TRUE(pinRecordProblem(bad).has_value()) << bad;
        EXPECT_FALSE(storage::verifyPin("1357", bad)) << bad;
    }
}

}  // namespace
}  // namespace kiosk::core

namespace kiosk::core {
namespace {

TEST(StaffEntry, TheLockoutIsKeptAsWallClockSecondsAndComesBackOnAnotherProcesssClock) {
    const WallTime wall{std::chrono::seconds{1795000000}};
    const SteadyTime steady{std::chrono::hours{3}};
    PinLockout lock;
    for (int i = 0; i < kStaffPinTries; ++i) lock.noteWrong(steady);
    ASSERT_TRUE(lock.locked(steady));
    const PinLockoutState kept = lock.state(wall + std::chrono::seconds(60), steady + std::chrono::seconds(60));
    EXPECT_EQ(kept.lockedUntilUnixSeconds, 1795000000 + 300);
    const std::optional<PinLockoutState> read = parsePinLockoutState(formatPinLockoutState(kept));
    ASSERT_TRUE(read);
    // A new process, its steady clock starting anew, two minutes later: three minutes are left.
    const PinLockout again = PinLockout::restored(*read, wall + std::chrono::seconds(120), SteadyTime{});
    EXPECT_TRUE(again.locked(SteadyTime{} + std::chrono::seconds(179)));
    EXPECT_FALSE(again.locked(SteadyTime{} + std::chrono::seconds(181)));
    // A clock set far back never locks for longer than one lock.
    const PinLockout back = PinLockout::restored(*read, wall - std::chrono::hours(24 * 365), SteadyTime{});
    EXPECT_FALSE(back.locked(SteadyTime{} + std::chrono::seconds(301)));
}

TEST(StaffEntry, WrongTriesInARowAreKeptAndAMangledFileIsNotAState) {
    PinLockout lock;
    lock.noteWrong(SteadyTime{});
    lock.noteWrong(SteadyTime{});
    const PinLockoutState kept = lock.state(WallTime{}, SteadyTime{});
    EXPECT_EQ(PinLockout::restored(kept, WallTime{}, SteadyTime{}).triesLeft(), kStaffPinTries - 2);
    for (const char* bad : {"", "wrong 2\n", "wrong x\nlocked_until 0\n", "wrong -1\nlocked_until 0\n",
                            "wrong 2\nlocked_until 0\nmore\n", "wrong 2 locked_until 0"}) {
        EXPECT_FALSE(parsePinLockoutState(bad)) << bad;
    }
}

}  // namespace
}  // namespace kiosk::core

namespace kiosk {
namespace {

TEST(StaffEntry, TheLockoutFileComesBackAndAMangledOneFailsClosed) {
    const std::string path =
        (std::filesystem::temp_directory_path() / ("staff-lockout-" + std::to_string(::getpid()))).string();
    core::ManualClock clock;
    core::PinLockout lockout;
    lockout.noteWrong(clock.now());
    savePinLockout(path, lockout, clock);
    EXPECT_EQ(loadPinLockout(path, clock).triesLeft(), core::kStaffPinTries - 1);
    std::ofstream(path) << "wrong 1\nlocked_until banana\n";
    EXPECT_TRUE(loadPinLockout(path, clock).locked(clock.now())) << "a file someone edited is a lock";
    std::filesystem::remove(path);
    EXPECT_FALSE(loadPinLockout(path, clock).locked(clock.now())) << "no file: a fresh start";
}

TEST(StaffEntry, HashPinRefusesFewerThanSixDigitsAndPrintsADropInBesideTheShippedConfig) {
    for (const char* pin : {"2468\n", "12345\n", "123456789\n", "12a456\n"}) {
        std::istringstream in(pin);
        std::ostringstream out;
        std::ostringstream err;
        EXPECT_EQ(printPinHash(in, out, err), 2) << pin;
        EXPECT_NE(err.str().find("6 to 8 digits"), std::string::npos);
    }
    std::istringstream in("246813\n");
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(printPinHash(in, out, err), 0);
    EXPECT_NE(out.str().find("pin_hash = \"pbkdf2-sha256$"), std::string::npos);
    // What docs/operator.md says, done literally beside the shipped config (which has a [staff]
    // table of its own: the one-file way, a second [staff], made the whole file unreadable):
    // `kiosk --hash-pin | sudo tee /etc/yidiantong-kiosk/kiosk.d/50-staff-pin.toml`.
    const std::filesystem::path etc = std::filesystem::temp_directory_path() / "kiosk-hash-pin-test";
    std::filesystem::remove_all(etc);
    std::filesystem::create_directories(etc / "kiosk.d");
    std::filesystem::copy_file(KIOSK_DEFAULT_CONFIG_FILE, etc / "kiosk.toml");
    std::ofstream(etc / "kiosk.d" / "50-staff-pin.toml") << out.str();
    std::ifstream guide(std::string(KIOSK_SOURCE_DIR) + "/docs/operator.md");
    const std::string guideText{std::istreambuf_iterator<char>(guide), std::istreambuf_iterator<char>()};
    EXPECT_NE(guideText.find("kiosk --hash-pin | sudo tee /etc/yidiantong-kiosk/kiosk.d/50-staff-pin.toml"),
              std::string::npos);
    const config::ConfigLoadResult loaded = config::loadConfigFile((etc / "kiosk.toml").string());
    ASSERT_TRUE(loaded.ok()) << loaded.problems.front().text();
    EXPECT_TRUE(storage::verifyPin("246813", loaded.config.staff.pinHash));
    std::filesystem::remove_all(etc);
}

}  // namespace
}  // namespace kiosk
