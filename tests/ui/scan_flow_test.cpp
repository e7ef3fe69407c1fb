// 扫码 in the headless kiosk, the camera played by multifilesrc from frames made here: a receipt
// held up opens 进度查询 with its code filled in; a code the kiosk has nothing for is shown in
// plain words and opens nothing; a missing camera says so and leaves the way to type the code;
// an unplugged one is picked up again when it is back.
#include <gtest/gtest.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "support/headless_ui.h"
#include "support/qr_corpus.h"
#include "support/test_camera.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

class ScanFlowTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("scan-flow-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    // A camera that shows `payload` on a phone screen, ten frames a second.
    std::string cameraShowing(const std::string& payload, bool darkMode = false) {
        const auto frame = testing::phoneFrame(payload, darkMode);
        stbi_write_png((dir_ / "000.png").c_str(), testing::kFrameWidth, testing::kFrameHeight, 1, frame.data(),
                       testing::kFrameWidth);
        return testing::cameraConfig(testing::filesCameraPipeline(dir_));
    }
    fs::path dir_;
};

TEST_F(ScanFlowTest, AReceiptHeldUpOpensItsCaseWithTheCodeFilledIn) {
    testing::HeadlessOptions options;
    options.demoCases = true;
    options.configText = cameraShowing("https://jdydt.example.cn/t/2026110267", /*darkMode=*/true);
    testing::HeadlessUi ui(options);
    ASSERT_EQ(
        ui.run("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr\nexpect text 把二维码对准屏幕上方的摄像头"),
        "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.app().currentScreen() == core::ScreenId::TrackCase; }));
    EXPECT_EQ(ui.app().trackSession().form.code(), "2026110267");
    EXPECT_EQ(ui.app().trackSession().form.field(), core::TrackingField::Secret) << "next: the 4 digits";
    ASSERT_EQ(ui.run("tap track.key.8\ntap track.key.0\ntap track.key.0\ntap track.key.0\ntap track.lookup"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.app().trackSession().found.has_value(); }));
    EXPECT_EQ(ui.app().trackSession().found->summary.trackingCode, "2026110267");
}

TEST_F(ScanFlowTest, ACodeTheKioskHasNothingForIsShownAndOpensNothing) {
    testing::HeadlessOptions options;
    options.configText = cameraShowing("WIFI:S:大厅;T:WPA;P:12345678;;");
    testing::HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr"), "");
    ASSERT_TRUE(
        ui.framesUntil([&] { return ui.showsText("无法识别此二维码。本机只能打开回执和“监督一点通”的二维码。"); }));
    EXPECT_TRUE(ui.showsText("二维码里的内容：WIFI:S:大厅;T:WPA;P:12345678;;"));
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::ScanQr);
    // Leaving the screen lets the camera go.
    ASSERT_EQ(ui.run("tap topbar.home\nexpect screen home"), "");
}

// Issue 19: one scanned code forced a font-atlas rebuild, and every different code grew the glyph
// set for the life of the process. Characters the atlas lacks now show as □.
TEST_F(ScanFlowTest, AScannedCodesRareCharactersShowAsPlaceholdersAndNeverGrowTheAtlas) {
    testing::HeadlessOptions options;
    options.configText = cameraShowing("ABC齉龘靐");
    testing::HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return !ui.app().fonts().building(); }));
    const std::size_t glyphsBefore = ui.app().fonts().glyphs().size();
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("二维码里的内容：ABC□□□"); }));
    for (int i = 0; i < 30; ++i) ui.frame();
    EXPECT_FALSE(ui.app().fonts().building());
    EXPECT_EQ(ui.app().fonts().glyphs().size(), glyphsBefore);
    EXPECT_FALSE(ui.app().fonts().glyphs().contains(U'齉'));
}

// A code whose text would display other than it reads (a right-to-left override) is refused.
TEST_F(ScanFlowTest, ACodeWithBidiOverridesIsRefusedWithoutShowingIt) {
    testing::HeadlessOptions options;
    options.configText = cameraShowing("https://jdydt.example.cn/\u202Egpj.exe");
    testing::HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("无法识别此二维码。"); }));
    EXPECT_FALSE(ui.showsText("本机只能打开")) << "refused, not shown as an unrecognised text";
    EXPECT_FALSE(ui.showsText("二维码里的内容："));
}

TEST_F(ScanFlowTest, AnUnpluggedCameraSaysSoAndReadsCodesAgainWhenItIsBack) {
    const fs::path frames = dir_ / "frames";
    fs::create_directories(frames);
    const std::vector<std::uint8_t> nothing(static_cast<std::size_t>(testing::kFrameWidth) * testing::kFrameHeight,
                                            128);
    auto writeFrame = [&](const fs::path& folder, const std::vector<std::uint8_t>& gray) {
        stbi_write_png((folder / "000.png").c_str(), testing::kFrameWidth, testing::kFrameHeight, 1, gray.data(),
                       testing::kFrameWidth);
    };
    writeFrame(frames, nothing);
    testing::HeadlessOptions options;
    options.configText = testing::cameraConfig(testing::filesCameraPipeline(frames));
    testing::HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return !ui.showsText("摄像头正在打开……"); }));
    // Unplugged while in use: the source's files vanish, a pipeline error.
    fs::rename(frames, dir_ / "unplugged");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("摄像头暂时不能用。查进度可以直接输入查询码。"); }));
    EXPECT_EQ(ui.app().currentScreen(), core::ScreenId::ScanQr);
    // Plugged back in, with a receipt held up: picked up again and read, with no tap.
    writeFrame(dir_ / "unplugged", testing::phoneFrame("https://jdydt.example.cn/t/2026110267", false));
    fs::rename(dir_ / "unplugged", frames);
    ASSERT_TRUE(ui.framesUntil([&] { return ui.app().currentScreen() == core::ScreenId::TrackCase; }));
    EXPECT_EQ(ui.app().trackSession().form.code(), "2026110267");
}

TEST_F(ScanFlowTest, AMissingCameraSaysSoAndTheCodeCanBeTyped) {
    testing::HeadlessOptions options;
    options.configText = "[camera]\npipeline = \"v4l2src device=/dev/video-not-here\"\n";
    testing::HeadlessUi ui(options);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.scan\nexpect screen scan_qr"), "");
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("摄像头暂时不能用。查进度可以直接输入查询码。"); }));
    // It does not ask him to aim at a camera that cannot see, and says so once, not twice.
    EXPECT_TRUE(ui.showsText("这台机器现在不能扫码"));
    EXPECT_FALSE(ui.showsText("把二维码对准屏幕上方的摄像头"));
    const auto& texts = ui.app().registry().texts();
    EXPECT_EQ(std::count_if(texts.begin(), texts.end(),
                            [](const auto& t) { return t.text.find("摄像头暂时不能用") != std::string::npos; }),
              1);
    ASSERT_EQ(ui.run("tap scan.type_code\nexpect screen track_case"), "");
}

}  // namespace
}  // namespace kiosk
