// The photo step of 反映问题 driven by taps, with a camera played by multifilesrc: 拍照, 重拍,
// 用这张, 删除, up to three, the files on disk (JPEG, at most 1600 px), the case carrying them,
// and no photo left behind by a visit that ends without its case.
#include <gtest/gtest.h>
#include <stb_image.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

#include "storage/outbox.h"
#include "support/headless_ui.h"
#include "support/test_camera.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

class PhotoStepTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-photo-step-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // A 1920x1080 camera: larger than a photo may be, so saving has to scale it.
    std::string camera() {
        constexpr int w = 1920;
        constexpr int h = 1080;
        std::vector<std::uint8_t> rgb(static_cast<std::size_t>(w) * h * 3);
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                std::uint8_t* p = &rgb[(static_cast<std::size_t>(y) * w + x) * 3];
                p[0] = static_cast<std::uint8_t>(x * 255 / (w - 1));  // red grows to the right
                p[1] = 40;
                p[2] = static_cast<std::uint8_t>(y * 255 / (h - 1));
            }
        }
        stbi_write_png((dir_ / "000.png").c_str(), w, h, 3, rgb.data(), w * 3);
        return testing::cameraConfig(testing::filesCameraPipeline(dir_));
    }

    // To the photo step, and until the camera shows a picture (拍照 takes only a real one).
    static void toPhotoStep(testing::HeadlessUi& ui) {
        ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                         "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                         "tap case.next\nexpect text 有照片吗？"),
                  "");
        ASSERT_TRUE(ui.framesUntil([&] { return !ui.showsText("摄像头正在打开……"); }));
    }

    // 拍照 then 用这张, until the photo is on disk and in the draft.
    static void takeAndKeep(testing::HeadlessUi& ui) {
        const std::size_t before = ui.app().caseSession().flow->draft().photos.size();
        ASSERT_EQ(ui.run("tap case.photo.take\nexpect text 这张照片清楚吗？\ntap case.photo.keep"), "");
        ASSERT_TRUE(ui.framesUntil([&] { return ui.app().caseSession().flow->draft().photos.size() == before + 1; }));
    }

    static int filesIn(const fs::path& folder) {
        int n = 0;
        std::error_code ignored;
        for (const auto& e : fs::directory_iterator(folder, ignored)) n += e.is_regular_file() ? 1 : 0;
        return n;
    }

    fs::path dir_;
};

TEST_F(PhotoStepTest, AKeptPhotoIsAScaledJpegNextToTheOutboxAndGoesWithTheCase) {
    testing::HeadlessOptions options;
    options.configText = camera();
    testing::HeadlessUi ui(options);
    toPhotoStep(ui);
    takeAndKeep(ui);

    const std::string photo = ui.app().caseSession().flow->draft().photos.front();
    EXPECT_EQ(fs::path(photo).parent_path(), fs::path(ui.app().photoDesk().directory()));
    int width = 0;
    int height = 0;
    int channels = 0;
    unsigned char* pixels = stbi_load(photo.c_str(), &width, &height, &channels, 3);
    ASSERT_NE(pixels, nullptr) << "a JPEG stb can read";
    EXPECT_EQ(width, 1600);
    EXPECT_EQ(height, 900);
    // As the camera saw it, not mirrored as the preview is: red grows to the right.
    EXPECT_LT(pixels[(450 * 1600 + 100) * 3], 40);
    EXPECT_GT(pixels[(450 * 1600 + 1500) * 3], 215);
    stbi_image_free(pixels);

    ASSERT_EQ(ui.run("tap case.next\nexpect text 怎么联系您？\ntap case.contact.anonymous\ntap case.next\n"
                     "expect text 1 张\ntap case.review.submit\nexpect text 已经收到，谢谢您！"),
              "");
    const auto pending = ui.app().caseDesk().outbox()->pending();
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending.front().photos, std::vector<std::string>{photo});
    // The receipt seen and the visit over: the case still needs its photo.
    ASSERT_EQ(ui.run("tap case.receipt.done\nexpect screen home"), "");
    ui.app().photoDesk().waitIdle();
    EXPECT_TRUE(fs::exists(photo));
}

TEST_F(PhotoStepTest, RetakeKeepsNothingAndDeleteRemovesTheFile) {
    testing::HeadlessOptions options;
    options.configText = camera();
    testing::HeadlessUi ui(options);
    toPhotoStep(ui);
    takeAndKeep(ui);
    const fs::path folder = ui.app().photoDesk().directory();

    ASSERT_EQ(ui.run("tap case.photo.take\nexpect text 这张照片清楚吗？\ntap case.photo.retake\nexpect text 拍照"), "");
    EXPECT_EQ(ui.app().caseSession().shot, nullptr);
    EXPECT_EQ(ui.app().caseSession().flow->draft().photos.size(), 1u);
    ui.app().photoDesk().waitIdle();
    EXPECT_EQ(filesIn(folder), 1) << "a retaken shot is never written";

    takeAndKeep(ui);
    const std::string first = ui.app().caseSession().flow->draft().photos.front();
    ASSERT_EQ(ui.tap("case.photo.remove.1"), "");
    ui.frame();
    ASSERT_EQ(ui.app().caseSession().flow->draft().photos.size(), 1u);
    EXPECT_NE(ui.app().caseSession().flow->draft().photos.front(), first);
    ui.app().photoDesk().waitIdle();
    EXPECT_FALSE(fs::exists(first));
    EXPECT_EQ(filesIn(folder), 1);
}

TEST_F(PhotoStepTest, ThreePhotosAtMost) {
    testing::HeadlessOptions options;
    options.configText = camera();
    testing::HeadlessUi ui(options);
    toPhotoStep(ui);
    for (int i = 0; i < 3; ++i) takeAndKeep(ui);
    ASSERT_EQ(ui.run("expect text 已经拍了3张。要换一张，先删掉一张。"), "");
    EXPECT_NE(ui.tap("case.photo.take"), "") << "拍照 is gone";
    ASSERT_EQ(ui.tap("case.photo.remove.2"), "");
    ASSERT_EQ(ui.run("expect text 拍照"), "");
    takeAndKeep(ui);
    EXPECT_EQ(ui.app().caseSession().flow->draft().photos.size(), 3u);
}

TEST_F(PhotoStepTest, AVisitThatEndsWithoutItsCaseLeavesNoPhotoBehind) {
    testing::HeadlessOptions options;
    options.configText = camera();
    testing::HeadlessUi ui(options);
    toPhotoStep(ui);
    takeAndKeep(ui);
    takeAndKeep(ui);
    const fs::path folder = ui.app().photoDesk().directory();
    ASSERT_EQ(filesIn(folder), 2);
    // The resident walks away: "还在吗？", then the unattended display.
    ASSERT_EQ(ui.wait(125), "");
    ASSERT_EQ(ui.app().currentScreen(), core::ScreenId::Attract);
    ui.app().photoDesk().waitIdle();
    EXPECT_EQ(filesIn(folder), 0);
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 0u);
}

TEST_F(PhotoStepTest, WhileAShotAsksItsAnswerIsTheOneWayOn) {
    testing::HeadlessOptions options;
    options.configText = camera();
    testing::HeadlessUi ui(options);
    toPhotoStep(ui);
    ASSERT_EQ(ui.run("tap case.photo.take\nexpect text 这张照片清楚吗？"), "");
    // 用这张 and 重拍 are the answers; a 下一步 beside them would be a third, red, way on.
    EXPECT_NE(ui.tap("case.next"), "") << "no 下一步 while the shot asks";
    ASSERT_EQ(ui.run("tap case.photo.keep"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.app().caseSession().flow->draft().photos.size() == 1; }));
    ASSERT_EQ(ui.run("tap case.next\nexpect text 怎么联系您？"), "");
}

// How to take the photo, and how to judge the shot, are on the step at every text size in both
// orientations (at 特大 in landscape the how-to once gave way to the picture).
TEST_F(PhotoStepTest, TheHowToWordsStayAtEverySize) {
    testing::HeadlessOptions base;
    base.configText = camera();
    testing::forEverySizeAndOrientation(base, [](const testing::HeadlessOptions& options, const std::string& where) {
        testing::HeadlessUi ui(options);
        toPhotoStep(ui);
        EXPECT_TRUE(ui.showsText("屏幕上方的摄像头")) << where;
        ASSERT_EQ(ui.run("tap case.photo.take\nexpect text 这张照片清楚吗？"), "") << where;
        EXPECT_TRUE(ui.showsText("清楚就点")) << where;
    });
}

// The picture he aims with stays large enough to aim with at every size: at 特大 in landscape
// the words above it left it 440 × 240, then 640 × 360.
TEST_F(PhotoStepTest, ThePictureStaysLargeAtEverySize) {
    testing::HeadlessOptions base;
    base.configText = camera();
    testing::forEverySizeAndOrientation(base, [](const testing::HeadlessOptions& options, const std::string& where) {
        testing::HeadlessUi ui(options);
        toPhotoStep(ui);
        // The headless UI has no texture: the picture's place is drawn in its dark frame colour.
        const auto [min, max] = testing::drawnBoundsOfColor(IM_COL32(0x20, 0x20, 0x20, 0xFF));
        // Landscape: at 特大 nothing goes across above it (how to take it stands above 拍照), so
        // it keeps the height it has at 大 (was 640 × 360).
        const bool portrait = options.height > options.width;
        EXPECT_GE(max.x - min.x, portrait ? 600.0f : 800.0f) << where;
        EXPECT_GE(max.y - min.y, portrait ? 330.0f : 450.0f) << where;
    });
}

TEST_F(PhotoStepTest, WithoutACameraTheStepSaysSoAndGoesOn) {
    testing::HeadlessOptions options;
    options.configText = "[camera]\npipeline = \"v4l2src device=/dev/video-not-here\"\n";
    testing::HeadlessUi ui(options);
    toPhotoStep(ui);
    const std::string said =
        "这台机器的摄像头现在用不了，这次不用拍照，请点“下一步”。以后可以用手机扫回执上的二维码补充照片。";
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText(said); }));
    // One sentence, one way forward: no 拍照, no picture repeating it, no second and third way on.
    const auto& texts = ui.app().registry().texts();
    EXPECT_EQ(std::count_if(texts.begin(), texts.end(),
                            [](const auto& t) { return t.text.find("摄像头") != std::string::npos; }),
              1);
    EXPECT_NE(ui.tap("case.photo.take"), "") << "no 拍照 without a camera";
    EXPECT_NE(ui.tap("case.photo.later"), "");
    EXPECT_NE(ui.tap("case.photo.skip"), "");
    ASSERT_EQ(ui.run("tap case.next\nexpect text 怎么联系您？"), "");
    EXPECT_TRUE(ui.app().caseSession().flow->draft().photos.empty());
}

TEST_F(PhotoStepTest, TheStartSweepsPhotosNoCaseRefersTo) {
    const fs::path data = dir_ / "data";
    fs::create_directories(data / "photos");
    const std::string kept = (data / "photos" / "kept.jpg").string();
    const std::string orphan = (data / "photos" / "orphan.jpg").string();
    std::ofstream(kept) << "jpeg";
    std::ofstream(orphan) << "jpeg";
    {
        storage::Outbox outbox((data / "outbox.db").string());
        storage::NewCase c;
        c.draft.kind = core::CaseKind::Complaint;
        c.draft.categoryCode = "env";
        c.draft.communityId = "xingfuli";
        c.draft.place = "社区广场";
        c.draft.description = "垃圾没人清运";
        c.draft.photos = {kept};
        c.createdAt = "2026-11-22T10:00:00+08:00";
        outbox.submit(c);
    }
    testing::HeadlessOptions options;
    options.dataDir = data.string();
    testing::HeadlessUi ui(options);
    ui.app().photoDesk().waitIdle();
    EXPECT_TRUE(fs::exists(kept));
    EXPECT_FALSE(fs::exists(orphan));
}

}  // namespace
}  // namespace kiosk
