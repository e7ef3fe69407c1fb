// The content cache: round trip, readers never see half a set, a killed import loses nothing.
#include "storage/content_store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "core/demo_content_generator.h"

namespace kiosk::storage {
namespace {

class ContentStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            std::filesystem::temp_directory_path() / ("kiosk-store-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / "content.db").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::filesystem::path dir_;
    std::string path_;
};

core::DisclosureSet smallSet(std::uint32_t seed, int payouts) {
    core::GeneratorOptions options;
    options.seed = seed;
    options.payoutTarget = payouts;
    return core::generateDisclosures(options);
}

TEST_F(ContentStoreTest, EmptyStoreHasNoSet) {
    ContentStore store(path_);
    EXPECT_FALSE(store.loadDisclosures().has_value());
    EXPECT_EQ(store.disclosureVersion(), "");
}

// The content worker imports the bundled set on its own connection while the sync worker may be
// switching to the platform's: whoever comes second must not replace the platform's set.
TEST_F(ContentStoreTest, TheBundledSetNeverReplacesOneFromThePlatform) {
    core::DisclosureSet bundled = smallSet(1, 30);
    bundled.version = "bundled-1";
    core::DisclosureSet platform = smallSet(2, 40);
    platform.version = "platform-7";
    ContentStore loader(path_);
    ContentStore sync(path_);  // another connection, as the sync worker has
    EXPECT_TRUE(loader.importBundledDisclosures(bundled, {{"bundled_disclosures", "sig-1"}}));
    EXPECT_EQ(loader.disclosureVersion(), "bundled-1");
    sync.importDisclosures(platform, {{kDisclosuresFromPlatformSetting, "1"}});
    EXPECT_FALSE(loader.importBundledDisclosures(bundled, {{"bundled_disclosures", "sig-2"}}));
    EXPECT_EQ(loader.disclosureVersion(), "platform-7");
    EXPECT_EQ(loader.loadDisclosures()->payouts.size(), platform.payouts.size());
    EXPECT_EQ(loader.setting("bundled_disclosures"), "sig-1") << "nothing of the refused import is written";
}

TEST_F(ContentStoreTest, RoundTripKeepsEveryField) {
    const core::DisclosureSet set = smallSet(1, 800);
    {
        ContentStore store(path_);
        store.importDisclosures(set);
    }
    ContentStore reopened(path_);  // survives closing the database
    const auto loaded = reopened.loadDisclosures();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(core::disclosuresToJson(*loaded), core::disclosuresToJson(set));
}

TEST_F(ContentStoreTest, ANewSetReplacesTheOldAndRemovesIt) {
    ContentStore store(path_);
    store.importDisclosures(smallSet(1, 500));
    const core::DisclosureSet second = smallSet(2, 700);
    store.importDisclosures(second);
    EXPECT_EQ(store.disclosureVersion(), second.version);
    EXPECT_EQ(store.loadDisclosures()->payouts.size(), second.payouts.size());
    Database db(path_);
    Statement count(db.handle(), "SELECT COUNT(*) FROM content_sets");
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.integer(0), 1);
}

TEST_F(ContentStoreTest, AReaderKeepsItsSnapshotWhileANewSetIsWritten) {
    const core::DisclosureSet first = smallSet(1, 500);
    const core::DisclosureSet second = smallSet(2, 900);
    ContentStore writer(path_);
    writer.importDisclosures(first);

    Database reader(path_);
    reader.exec("BEGIN");
    Statement count(reader.handle(),
                    "SELECT COUNT(*) FROM payouts p JOIN content_sets s ON p.set_id = s.id WHERE s.active = 1");
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.integer(0), static_cast<std::int64_t>(first.payouts.size()));
    while (count.next()) {
    }
    writer.importDisclosures(second);
    ASSERT_TRUE(count.next());  // same read transaction: still the whole old set
    EXPECT_EQ(count.integer(0), static_cast<std::int64_t>(first.payouts.size()));
    while (count.next()) {
    }
    reader.exec("COMMIT");
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.integer(0), static_cast<std::int64_t>(second.payouts.size()));
}

TEST_F(ContentStoreTest, AnImportKilledHalfwayLeavesTheOldSetWhole) {
    const core::DisclosureSet first = smallSet(1, 500);
    {
        ContentStore store(path_);
        store.importDisclosures(first);
    }
    const core::DisclosureSet big = smallSet(3, 60000);
    for (int delayMs : {5, 40, 120}) {
        SCOPED_TRACE(delayMs);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ContentStore store(path_);
            for (;;) store.importDisclosures(big);  // until killed
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);

        ContentStore store(path_);
        const auto loaded = store.loadDisclosures();
        ASSERT_TRUE(loaded.has_value());
        // Exactly one whole set: the old one, or the new one if an import finished.
        if (loaded->version == first.version) {
            EXPECT_EQ(loaded->payouts.size(), first.payouts.size());
        } else {
            EXPECT_EQ(loaded->version, big.version);
            EXPECT_EQ(loaded->payouts.size(), big.payouts.size());
        }
        Database db(path_);
        Statement check(db.handle(), "PRAGMA integrity_check");
        ASSERT_TRUE(check.next());
        EXPECT_EQ(check.text(0), "ok");
        while (check.next()) {
        }
    }
}

}  // namespace
}  // namespace kiosk::storage

namespace kiosk::storage {
namespace {

// The start opens the store on the UI thread: a store already made must be opened without a write
// (a commit waits for the disk).
TEST_F(ContentStoreTest, OpeningAStoreAlreadyMadeWritesNothing) {
    { ContentStore made(path_); }
    const std::filesystem::path wal = path_ + "-wal";
    ContentStore reopened(path_);
    EXPECT_EQ(reopened.document("nothing"), "");
    const auto walBytes = std::filesystem::exists(wal) ? std::filesystem::file_size(wal) : 0;
    EXPECT_EQ(walBytes, 0u) << "opening wrote to the database's log";
}

TEST_F(ContentStoreTest, SettingsPersist) {
    {
        ContentStore store(path_);
        EXPECT_EQ(store.setting("bundled_disclosures"), "");
        store.setSetting("bundled_disclosures", "a|1|2");
        store.setSetting("bundled_disclosures", "a|1|3");
    }
    EXPECT_EQ(ContentStore(path_).setting("bundled_disclosures"), "a|1|3");
}

}  // namespace
}  // namespace kiosk::storage
