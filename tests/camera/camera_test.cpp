// The camera code on GStreamer test and file sources (no camera here): frames arrive as RGBA,
// a corpus frame played through multifilesrc is read by the QR decoder, a missing or broken
// camera says so, and an "unplugged" source is picked up again when it comes back.
#include "platform/camera.h"

#include <gtest/gtest.h>

#include <stb_image_write.h>
#include <unistd.h>
#include <deque>
#include <mutex>

#include <filesystem>
#include <thread>

#include "core/qr_decoder.h"
#include "features/scan/qr_scan_worker.h"
#include "support/eventually.h"
#include "support/qr_corpus.h"
#include "support/test_camera.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

std::vector<std::uint8_t> lumaOf(const platform::CameraFrame& f) {
    std::vector<std::uint8_t> y;
    core::lumaFromRgba(f.rgba.data(), f.width, f.height, y);
    return y;
}

class CameraTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("camera-test-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "frames");
    }
    void TearDown() override { fs::remove_all(dir_); }
    // Corpus frames as PNG files 000.png, 001.png ... for multifilesrc.
    void writeFrames(const std::vector<std::string>& names) {
        const auto corpus = testing::makeQrCorpus();
        int index = 0;
        for (const auto& name : names) {
            const auto& f = *std::find_if(corpus.begin(), corpus.end(), [&](const auto& c) { return c.name == name; });
            char file[16];
            std::snprintf(file, sizeof file, "%03d.png", index++);
            stbi_write_png((dir_ / "frames" / file).c_str(), testing::kFrameWidth, testing::kFrameHeight, 1,
                           f.pixels.data(), testing::kFrameWidth);
        }
    }
    std::string filesPipeline() const { return testing::filesCameraPipeline(dir_ / "frames"); }
    fs::path dir_;
};

TEST_F(CameraTest, ATestSourceGivesRgbaFrames) {
    platform::Camera camera("videotestsrc is-live=true ! video/x-raw,width=320,height=240,framerate=30/1");
    std::atomic<int> callbacks{0};
    camera.onFrame([&] { ++callbacks; });
    EXPECT_EQ(camera.status().state, platform::CameraState::Off);
    camera.start();
    ASSERT_TRUE(testing::eventually([&] { return camera.status().frames >= 3; }));
    EXPECT_EQ(camera.status().state, platform::CameraState::Running);
    const auto frame = camera.latest();
    ASSERT_NE(frame, nullptr);
    EXPECT_EQ(frame->width, 320);
    EXPECT_EQ(frame->height, 240);
    EXPECT_EQ(frame->rgba.size(), 320u * 240u * 4u);
    EXPECT_GE(callbacks.load(), 3);
    camera.stop();
    EXPECT_EQ(camera.status().state, platform::CameraState::Off);
    EXPECT_EQ(camera.latest(), nullptr) << "no frame is kept once the camera is off";
}

TEST_F(CameraTest, AReceiptShownToTheCameraIsReadFromItsFrames) {
    writeFrames({"empty_0", "phone_screen", "empty_1"});
    platform::Camera camera(filesPipeline());
    camera.start();
    std::optional<std::string> text;
    ASSERT_TRUE(testing::eventually([&] {
        const auto frame = camera.latest();
        if (!frame) return false;
        const auto luma = lumaOf(*frame);
        text = core::decodeQr({luma.data(), frame->width, frame->height, frame->width, 1});
        return text.has_value();
    }));
    EXPECT_EQ(*text, "https://jdydt.example.cn/t/2026110267");
}

// The decode worker on the camera's frames: the code held up is handed over once, while it
// stays in view, and the UI is woken for it.
TEST_F(CameraTest, TheScanWorkerHandsOverACodeOncePerShowing) {
    writeFrames({"phone_dark_mode"});
    auto camera = std::make_shared<platform::Camera>(filesPipeline());
    std::atomic<int> wakes{0};
    std::mutex handedMutex;
    std::deque<std::string> handed;  // what the worker handed over, on its thread
    QrScanWorker worker([&](std::string code) {
        const std::lock_guard lock(handedMutex);
        handed.push_back(std::move(code));
        ++wakes;
    });
    auto take = [&]() -> std::optional<std::string> {
        const std::lock_guard lock(handedMutex);
        if (handed.empty()) return std::nullopt;
        std::string code = std::move(handed.front());
        handed.pop_front();
        return code;
    };
    camera->onFrame([&] { worker.frameArrived(); });
    worker.start(camera);
    camera->start();
    std::optional<std::string> text;
    ASSERT_TRUE(testing::eventually([&] { return (text = take()).has_value(); }));
    EXPECT_EQ(*text, "https://jdydt.example.cn/t/2026110267");
    EXPECT_GE(wakes.load(), 1);
    const std::uint64_t framesThen = camera->status().frames;
    ASSERT_TRUE(testing::eventually([&] { return camera->status().frames >= framesThen + 8; }));
    EXPECT_FALSE(take().has_value()) << "still in view: not handed over again";
    worker.stop();
    camera->stop();
}

TEST_F(CameraTest, AMissingOrBrokenCameraSaysSo) {
    platform::Camera missing("v4l2src device=/dev/video-not-here", 200ms);
    missing.start();
    ASSERT_TRUE(testing::eventually([&] { return missing.status().state == platform::CameraState::Failed; }));
    EXPECT_FALSE(missing.status().problem.empty());
    platform::Camera broken("no_such_element_anywhere", 200ms);
    broken.start();
    ASSERT_TRUE(testing::eventually([&] { return broken.status().state == platform::CameraState::Failed; }));
    EXPECT_NE(broken.status().problem.find("camera pipeline"), std::string::npos) << broken.status().problem;
}

TEST_F(CameraTest, AnUnpluggedCameraIsPickedUpAgainWhenItComesBack) {
    writeFrames({"plain", "empty_0"});
    platform::Camera camera(filesPipeline(), 300ms);
    camera.start();
    ASSERT_TRUE(testing::eventually([&] { return camera.status().state == platform::CameraState::Running; }));
    fs::rename(dir_ / "frames", dir_ / "unplugged");  // the source's files vanish: a pipeline error
    ASSERT_TRUE(testing::eventually([&] { return camera.status().state == platform::CameraState::Failed; }));
    EXPECT_FALSE(camera.status().problem.empty());
    const std::uint64_t before = camera.status().frames;
    fs::rename(dir_ / "unplugged", dir_ / "frames");  // plugged back in
    ASSERT_TRUE(testing::eventually(
        [&] { return camera.status().state == platform::CameraState::Running && camera.status().frames > before; }));
}

}  // namespace
}  // namespace kiosk
