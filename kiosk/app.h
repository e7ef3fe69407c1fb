#pragma once
// The kiosk application: one frame function plus a few hooks. How it runs (a GLFW window, or a
// headless ImGui context in tests) is the runner's business, not the app's.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "case_desk.h"
#include "config/kiosk_config.h"
#include "content_loader.h"
#include "core/announcements.h"
#include "core/clock.h"
#include "core/coach_trail.h"
#include "core/color_scheme.h"
#include "core/date_text.h"
#include "core/display_schedule.h"
#include "core/failure_budget.h"
#include "core/ink.h"
#include "core/lookup_guard.h"
#include "core/playlist.h"
#include "core/quick_phrases.h"
#include "core/router.h"
#include "core/session_timer.h"
#include "core/speech_volume.h"
#include "core/staff_entry.h"
#include "core/string_table.h"
#include "core/text_entry.h"
#include "core/text_size.h"
#include "core/tracking_form.h"
#include "input_engines.h"
#include "kiosk_paths.h"
#include "net/sync_engine.h"
#include "photo_desk.h"
#include "platform/camera.h"
#include "platform/frame_source.h"
#include "platform/video_clip.h"
#include "qr_scan_worker.h"
#include "tour_player.h"
#include "ui/app_view.h"
#include "ui/font_library.h"
#include "ui/home_screen.h"
#include "ui/image_source.h"
#include "ui/input_font.h"
#include "ui/screen.h"
#include "ui/speech_output.h"
#include "usage_counters.h"
#include "widgets/color_theme.h"
#include "widgets/widget_registry.h"

namespace kiosk {

// The screens of staff mode (工作人员): not counted as residents' use.
bool isStaffScreen(core::ScreenId id);

struct AppSetup {
    config::KioskConfig config;
    std::vector<std::string> startupProblems;  // e.g. config errors: the kiosk shows the operator screen
    std::string assetsDir;
    std::string dataDir;               // the outbox, the content cache, photos, counters (DataPaths)
    std::string configFile;            // where `config` came from: read again on reload_config
    bool demoCases = false;            // add the demonstration cases to the outbox (kiosk --demo-cases)
    std::string bundledDisclosures;    // empty: <assets>/demo/disclosures.json (benchmarks pass larger sets)
    std::string bundledAnnouncements;  // empty: <assets>/demo/announcements.json (benchmarks pass one slide)
};

struct AppServices {
    core::Clock& clock;
    ui::ImageSource& images;
    ui::FontTexture& fontTexture;
    std::function<void()> wakeUiThread;  // thread-safe: a worker has something for the UI
    ui::SpeechOutput* speech = nullptr;  // 朗读; null where there is none (benchmarks)
    // The moving picture: the camera's, or a video announcement's (never both at once); the
    // runner repaints where it shows when it changes. Null in the headless UI.
    ui::FrameTexture* pictureTexture = nullptr;
    std::function<void()> wakeForPicture = nullptr;  // thread-safe: one frame for a new camera picture
    ui::CanvasSource* canvases = nullptr;            // pictures painted once (GL); null: drawn each frame
    std::function<std::vector<std::string>()> recentLog = nullptr;  // the log's last lines (运维面板)
};

// The case a resident is filing (反映问题), with the screens' state around it.
struct CaseSession {
    std::optional<core::CaseFlow> flow;
    bool typingPlace = false;        // 其他地点: the keyboard is open on the place step
    std::string problemKey;          // why the last 下一步 did not move on
    std::uint64_t submitTicket = 0;  // the submission this session waits for; 0 for none
    bool saveFailed = false;
    std::optional<storage::Receipt> receipt;  // shown once the case is in the outbox
    std::string receiptTransfer;
    std::vector<storage::SimilarCase> similar;  // "这个问题已有人反映": asked before saving
    bool similarDeclined = false;               // 不一样，继续提交
    std::string joinedCode;                     // joined that open case instead of filing
    // The photo step: the picture 拍照 took, until 用这张 or 重拍; the kept ones being written.
    std::shared_ptr<const platform::CameraFrame> shot;
    std::vector<std::uint64_t> photosSaving;  // PhotoDesk tickets
    std::string photoProblemKey;
};

// 查询进度 in this visit: the code and digits typed, and the case they opened.
struct TrackSession {
    core::TrackingForm form;
    std::string problemKey;
    std::uint64_t ticket = 0;         // the lookup or rating this session waits for; 0 for none
    std::uint64_t refreshTicket = 0;  // a quiet lookup again: the platform sent updates
    std::optional<storage::TrackedCase> found;
    std::optional<storage::TrackedCase> arriving;  // found, shown once the font has its characters
    std::string savedRating;
    bool ratingOpen = false;  // the rating page shows
    std::string ratingChoice;
    std::string reasonChoice;
    bool ratingFailed = false;
};

// Everything that belongs to one resident's visit. Wiping the session is assigning a fresh one,
// so a field added later cannot be forgotten by the wipe.
struct SessionState {
    // How the resident sees and hears the kiosk (the top bar's 字号 and 颜色音量).
    core::TextSize textSize = core::TextSize::Standard;
    core::ColorScheme colorScheme = core::ColorScheme::Standard;
    core::SpeechVolume speechVolume = core::SpeechVolume::Medium;
    // Disclosure choices; empty means "the default" (this hall's community, the newest month).
    std::string communityId;
    std::string period;
    std::string payoutTypeId;
    std::string shownPayoutId;
    std::string shownNoticeId;
    std::string nameQuery;
    // Text fields by id, and the handwriting pad's strokes and candidates for each.
    std::map<std::string, core::TextEntry> entries;
    std::map<std::string, core::Ink> ink;
    std::vector<std::string> handwritingCandidates;
    std::uint64_t inkRequest = 0;  // which recognition the candidates must answer
    CaseSession caseSession;
    TrackSession trackSession;
    // 工作人员: the PIN being typed (never logged, wiped with the session) and why one was refused.
    std::string staffPin;
    std::string staffProblemKey;
    std::string guideId;  // 使用指南: the topic shown ("" for the first)
};

class App : public platform::FrameSource {
public:
    static constexpr int kExitRepeatedFailure = 70;  // EX_SOFTWARE: the service manager restarts us
    // 退出程序 on the operator panel: the service does not restart the kiosk for this one
    // (RestartPreventExitStatus in packaging/yidiantong-kiosk.service).
    static constexpr int kExitForMaintenance = 4;

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
    // Something is still settling (a font atlas or the content loading): keep drawing frames.
    bool animating() const override {
        return (fonts_ && fonts_->building()) || !contentStarted_ || contentLoader_.loading() || listAnimating_;
    }
    // Something on screen moves by itself (the slogan strip, 全流程演示): draw at the animation
    // rate, but unlike animating() nothing settles, so a UI script does not wait for it.
    // While a video plays, its frames (each wakes the loop) carry the strip along: one repaint
    // for both instead of two unaligned streams of frames.
    bool moving() const override {
        return (!view_.tickerText.empty() && !view_.attractVideo) || (tour_ && !tour_->paused());
    }
    // The keyboards are usable: engines open and the keyboard font on the GPU.
    bool keyboardReady() const { return engines_.ready() && inputFont_ && inputFont_->settled(); }
    const ui::InputFont& inputFont() const { return *inputFont_; }
    const CaseSession& caseSession() const { return sessionState_.caseSession; }
    const TrackSession& trackSession() const { return sessionState_.trackSession; }
    PhotoDesk& photoDesk() { return photoDesk_; }
    CaseDesk& caseDesk() { return caseDesk_; }
    // 演示模式: staff demonstrate with a sandbox outbox that never reaches the platform.
    bool demoMode() const { return demoDesk_ != nullptr; }
    CaseDesk* demoDesk() { return demoDesk_.get(); }
    // 全流程演示 is playing (or paused); what it is doing.
    const TourPlayer* tour() const { return tour_.get(); }
    // The video announcement playing on the unattended display, if one shows now.
    const platform::VideoClip* attractVideo() const { return video_.get(); }
    std::size_t videosClosing() const { return videosClosing_.size(); }  // stopped, still closing
    bool demonstrationAvailable() const { return !demonstration_.empty(); }
    std::optional<TourPlayer::End> lastTourEnd() const { return lastTourEnd_; }
    const net::SyncEngine* sync() const { return sync_.get(); }
    const UsageCounters& usage() const { return usage_; }
    const config::KioskConfig& config() const { return setup_.config; }
    // Reads the config file again the next time the kiosk stands unattended (the platform's
    // reload_config command). A file with problems is refused whole: the kiosk goes on as it was.
    void requestConfigReload() { configReloadPending_ = true; }
    const core::TextEntry* textEntry(const std::string& field) const {
        const auto it = sessionState_.entries.find(field);
        return it == sessionState_.entries.end() ? nullptr : &it->second;
    }
    std::optional<int> exitCode() const override { return exitCode_; }
    ImVec4 clearColor() const override;

    // Inspection (tests, tour, bench).
    core::ScreenId currentScreen() const override { return router_.current(); }
    core::SessionPhase sessionPhase() const { return session_.phase(); }
    core::TextSize textSize() const { return sessionState_.textSize; }
    core::ColorScheme colorScheme() const { return sessionState_.colorScheme; }
    core::SpeechVolume speechVolume() const { return sessionState_.speechVolume; }
    const ui::FontLibrary& fonts() const { return *fonts_; }
    const widgets::WidgetRegistry& registry() const override { return registry_; }
    const core::StringTable& strings() const { return strings_; }
    const std::vector<ui::HomeTile>& homeTiles() const { return homeTiles_; }
    const core::DisclosureSnapshot& disclosures() const { return disclosures_; }
    void replaceScreenForTest(core::ScreenId id, std::unique_ptr<ui::Screen> screen);

private:
    void loadStrings();
    void loadAnnouncements();
    core::GlyphSet collectGlyphs() const;
    void buildScreens();
    void updateSession(core::SteadyTime now);
    void wipeSession();
    void prepareView(core::SteadyTime now);
    void drawFrameContents(core::SteadyTime now);
    void applyActions(core::SteadyTime now);
    void healMissingGlyphs();
    void installContent(ContentLoadResult result);
    void startContentLoading();
    void takeSyncedContent();
    void takeSyncCommands();
    // The camera (app_camera.cpp): on while 扫码 or the case's photo step shows, off otherwise.
    enum class CameraUse { None, Scan, Photo };
    CameraUse cameraUseNow() const;
    void updateCameraUse();
    void stopCamera();
    void prepareCameraPicture(core::SteadyTime now);
    void takeScannedCode();
    void prepareScanView();
    // A video announcement (app_video.cpp): played while its slide shows, its frames on the
    // picture texture (the camera's too: the two never show at once).
    void prepareAttractVideo();
    void retireAttractVideo();
    void reloadConfig();
    std::string localDate() const;  // today on the kiosk's clock, "2026-11-22"
    void startSync();
    std::string readAloudText() const;
    void addContentGlyphs(core::GlyphSet& glyphs) const;
    void addAnnouncementGlyphs(core::GlyphSet& glyphs) const;  // with the slogans and guides
    void loadQuickPhrases();
    void prepareTextEntry(const ui::Screen& current);
    void applyEdit(const ui::EditText& edit);
    // The case flow (app_cases.cpp).
    void prepareCaseView();
    void applyCaseAction(const ui::caseflow::Op& op);
    void takeCaseOutcome();
    bool caseFlowBack();  // 返回 inside the flow; false when it should leave the flow
    void finishCase();    // the receipt was seen: the next 我要反映 starts a new case
    // The photo step (app_photos.cpp).
    void applyPhotoAction(const ui::caseflow::Op& op);
    void takeSavedPhotos();
    void discardUnsentPhotos(CaseSession& session);  // the visit ends without its case
    void syncTypedAnswers();
    std::string hallCommunityId() const;
    // 查询进度 (app_tracking.cpp).
    void prepareTrackView(core::SteadyTime now);
    void applyTrackAction(const ui::track::Op& op, core::SteadyTime now);
    // 工作人员 (app_staff.cpp): the hidden corner hold, the PIN, leaving staff mode.
    void updateStaffGesture(core::SteadyTime now);
    void applyStaffAction(const ui::staff::Op& op, core::SteadyTime now);
    void prepareStaffView(core::SteadyTime now);
    void prepareOperatorView();
    // The unattended display's mode now (display.hours), logged when it changes.
    core::DisplayMode displayModeNow(const core::LocalMoment& moment);
    void takeTrackOutcome(core::SteadyTime now);
    void refreshTrackedCase();
    void showTrackedCase(storage::TrackedCase tracked);
    void setTextSize(core::TextSize size);
    void setSpeechVolume(core::SpeechVolume volume);
    const widgets::ColorTheme& colorTheme() const;
    ui::Screen& screen(core::ScreenId id);

    AppSetup setup_;
    AppServices services_;
    const DataPaths data_;     // the data folder's files, named once (kiosk_paths.h)
    const AssetPaths assets_;  // the bundled files
    core::StringTable strings_;
    core::DateTextStyle dateStyle_;
    std::vector<core::Announcement> announcements_;
    std::vector<core::Slogan> slogans_;  // the unattended display's running strip
    std::vector<core::Guide> guides_;    // 使用指南's topics
    std::vector<std::string> operatorProblems_;
    core::TextSize defaultTextSize_ = core::TextSize::Standard;
    core::ColorScheme defaultColorScheme_ = core::ColorScheme::Standard;
    core::SpeechVolume defaultSpeechVolume_ = core::SpeechVolume::Medium;

    core::Router router_;
    core::SessionTimer session_;
    core::Playlist attract_;           // which announcement the unattended display shows
    core::SteadyTime startedAt_{};     // the slogan strip runs from here
    core::CornerHold cornerHold_;      // the staff's way in
    core::PinLockout pinLockout_;      // kept on disk (DataPaths::staffLockout): a restart does not reset it
    std::string platformHomeLinkFor_;  // the tracking link platformHomeLink_ was made from
    std::string platformHomeLink_;
    core::DisplayMode lastDisplayMode_ = core::DisplayMode::On;
    core::FailureBudget failures_{3, core::Seconds{60.0}};
    SessionState sessionState_;
    std::uint64_t enteredGeneration_ = ~0ull;

    ContentLoader contentLoader_;
    core::DisclosureSnapshot disclosures_;
    bool listAnimating_ = false;
    int contentGenerationLoaded_ = 0;  // the sync worker's content generation on screen
    bool configReloadPending_ = false;
    bool overlayThisFrame_ = false;  // "还在吗？" is drawn this frame (also the frame of the tap that ends it)
    bool contentStarted_ = false;    // the content worker starts after the first frame is on screen
    int framesDrawn_ = 0;

    std::unique_ptr<ui::FontLibrary> fonts_;
    std::unique_ptr<ui::InputFont> inputFont_;
    InputEngines engines_;
    CaseDesk caseDesk_;
    // The sandbox of 演示模式 (data/demo/outbox.db, seeded with the demonstration cases): open
    // while staff demonstrate, gone when the session ends. Cases filed then go here.
    std::unique_ptr<CaseDesk> demoDesk_;
    CaseDesk& desk() { return demoDesk_ ? *demoDesk_ : caseDesk_; }
    const CaseDesk& desk() const { return demoDesk_ ? *demoDesk_ : caseDesk_; }
    void startDemo();
    void endDemo();
    void resetDemo();
    // 全流程演示 (app_tour.cpp): the script (assets/demo/full_process.tour), the player while it
    // plays, and the coach marks of 演示模式 by hand along the same path.
    void loadDemonstration();
    void startTour(core::SteadyTime now, bool fromGuide);
    void endTour();
    bool waitingForWorkers() const;
    void tourBeforeNewFrame(core::SteadyTime now);
    void prepareTourView();
    void drawTourLayer(ui::ScreenContext& ctx);
    void tourAfterFrame(std::uint64_t generationBefore);
    void applyTourAction(const ui::TourAction& action, core::SteadyTime now);
    std::string hintText(const std::string& narrationKey) const;
    std::vector<core::ScriptStep> demonstration_;
    std::unique_ptr<TourPlayer> tour_;
    bool tourEndsDemo_ = false;   // a resident started it: 演示模式 ends with it
    bool tourFromGuide_ = false;  // ... from 使用指南, where it returns
    bool tourPanelAtTop_ = false;
    bool swallowTouch_ = false;  // the touch that stopped it taps nothing, until it lifts
    std::optional<TourPlayer::End> lastTourEnd_;
    core::CoachTrail coachTrail_;
    std::optional<std::size_t> coachRinged_;  // this frame's ringed mark
    std::optional<std::size_t> coachSpoken_;  // whose hint was said last
    UsageCounters usage_;                     // today's visits, screens and cases, for the heartbeat
    PhotoDesk photoDesk_;
    std::uint64_t lastPhotoTicket_ = 0;
    // The camera runs only while a screen needs it; 扫码's codes are read on the scan worker.
    std::shared_ptr<platform::Camera> camera_;
    std::unique_ptr<QrScanWorker> qrScan_;
    std::unique_ptr<platform::VideoClip> video_;
    std::vector<std::unique_ptr<platform::VideoClip>> videosClosing_;  // asked to stop, closing on their threads
    std::shared_ptr<const platform::CameraFrame> shownVideoFrame_;
    CameraUse cameraUse_ = CameraUse::None;
    ui::ScanView scan_;
    ui::CameraPicture cameraPicture_;
    std::shared_ptr<const platform::CameraFrame> shownFrame_;  // what the camera texture holds
    std::vector<std::uint8_t> previewPixels_;                  // the live picture at half size, for the texture
    core::SteadyTime previewShownAt_{};
    std::uint64_t lastSubmitTicket_ = 0;
    // Sends the outbox and pulls case updates when a platform is configured (after caseDesk_:
    // destroyed first, it reads the catalog).
    std::unique_ptr<net::SyncEngine> sync_;
    int seenSyncUpdates_ = 0;  // the engine's count of applied updates the app has reacted to
    // Wrong 查询进度 answers rest lookups for a while; it is the kiosk's, so walking away does not reset it.
    core::LookupGuard lookupGuard_;
    core::QuickPhrasesLoad quickPhrases_;
    widgets::WidgetRegistry registry_;
    std::map<core::ScreenId, std::unique_ptr<ui::Screen>> screens_;
    std::vector<ui::HomeTile> homeTiles_;
    ui::UiActions actions_;
    ui::AppView view_;
    std::optional<int> exitCode_;
    bool prepared_ = false;
};

}  // namespace kiosk
