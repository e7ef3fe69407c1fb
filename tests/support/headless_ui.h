#pragma once
// The kiosk without a window: a real ImGui context and font atlas, the app's frame function,
// and the UI driver tapping widgets by id or label on a manual clock. A full tap costs ~1 ms.
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "app/ui_driver.h"
#include "config/kiosk_config.h"
#include "core/clock.h"

namespace kiosk::testing {

// Records what 朗读 was asked to say, when speech was stopped and how loud it was set.
class RecordingSpeech final : public ui::SpeechOutput {
public:
    void say(const std::string& text) override { said.push_back(text); }
    void stop() override { ++stops; }
    void setVolume(int percent) override { volume = percent; }
    std::vector<std::string> said;
    int stops = 0;
    int volume = -1;  // never set
};

struct HeadlessOptions {
    float width = 1920;
    float height = 1080;
    std::string configText;      // TOML with the keys that differ from the defaults
    std::string configFile;      // what reload_config reads (the start uses configText)
    std::string language;        // overrides ui.language when set
    bool waitForContent = true;  // let the content worker finish before the test starts
    bool demoCases = false;      // the demonstration cases in the outbox (kiosk --demo-cases)
    std::string dataDir;         // a given data folder, left in place; default: a fresh one, removed after
};

class HeadlessUi {
public:
    explicit HeadlessUi(HeadlessOptions options = {});
    ~HeadlessUi();

    App& app() { return *app_; }
    core::ManualClock& clock() { return clock_; }
    RecordingSpeech& speech() { return speech_; }

    // Runs script lines (see core/ui_script.h) until done; returns "" or the failure.
    std::string run(const std::string& script);
    // The same, calling `onShot` for each `shot` step, after its frame was drawn and rendered.
    std::string run(const std::string& script, const UiDriver::ScreenshotFn& onShot);
    std::string tap(const std::string& target) { return run("tap " + target); }
    std::string wait(double seconds) { return run("wait " + std::to_string(seconds)); }
    // One plain frame (no input).
    void frame();
    // Frames until `done` holds (what a worker does — camera, decoder, sync, photos — takes its
    // own time), at most `limit`; returns its last answer.
    bool framesUntil(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(10));
    bool showsText(const std::string& text) const { return app_->registry().showsText(text); }
    const std::string& dataDir() const { return dataDir_; }  // the kiosk's data folder

private:
    void oneFrame(UiDriver* driver);

    HeadlessOptions options_;
    std::string dataDir_;
    core::ManualClock clock_;
    ImFontAtlas bootAtlas_;
    ImGuiContext* context_ = nullptr;
    ui::NoImages images_;
    ui::HeadlessFontTexture fontTexture_;
    RecordingSpeech speech_;
    std::unique_ptr<App> app_;
};

// Every 字号 in both orientations: `check(options, where)` with `base` turned to portrait or not
// and the text size added to its configText; `where` names the case ("extra_large portrait").
void forEverySizeAndOrientation(
    const HeadlessOptions& base,
    const std::function<void(const HeadlessOptions& options, const std::string& where)>& check);

// How many vertices of `color` the last frame drew inside [min, max]: what reached the screen
// (a picture's strokes, a mark's fill), where the registry knows only words and targets.
int drawnVerticesOfColor(ImU32 color, ImVec2 min, ImVec2 max);
// The box around every vertex of the last frame drawn in `color` (min > max when none was).
std::pair<ImVec2, ImVec2> drawnBoundsOfColor(ImU32 color);

// A config with only the given keys set, parsed like the real file.
config::ConfigLoadResult loadTestConfig(const std::string& toml);

}  // namespace kiosk::testing
