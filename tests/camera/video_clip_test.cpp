// Video announcements: real files through the real GStreamer pipeline (VP8 in WebM, decoded by
// gstreamer1.0-plugins-good), looping at the end; broken and missing files fail in words.
#include "platform/video_clip.h"

#include <gst/gst.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/eventually.h"

using kiosk::testing::eventually;

namespace kiosk::platform {
namespace {

using namespace std::chrono_literals;

std::filesystem::path tempFile(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("kiosk-video-" + std::to_string(::getpid()) + "-" + name);
}

// A short clip made here (a second of a test pattern, 1280 x 720 so it must be scaled down).
std::filesystem::path makeShortClip() {
    gst_init(nullptr, nullptr);
    auto path = tempFile("short.webm");
    const std::string launch =
        "videotestsrc num-buffers=10 ! video/x-raw,width=1280,height=720,framerate=10/1 ! vp8enc deadline=1 ! "
        "webmmux ! filesink location=" +
        path.string();
    GError* error = nullptr;
    GstElement* pipeline = gst_parse_launch(launch.c_str(), &error);
    EXPECT_NE(pipeline, nullptr);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus* bus = gst_element_get_bus(pipeline);
    GstMessage* done = gst_bus_timed_pop_filtered(bus, 10 * GST_SECOND,
                                                  static_cast<GstMessageType>(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    EXPECT_TRUE(done && GST_MESSAGE_TYPE(done) == GST_MESSAGE_EOS);
    if (done) gst_message_unref(done);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    return path;
}

TEST(VideoClip, TheBundledPromotionalVideoPlaysInRealTime) {
    VideoClip clip(std::string(KIOSK_SOURCE_DIR) + "/assets/demo/images/community_promo.webm");
    std::atomic<int> woken{0};
    clip.onFrame([&] { ++woken; });
    clip.start();
    ASSERT_TRUE(eventually([&] { return clip.status().frames >= 10; }, 10s)) << clip.status().problem;
    EXPECT_EQ(clip.status().state, VideoState::Playing);
    const auto frame = clip.latest();
    ASSERT_NE(frame, nullptr);
    EXPECT_EQ(frame->width, 960);
    EXPECT_EQ(frame->height, 540);
    EXPECT_EQ(frame->rgba.size(), 960u * 540u * 4u);
    EXPECT_GE(woken.load(), 10) << "each new frame wakes the UI";
    // Paced by its clock (25 frames a second), not decoded as fast as the cores allow.
    const std::uint64_t before = clip.status().frames;
    std::this_thread::sleep_for(1s);
    const std::uint64_t perSecond = clip.status().frames - before;
    EXPECT_GE(perSecond, 15u);
    EXPECT_LE(perSecond, 30u);
    clip.stop();
    EXPECT_EQ(clip.status().state, VideoState::Off);
    EXPECT_EQ(clip.latest(), nullptr);
}

TEST(VideoClip, ALargeClipIsScaledDownAndLoopsAtItsEnd) {
    const auto path = makeShortClip();
    VideoClip clip(path.string(), 960);
    clip.start();
    ASSERT_TRUE(eventually([&] { return clip.status().loops >= 2; }, 10s))
        << "loops " << clip.status().loops << ", frames " << clip.status().frames << ", " << clip.status().problem;
    const auto frame = clip.latest();
    ASSERT_NE(frame, nullptr);
    EXPECT_EQ(frame->width, 960);
    EXPECT_EQ(frame->height, 540) << "the aspect ratio kept";
    EXPECT_GT(clip.status().frames, 10u) << "frames go on after the end";
    clip.stop();
    std::filesystem::remove(path);
}

// The screen shows the video at 777 x 437: the frames come at that size while it plays (a copy
// to the screen, not a scaled draw), and a size past maxSide is brought down to it.
TEST(VideoClip, FramesComeAtTheSizeTheScreenShowsThem) {
    VideoClip clip(std::string(KIOSK_SOURCE_DIR) + "/assets/demo/images/community_promo.webm");
    clip.start();
    ASSERT_TRUE(eventually([&] { return clip.status().frames >= 3; }, 10s)) << clip.status().problem;
    auto sizeIs = [&](int width, int height) {
        const auto frame = clip.latest();
        return frame && frame->width == width && frame->height == height &&
               frame->rgba.size() == static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4u;
    };
    EXPECT_TRUE(sizeIs(960, 540));
    clip.showAt(777, 437);
    ASSERT_TRUE(eventually([&] { return sizeIs(777, 437); }, 5s))
        << "now " << clip.latest()->width << " x " << clip.latest()->height;
    const std::uint64_t resized = clip.status().frames;
    ASSERT_TRUE(eventually([&] { return clip.status().frames >= resized + 5; }, 5s));
    EXPECT_TRUE(sizeIs(777, 437)) << "it stays at the size asked for";
    EXPECT_EQ(clip.status().state, VideoState::Playing);
    clip.showAt(1920, 1080);
    ASSERT_TRUE(eventually([&] { return sizeIs(960, 540); }, 5s)) << "no larger than maxSide, the aspect kept";
    clip.showAt(0, 437);  // nonsense: ignored
    std::this_thread::sleep_for(200ms);
    EXPECT_TRUE(sizeIs(960, 540));
    clip.stop();
}

TEST(VideoClip, AMissingOrBrokenFileFailsInWords) {
    VideoClip missing("/nonexistent/promo.webm");
    missing.start();
    ASSERT_TRUE(eventually([&] { return missing.status().state == VideoState::Failed; }, 5s));
    EXPECT_EQ(missing.status().problem, "the file is missing");

    const auto broken = tempFile("broken.webm");
    std::ofstream(broken) << "this is not a video";
    VideoClip clip(broken.string());
    clip.start();
    ASSERT_TRUE(eventually([&] { return clip.status().state == VideoState::Failed; }, 10s));
    EXPECT_FALSE(clip.status().problem.empty());
    EXPECT_EQ(clip.latest(), nullptr);
    std::filesystem::remove(broken);
}

}  // namespace
}  // namespace kiosk::platform
