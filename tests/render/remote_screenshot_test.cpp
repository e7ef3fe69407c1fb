// The platform's screenshot command on the real GLFW/GL path (Xvfb), over TLS to refserver: while
// a resident uses the kiosk no picture is taken; once the visit ends, the unattended display's
// frame is read back, sent as PNG, and kept by the platform as the device's latest screenshot.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/ui_script.h"
#include "features/remote_care/remote_care.h"
#include "platform/glfw_runner.h"
#include "ref_server.h"
#include "support/demo_setup.h"
#include "support/gl_app.h"
#include "support/platform_fixture.h"

namespace kiosk {
namespace {

using json = nlohmann::json;

class RemoteScreenshot : public testing::PlatformTest {};

TEST_F(RemoteScreenshot, ThePictureIsOfTheUnattendedDisplayTakenOnlyOnceTheVisitEnded) {
    server::RefServerOptions options = platformOptions({"kiosk-secret"});
    options.adminToken = "admin-secret";
    server::RefServer& server = startPlatform(options);
    AppSetup setup = testing::windowedDemoSetup((dir_ / "kiosk").string());
    setup.config.display.width = 1280;
    setup.config.display.height = 720;
    setup.config.platform.baseUrl = server.baseUrl();
    setup.config.platform.caFile = pki_->caPath();
    setup.config.platform.deviceToken = "kiosk-secret";
    setup.config.platform.deviceId = "hall-s";
    setup.config.platform.syncIntervalSeconds = 5;

    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;
    ImGui::CreateContext(&bootAtlas);
    ASSERT_FALSE(runner.open({false, 1280, 720, "screenshot test"}).has_value());
    auto status = [&](const std::string& id) { return json::parse(*server.commandRecord(id))["status"]; };
    {
        core::ManualClock clock;
        testing::GlApp glApp(runner, setup, {.clock = &clock});
        App& app = glApp.app();
        app.start();
        // A resident starts a visit.
        UiDriver driver(clock);
        driver.add(core::parseUiScript("tap attract.wake\nexpect screen home").steps);
        ASSERT_EQ(runner.run(app, &driver), 0);
        const std::string id = server.queueCommand("hall-s", "screenshot");
        const_cast<net::SyncEngine*>(app.sync())->heartbeatNow();  // not five minutes from now
        platform::RunLimits limits;
        limits.maxSeconds = 4;
        runner.run(app, nullptr, limits);
        EXPECT_NE(json::parse(*server.commandRecord(id))["delivered_at"], "") << "the kiosk has the command";
        EXPECT_EQ(status(id), "") << "no picture while a resident uses the kiosk";
        EXPECT_EQ(app.currentScreen(), core::ScreenId::Home);

        // The visit times out; the unattended display shows; the picture goes.
        clock.advance(core::Seconds{200});
        limits.maxSeconds = 20;
        limits.onFrame = [&](double) { return status(id).get<std::string>().empty(); };
        runner.run(app, nullptr, limits);
        ASSERT_EQ(status(id), "done");
        EXPECT_EQ(app.currentScreen(), core::ScreenId::Attract);
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();

    int w = 0, h = 0, n = 0;
    unsigned char* pixels = stbi_load(server.screenshotFile("hall-s").c_str(), &w, &h, &n, 3);
    ASSERT_NE(pixels, nullptr) << "the platform keeps the device's screenshot as PNG";
    EXPECT_EQ(w, 1280);
    EXPECT_EQ(h, 720);
    // A drawn screen, not a blank one: many colours.
    std::set<int> colours;
    for (int i = 0; i < w * h; i += 97)
        colours.insert(pixels[i * 3] << 16 | pixels[i * 3 + 1] << 8 | pixels[i * 3 + 2]);
    stbi_image_free(pixels);
    EXPECT_GT(colours.size(), 50u);
    const auto keep = std::filesystem::current_path() / "test-output" / "remote-screenshot.png";
    std::filesystem::create_directories(keep.parent_path());
    std::filesystem::copy_file(server.screenshotFile("hall-s"), keep,
                               std::filesystem::copy_options::overwrite_existing);
}

}  // namespace
}  // namespace kiosk
