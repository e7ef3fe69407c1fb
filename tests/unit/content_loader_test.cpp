// The content worker's logic: cache filled from the bundled set once, reused after, and a broken
// cache or a broken file never leaves the screen without content when one of them is good.
#include "features/content/content_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/demo_content_generator.h"
#include "storage/content_store.h"

namespace kiosk {
namespace {

class ContentLoaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            std::filesystem::temp_directory_path() / ("kiosk-loader-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        core::GeneratorOptions options;
        options.payoutTarget = 600;
        std::ofstream(bundled()) << core::disclosuresToJson(core::generateDisclosures(options));
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::string db() const { return (dir_ / "data" / "content.db").string(); }
    std::string bundled() const { return (dir_ / "disclosures.json").string(); }
    std::filesystem::path dir_;
};

TEST_F(ContentLoaderTest, FillsTheCacheThenServesItEvenWhenTheBundledFileIsGone) {
    const ContentLoadResult first = loadContent(db(), bundled());
    ASSERT_NE(first.disclosures, nullptr);
    EXPECT_TRUE(first.problems.empty()) << first.problems.front();
    const std::size_t count = first.disclosures->set().payouts.size();
    ASSERT_GT(count, 0u);
    ASSERT_NE(first.disclosures->nameSearch(), nullptr);  // pinyin data from unicode-data

    std::filesystem::remove(bundled());
    const ContentLoadResult second = loadContent(db(), bundled());
    ASSERT_NE(second.disclosures, nullptr);
    EXPECT_EQ(second.disclosures->set().payouts.size(), count);
}

TEST_F(ContentLoaderTest, ABrokenCacheFallsBackToTheBundledSet) {
    std::filesystem::create_directories(dir_ / "data");
    std::ofstream(db()) << "this is not a database";
    const ContentLoadResult result = loadContent(db(), bundled());
    ASSERT_NE(result.disclosures, nullptr);
    ASSERT_FALSE(result.problems.empty());
    EXPECT_NE(result.problems.front().find("content cache unavailable"), std::string::npos);
}

TEST_F(ContentLoaderTest, NothingUsableMeansNoContentAndAReason) {
    std::ofstream(bundled()) << "{ not json";
    const ContentLoadResult result = loadContent(db(), bundled());
    EXPECT_EQ(result.disclosures, nullptr);
    EXPECT_FALSE(result.problems.empty());
}

TEST_F(ContentLoaderTest, ASetFromThePlatformIsNeverReplacedByTheBundledFile) {
    core::GeneratorOptions options;
    options.payoutTarget = 50;
    core::DisclosureSet platform = core::generateDisclosures(options);
    platform.version = "platform-7";
    {
        std::filesystem::create_directories(dir_ / "data");
        storage::ContentStore store(db());
        store.importDisclosures(platform, {{storage::kDisclosuresFromPlatformSetting, "1"}});
        store.setDocument(
            storage::kAnnouncementsDocument,
            R"({"announcements":[{"id":"a1","title":"冬季供暖补贴开始申领","body":"请到服务大厅申领。"}]})");
    }
    const ContentLoadResult result = loadContent(db(), bundled());  // the bundled file is newer than the cache
    ASSERT_NE(result.disclosures, nullptr);
    EXPECT_EQ(result.disclosures->set().version, "platform-7");
    EXPECT_EQ(result.disclosures->set().payouts.size(), platform.payouts.size());
    ASSERT_TRUE(result.announcements.has_value());
    ASSERT_EQ(result.announcements->size(), 1u);
    EXPECT_EQ(result.announcements->front().title, "冬季供暖补贴开始申领");
}

}  // namespace
}  // namespace kiosk
