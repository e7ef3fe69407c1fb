#include "support/headless_ui.h"

#include "support/eventually.h"

#include <unistd.h>
#include <algorithm>
#include <cfloat>
#include <filesystem>
#include <thread>

#include "app/remote_config_start.h"
#include "core/ui_script.h"

namespace kiosk::testing {

config::ConfigLoadResult loadTestConfig(const std::string& toml) {
    // Every key is optional and the shipped config/kiosk.toml holds exactly the defaults (a unit
    // test checks it), so a test config is just the keys the test cares about.
    return config::parseConfig(toml, "test-config");
}

HeadlessUi::HeadlessUi(HeadlessOptions options) : options_(std::move(options)) {
    context_ = ImGui::CreateContext(&bootAtlas_);
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(options_.width, options_.height);
    io.DeltaTime = 1.0f / 60.0f;

    config::ConfigLoadResult loaded = loadTestConfig(options_.configText);
    AppSetup setup;
    setup.assetsDir = KIOSK_DEFAULT_ASSETS_DIR;
    // Each harness gets its own data folder (content cache), removed afterwards.
    static int instance = 0;
    if (options_.dataDir.empty()) {
        dataDir_ = (std::filesystem::temp_directory_path() /
                    ("kiosk-ui-" + std::to_string(::getpid()) + "-" + std::to_string(++instance)))
                       .string();
        std::filesystem::remove_all(dataDir_);
    }
    setup.dataDir = options_.dataDir.empty() ? dataDir_ : options_.dataDir;
    setup.remoteConfig = applyRemoteConfig(setup.dataDir, loaded);  // as the kiosk starts
    setup.config = loaded.config;
    if (!options_.language.empty()) setup.config.ui.language = options_.language;
    setup.demoCases = options_.demoCases;
    setup.configFile = options_.configFile;
    for (const auto& p : loaded.problems) setup.startupProblems.push_back(p.text());
    app_ = std::make_unique<App>(setup, AppServices{clock_, images_, fontTexture_, nullptr, &speech_});
    app_->start();
    frame();
    // Like a resident arriving a moment after the kiosk started: content and fonts are ready.
    while (options_.waitForContent && app_->animating()) frame();
}

HeadlessUi::~HeadlessUi() {
    app_.reset();
    ImGui::DestroyContext(context_);
    std::error_code ignored;
    if (!dataDir_.empty()) std::filesystem::remove_all(dataDir_, ignored);
}

void HeadlessUi::oneFrame(UiDriver* driver) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(options_.width, options_.height);
    // Like the real loop: the driver holds its steps while fonts are rebuilt off the UI thread.
    const bool driverActive = driver && !app_->animating();
    if (driverActive) driver->beforeFrame(io, app_->registry());
    if (!driverActive) {
        io.MouseDown[0] = false;
        if (app_->animating()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    app_->frame();
    if (driverActive) driver->afterFrame(app_->registry(), app_->currentScreen());
}

void HeadlessUi::frame() {
    oneFrame(nullptr);
}

std::string HeadlessUi::run(const std::string& script) {
    return run(script, nullptr);
}

std::string HeadlessUi::run(const std::string& script, const UiDriver::ScreenshotFn& onShot) {
    const core::ScriptParseResult parsed = core::parseUiScript(script);
    if (!parsed.ok()) return parsed.errors.front();
    UiDriver driver(clock_);
    if (onShot) driver.setScreenshotter(onShot);
    driver.add(parsed.steps);
    for (int frames = 0; driver.busy(); ++frames) {
        if (frames > 200000) return "script did not finish within 200000 frames";
        oneFrame(&driver);
    }
    // One more plain frame: what the resident sees after the last step took effect.
    if (!driver.failed()) oneFrame(nullptr);
    return driver.failure();
}

bool HeadlessUi::framesUntil(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    return eventually(
        [&] {
            frame();
            return done();
        },
        limit);
}

int drawnVerticesOfColor(ImU32 color, ImVec2 min, ImVec2 max) {
    int count = 0;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int n = 0; data != nullptr && n < data->CmdListsCount; ++n) {
        for (const ImDrawVert& v : data->CmdLists[n]->VtxBuffer) {
            count += v.col == color && v.pos.x >= min.x && v.pos.x <= max.x && v.pos.y >= min.y && v.pos.y <= max.y;
        }
    }
    return count;
}

std::pair<ImVec2, ImVec2> drawnBoundsOfColor(ImU32 color) {
    ImVec2 min(FLT_MAX, FLT_MAX);
    ImVec2 max(-FLT_MAX, -FLT_MAX);
    const ImDrawData* data = ImGui::GetDrawData();
    for (int n = 0; data != nullptr && n < data->CmdListsCount; ++n) {
        for (const ImDrawVert& v : data->CmdLists[n]->VtxBuffer) {
            if (v.col != color) continue;
            min = ImVec2(std::min(min.x, v.pos.x), std::min(min.y, v.pos.y));
            max = ImVec2(std::max(max.x, v.pos.x), std::max(max.y, v.pos.y));
        }
    }
    return {min, max};
}

void forEverySizeAndOrientation(
    const HeadlessOptions& base,
    const std::function<void(const HeadlessOptions& options, const std::string& where)>& check) {
    for (const char* size : {"standard", "large", "extra_large"}) {
        for (const bool portrait : {false, true}) {
            HeadlessOptions options = base;
            if (portrait) std::swap(options.width, options.height);
            options.configText += std::string("\n[ui]\ntext_size = \"") + size + "\"\n";
            check(options, std::string(size) + (portrait ? " portrait" : " landscape"));
        }
    }
}

}  // namespace kiosk::testing
