// Which case catalog the kiosk offers: the platform's from the content cache when it is usable,
// else the bundled file — so a broken feed never takes filing away.
#include "features/cases/case_desk.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "storage/content_store.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

class CaseDeskTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-case-desk-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string bundledCatalog() const { return std::string(KIOSK_SOURCE_DIR) + "/assets/demo/case_catalog.json"; }
    std::string contentPath() const { return (dir_ / "content.db").string(); }
    std::string bundledVersion() const {
        return nlohmann::json::parse(std::ifstream(bundledCatalog()))["version"].get<std::string>();
    }
    const core::CaseCatalog* openDesk() {
        desk_ = std::make_unique<CaseDesk>(bundledCatalog(), (dir_ / "outbox.db").string(), contentPath());
        desk_->open();
        return desk_->catalog();
    }
    fs::path dir_;
    std::unique_ptr<CaseDesk> desk_;
};

TEST_F(CaseDeskTest, WithoutASyncedCatalogTheBundledOneIsOffered) {
    const core::CaseCatalog* catalog = openDesk();
    ASSERT_NE(catalog, nullptr);
    EXPECT_EQ(catalog->version, bundledVersion());
    EXPECT_TRUE(desk_->available());
}

TEST_F(CaseDeskTest, ThePlatformsCatalogIsPreferredAtStart) {
    nlohmann::json platform = nlohmann::json::parse(std::ifstream(bundledCatalog()));
    platform["version"] = "platform-2026-12";
    platform["categories"][0]["name"] = "垃圾分类";
    storage::ContentStore(contentPath()).setDocument(storage::kCaseCatalogDocument, platform.dump());
    const core::CaseCatalog* catalog = openDesk();
    ASSERT_NE(catalog, nullptr);
    EXPECT_EQ(catalog->version, "platform-2026-12");
    EXPECT_EQ(catalog->categories.front().name, "垃圾分类");
}

TEST_F(CaseDeskTest, AnUnusableSyncedCatalogFallsBackToTheBundledOne) {
    storage::ContentStore(contentPath())
        .setDocument(storage::kCaseCatalogDocument, R"({"version":"x","categories":[]})");
    const core::CaseCatalog* catalog = openDesk();
    ASSERT_NE(catalog, nullptr);
    EXPECT_EQ(catalog->version, bundledVersion());

    fs::remove(contentPath());
    std::ofstream(contentPath()) << "not a database";
    catalog = openDesk();
    ASSERT_NE(catalog, nullptr);
    EXPECT_EQ(catalog->version, bundledVersion());
}

}  // namespace
}  // namespace kiosk
