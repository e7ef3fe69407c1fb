#pragma once
// The kiosk application: the router, the visit's timer, the order of one frame, and the list of
// features that do the rest (kiosk/features/<name>/). How it runs (a GLFW window, or a headless
// ImGui context in tests) is the runner's business, not the app's.
//
// One frame: the inbox's finished work is applied, each feature reacts to news (beforeFrame),
// ImGui's frame starts, each feature fills its part of the view, the current screen draws from
// it and records actions, and each action goes to the feature it belongs to.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app_setup.h"
#include "app/feature_host.h"
#include "app/inbox.h"
#include "app/kiosk_paths.h"
#include "app/usage_counters.h"
#include "core/date_text.h"
#include "core/failure_budget.h"
#include "features/accessibility/accessibility.h"
#include "features/attract/attract.h"
#include "features/cases/case_desks.h"
#include "features/cases/case_filing.h"
#include "features/content/content.h"
#include "features/demonstration/demonstration.h"
#include "features/id_card/id_card.h"
#include "features/printing/printing.h"
#include "features/remote_care/remote_care.h"
#include "features/scan/scan.h"
#include "features/staff/staff.h"
#include "features/tracking/tracking.h"
#include "features/typing/typing.h"
#include "net/device_credentials.h"
#include "net/sync_engine.h"
#include "platform/frame_source.h"
#include "ui/font_library.h"
#include "ui/home_screen.h"
#include "ui/screen.h"
#include "widgets/color_theme.h"
#include "widgets/widget_registry.h"

namespace kiosk {

class App : public platform::FrameSource, private FeatureHost {
public:
    static constexpr int kExitRepeatedFailure = 70;  // EX_SOFTWARE: the service manager restarts us
    // 退出程序 on the operator panel: the service does not restart the kiosk for this one
    // (RestartPreventExitStatus in packaging/yidiantong-kiosk.service).
    static constexpr int kExitForMaintenance = StaffFeature::kExitForMaintenance;

    App(AppSetup setup, AppServices services);
    ~App();

    // Loads strings and announcements and starts the first font atlas on a worker. Needs the ImGui
    // context but no window: call it before opening the window so the two overlap.
    void prepare();
    // Finishes the start (waits for the atlas; prepares first if that was not done). Needs GL.
    void start();
    // One frame: NewFrame .. Render, then applies what the resident asked for.
    void frame() override;

    // Pacing hooks for the runner.
    core::SteadyTime nextDue() const override;
    const core::Clock& clock() const override { return services_.clock; }
    // Something is still settling (a font atlas, the content loading): keep drawing frames. A
    // worker's answer waiting in the inbox is not settling: it woke the loop, the next frame
    // takes it, and a UI script's finger must not lift for it.
    bool animating() const override {
        return (fonts_ && fonts_->building()) || !content_.started() || content_.loading() || listAnimating_;
    }
    // Something on screen moves by itself (the slogan strip, 全流程演示): draw at the animation
    // rate, but unlike animating() nothing settles, so a UI script does not wait for it.
    // While a video plays, its frames (each wakes the loop) carry the strip along: one repaint
    // for both instead of two unaligned streams of frames.
    bool moving() const override {
        const TourPlayer* tour = demonstration_.tour();
        return (!view_.tickerText.empty() && !view_.attractVideo) || (tour && !tour->paused());
    }
    std::optional<int> exitCode() const override { return exitCode_; }
    bool wantsPicture() const override { return remoteCare_.wantsPicture(); }
    void pictureTaken(int width, int height, std::vector<std::uint8_t>&& rgba) override {
        remoteCare_.pictureTaken(width, height, std::move(rgba));
    }
    ImVec4 clearColor() const override;

    // Inspection (tests, tour, bench).
    bool keyboardReady() const { return typing_.keyboardReady(); }
    const ui::InputFont& inputFont() const { return typing_.inputFont(); }
    const core::TextEntry* textEntry(const std::string& field) const { return typing_.entry(field); }
    const CaseSession& caseSession() const { return cases_.session(); }
    const TrackSession& trackSession() const { return tracking_.session(); }
    PhotoDesk& photoDesk() { return cases_.photoDesk(); }
    CaseDesk& caseDesk() { return desks_.real(); }
    // 演示模式: staff demonstrate with a sandbox outbox that never reaches the platform.
    bool demoMode() const { return desks_.demoOpen(); }
    CaseDesk* demoDesk() { return desks_.demo(); }
    const TourPlayer* tour() const { return demonstration_.tour(); }  // 全流程演示 playing (or paused)
    bool demonstrationAvailable() const { return demonstration_.available(); }
    std::optional<TourPlayer::End> lastTourEnd() const { return demonstration_.lastEnd(); }
    // The video announcement playing on the unattended display, if one shows now.
    const platform::VideoClip* attractVideo() const { return attract_.video(); }
    std::size_t videosClosing() const { return attract_.videosClosing(); }
    const net::SyncEngine* sync() const { return sync_.get(); }
    const UsageCounters& usage() const { return usage_; }
    const config::KioskConfig& config() const override { return setup_.config; }
    core::ScreenId currentScreen() const override { return router_.current(); }
    core::SessionPhase sessionPhase() const { return session_.phase(); }
    core::TextSize textSize() const override { return accessibility_.textSize(); }
    core::ColorScheme colorScheme() const { return accessibility_.colorScheme(); }
    core::SpeechVolume speechVolume() const { return accessibility_.speechVolume(); }
    const ui::FontLibrary& fonts() const override { return *fonts_; }
    const widgets::WidgetRegistry& registry() const override { return registry_; }
    const core::StringTable& strings() const override { return strings_; }
    const std::vector<ui::HomeTile>& homeTiles() const { return homeTiles_; }
    const core::DisclosureSnapshot& disclosures() const { return content_.disclosures(); }
    void replaceScreenForTest(core::ScreenId id, std::unique_ptr<ui::Screen> screen);

private:
    // FeatureHost: what the features use of the app.
    const AppServices& services() const override { return services_; }
    const DataPaths& data() const override { return data_; }
    const AssetPaths& assets() const override { return assets_; }
    const std::string& configFile() const override { return setup_.configFile; }
    ui::SpeechOutput* speech() const override { return services_.speech; }
    core::Router& router() override { return router_; }
    core::SessionTimer& session() override { return session_; }
    Inbox::Visit visit() const override { return visit_; }
    Inbox& inbox() override { return inbox_; }
    CaseDesks& desks() override { return desks_; }
    net::SyncEngine* syncEngine() override { return sync_.get(); }
    std::shared_ptr<net::DeviceCredentials> credentials() const override { return credentials_; }
    std::string reloadConfigNow() override;
    bool printTestSlip() override;
    void checkCamera(std::function<void(bool ok, std::string detail)> done) override {
        scan_.checkCamera(std::move(done));
    }
    UsageCounters& usageCounters() override { return usage_; }
    std::string localDate() const override;
    void addGlyphs(const core::GlyphSet& glyphs) override;
    void useTextSize(core::TextSize size) override;
    void endVisit(core::SteadyTime now) override;
    void exitWith(int code) override { exitCode_ = code; }

    // Start (app_start.cpp).
    void loadStrings();
    core::GlyphSet collectGlyphs() const;
    void buildScreens();
    void startSync();
    void syncChanged();  // the sync worker said something changed (on the UI thread, from the inbox)
    // One frame (app.cpp).
    void updateSession(core::SteadyTime now);
    void wipeVisit();
    void prepareView(core::SteadyTime now);
    void drawFrameContents(core::SteadyTime now);
    void applyActions(core::SteadyTime now);
    void healMissingGlyphs();
    bool workersBusy() const;
    const widgets::ColorTheme& colorTheme() const;
    ui::Screen& screen(core::ScreenId id);

    AppSetup setup_;
    AppServices services_;
    const DataPaths data_;     // the data folder's files, named once (kiosk_paths.h)
    const AssetPaths assets_;  // the bundled files
    core::StringTable strings_;
    core::DateTextStyle dateStyle_;
    std::vector<std::string> operatorProblems_;

    core::Router router_;
    core::SessionTimer session_;
    Inbox::Visit visit_ = 1;  // counts up when a visit ends: the inbox drops the ended one's results
    core::FailureBudget failures_{3, core::Seconds{60.0}};
    std::uint64_t enteredGeneration_ = ~0ull;
    bool listAnimating_ = false;
    bool overlayThisFrame_ = false;  // "还在吗？" is drawn this frame (also the frame of the tap that ends it)
    int framesDrawn_ = 0;

    // Declared before everything that posts to it: destroyed after the workers have stopped.
    Inbox inbox_;
    // The device id and token every worker that talks to the platform reads (config or enrolment).
    std::shared_ptr<net::DeviceCredentials> credentials_;
    std::unique_ptr<ui::FontLibrary> fonts_;
    UsageCounters usage_;  // today's visits, screens and cases, for the heartbeat
    CaseDesks desks_;
    widgets::WidgetRegistry registry_;

    // The features, in the order they prepare the view each frame.
    AccessibilityFeature accessibility_;
    TypingFeature typing_;
    ContentFeature content_;
    CaseFilingFeature cases_;
    TrackingFeature tracking_;
    ScanFeature scan_;
    AttractFeature attract_;
    StaffFeature staff_;
    DemonstrationFeature demonstration_;
    PrintingFeature printing_;
    IdCardFeature idCard_;
    RemoteCareFeature remoteCare_;
    std::vector<Feature*> features_;

    // Sends the outbox and pulls case updates when a platform is configured (after desks_:
    // destroyed first, it reads the catalog).
    std::unique_ptr<net::SyncEngine> sync_;
    std::map<core::ScreenId, std::unique_ptr<ui::Screen>> screens_;
    std::vector<ui::HomeTile> homeTiles_;
    ui::UiActions actions_;
    ui::AppView view_;
    std::optional<int> exitCode_;
    bool prepared_ = false;
};

}  // namespace kiosk
