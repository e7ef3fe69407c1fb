#include "app.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <tuple>

#include "core/date_text.h"
#include "core/display_schedule.h"
#include "core/geo_point.h"
#include "core/qr_payload.h"
#include "core/ticker.h"
#include "staff_lockout_file.h"
#include "ui/attract_screen.h"
#include "ui/case_screen.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/display_settings_screen.h"
#include "ui/finance_screen.h"
#include "ui/guide_screen.h"
#include "ui/layout.h"
#include "ui/notice_screens.h"
#include "ui/operator_error_screen.h"
#include "ui/operator_panel_screen.h"
#include "ui/payout_detail_screen.h"
#include "ui/payout_list_screen.h"
#include "ui/payout_search_screen.h"
#include "ui/payout_types_screen.h"
#include "ui/scan_screen.h"
#include "ui/staff_screens.h"
#include "ui/still_there_overlay.h"
#include "ui/theme.h"
#include "ui/top_bar.h"
#include "ui/track_case_screen.h"
#include "ui/typing_practice_screen.h"
#include "widgets/color_theme.h"
#include "widgets/frame_control.h"

namespace kiosk {
namespace {

core::SessionTiming timingFrom(const config::KioskConfig& c) {
    return {core::Seconds{static_cast<double>(c.session.idleTimeoutSeconds)},
            core::Seconds{static_cast<double>(c.session.warningCountdownSeconds)}};
}

ImVec4 toVec4(std::uint32_t rgb) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(rgb & 0xFF) / 255.0f, 1.0f);
}

// Steady-clock time of a wall-clock moment, for scheduling wake-ups such as the next minute.
core::SteadyTime steadyAt(const core::Clock& clock, core::WallTime wall) {
    return clock.now() + std::chrono::duration_cast<core::SteadyTime::duration>(wall - clock.wallNow());
}

}  // namespace

App::App(AppSetup setup, AppServices services)
    : setup_(std::move(setup)),
      services_(std::move(services)),
      data_{setup_.dataDir},
      assets_{setup_.assetsDir},
      session_(timingFrom(setup_.config)),
      attract_(core::Seconds{static_cast<double>(setup_.config.attract.slideSeconds)}),
      engines_(input::PinyinDecoder::kDefaultDictionary, input::HandwritingRecognizer::kDefaultModel,
               services_.wakeUiThread),
      caseDesk_(assets_.caseCatalog(), data_.outbox(), services_.wakeUiThread, data_.content()),
      usage_(data_.usageCounters(), localDate()),
      photoDesk_(data_.photos(), services_.wakeUiThread) {
    defaultTextSize_ = core::textSizeFromName(setup_.config.ui.textSize).value_or(core::TextSize::Standard);
    defaultColorScheme_ = core::colorSchemeFromName(setup_.config.ui.colors).value_or(core::ColorScheme::Standard);
    defaultSpeechVolume_ = core::speechVolumeFromName(setup_.config.speech.volume).value_or(core::SpeechVolume::Medium);
    sessionState_.textSize = defaultTextSize_;
    sessionState_.colorScheme = defaultColorScheme_;
    sessionState_.speechVolume = defaultSpeechVolume_;
    if (services_.speech) services_.speech->setVolume(core::speechVolumePercent(defaultSpeechVolume_));
    pinLockout_ = loadPinLockout(data_.staffLockout(), services_.clock);
    operatorProblems_ = setup_.startupProblems;
}

App::~App() {
    stopCamera();
}

void App::prepare() {
    prepared_ = true;
    widgets::bindRegistry(registry_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in the working directory
    io.LogFilename = nullptr;
    ui::applyKioskStyle();

    loadStrings();
    loadAnnouncements();
    loadQuickPhrases();
    loadDemonstration();
    // A small JSON file and an SQLite open: before the glyphs are collected.
    caseDesk_.open(setup_.demoCases ? assets_.demoCases() : std::string{});
    // Photos a power cut left behind (taken, but no case refers to them) go, on the photo worker.
    if (auto keep = caseDesk_.photoFilesInOutbox()) photoDesk_.sweep(std::move(*keep));
    buildScreens();
    fonts_ = std::make_unique<ui::FontLibrary>(setup_.config.fonts.path, setup_.config.fonts.faceIndex,
                                               services_.fontTexture, services_.wakeUiThread);
    inputFont_ = std::make_unique<ui::InputFont>(setup_.config.fonts.path, setup_.config.fonts.faceIndex,
                                                 services_.fontTexture, services_.wakeUiThread);
    fonts_->startInitialBuild(collectGlyphs(), sessionState_.textSize);
}

void App::start() {
    if (!prepared_) prepare();
    if (auto error = fonts_->finishInitialBuild()) {
        spdlog::error("{}", *error);
        operatorProblems_.push_back(*error);
        // Without the CJK font only ASCII can be drawn: tell the operator in English.
        setup_.config.ui.language = "en";
        loadStrings();
        fonts_->installFallback();
    }

    if (!operatorProblems_.empty()) {
        for (const auto& p : operatorProblems_) spdlog::error("cannot start: {}", p);
        router_.resetTo(core::ScreenId::OperatorError);
    } else {
        // A kiosk that just started waits for its first visitor on the unattended display.
        router_.resetTo(core::ScreenId::Attract);
        attract_.restart(services_.clock.now());
    }
    startedAt_ = services_.clock.now();
    startSync();
    spdlog::info("kiosk started: hall '{}', language {}, {} announcements, assets {}", setup_.config.hall.name,
                 setup_.config.ui.language, announcements_.size(), setup_.assetsDir);
}

void App::loadStrings() {
    try {
        strings_ = core::StringTable::loadFile(assets_.stringTable(setup_.config.ui.language));
    } catch (const std::exception& e) {
        operatorProblems_.push_back(e.what());
    }
    dateStyle_.pattern = strings_.get("date.top_bar");
    for (std::size_t i = 0; i < dateStyle_.weekdays.size(); ++i) {
        dateStyle_.weekdays[i] = strings_.get("date.weekday." + std::to_string(i));
    }
}

void App::loadAnnouncements() {
    const std::string file =
        setup_.bundledAnnouncements.empty() ? assets_.announcements() : setup_.bundledAnnouncements;
    auto loaded = core::loadAnnouncementsFile(file, assets_.contentImages());
    for (const auto& problem : loaded.problems) spdlog::warn("content: {}", problem);
    announcements_ = std::move(loaded.items);
    slogans_ = std::move(loaded.slogans);
    guides_ = std::move(loaded.guides);
}

void App::loadQuickPhrases() {
    quickPhrases_ = core::loadQuickPhrasesFile(assets_.quickPhrases());
    for (const auto& problem : quickPhrases_.problems) spdlog::warn("content: {}", problem);
}

core::GlyphSet App::collectGlyphs() const {
    core::GlyphSet glyphs;
    for (const auto& [key, text] : strings_.entries()) glyphs.addText(text);
    addAnnouncementGlyphs(glyphs);
    for (const auto& [context, phrases] : quickPhrases_.byContext) {
        for (const auto& phrase : phrases) glyphs.addText(phrase);
    }
    glyphs.addText(setup_.config.hall.name);
    glyphs.addText(setup_.config.hall.community);
    for (const auto& p : operatorProblems_) glyphs.addText(p);
    if (const core::CaseCatalog* catalog = caseDesk_.catalog()) {
        for (const auto& c : catalog->categories) {
            glyphs.addText(c.name);
            glyphs.addText(c.scope);
            for (const auto& phrase : c.phrases) glyphs.addText(phrase);
            if (c.transfer) glyphs.addText(c.transfer->department);
            for (const auto& q : c.questions) {
                glyphs.addText(q.text);
                for (const auto& o : q.options) glyphs.addText(o.name);
            }
        }
        for (const auto& c : catalog->communities) {
            glyphs.addText(c.name);
            for (const auto& place : c.places) glyphs.addText(place);
        }
    }
    addContentGlyphs(glyphs);
    return glyphs;
}

void App::addAnnouncementGlyphs(core::GlyphSet& glyphs) const {
    for (const auto& a : announcements_) {
        glyphs.addText(a.title);
        glyphs.addText(a.body);
    }
    for (const auto& slogan : slogans_) glyphs.addText(slogan.text);
    for (const auto& guide : guides_) {
        glyphs.addText(guide.title);
        for (const auto& step : guide.steps) glyphs.addText(step);
    }
}

void App::addContentGlyphs(core::GlyphSet& glyphs) const {
    if (!disclosures_) return;
    const core::DisclosureSet& set = disclosures_->set();
    glyphs.addText(set.updatedAt);
    for (const auto& c : set.communities) glyphs.addText(c.name);
    for (const auto& t : set.subsidyTypes) glyphs.addText(t.name);
    // Names are shown masked, but any of their characters can be the first or the last.
    for (const auto& p : set.payouts) {
        glyphs.addText(p.recipientName);
        glyphs.addText(p.fundingSource);
    }
    for (const auto& f : set.finances) {
        for (const auto& line : f.lines) glyphs.addText(line.category);
    }
    for (const auto& n : set.notices) {
        glyphs.addText(n.title);
        glyphs.addText(n.body);
    }
}

void App::installContent(ContentLoadResult result) {
    for (const auto& problem : result.problems) spdlog::warn("content: {}", problem);
    if (result.announcements) {
        announcements_ = std::move(*result.announcements);
        slogans_ = std::move(result.slogans);
        // The platform's guides replace the bundled ones; a feed without any keeps them.
        if (!result.guides.empty()) guides_ = std::move(result.guides);
        core::GlyphSet glyphs = fonts_->glyphs();
        addAnnouncementGlyphs(glyphs);
        if (glyphs.size() != fonts_->glyphs().size()) fonts_->requestRebuild(glyphs, sessionState_.textSize);
    }
    if (!result.disclosures) {
        spdlog::error("no disclosure content could be loaded");
        return;
    }
    disclosures_ = std::move(result.disclosures);
    spdlog::info("disclosures {} loaded in {:.0f} ms: {} payouts, {} communities", disclosures_->set().version,
                 result.loadMs, disclosures_->set().payouts.size(), disclosures_->set().communities.size());
    // New content may bring characters the atlas lacks: rebuild it off the UI thread.
    core::GlyphSet glyphs = fonts_->glyphs();
    addContentGlyphs(glyphs);
    if (glyphs.size() != fonts_->glyphs().size()) fonts_->requestRebuild(glyphs, sessionState_.textSize);
}

void App::buildScreens() {
    // Home tiles appear as their features are built; a tile never opens a placeholder.
    homeTiles_ = {
        {"home.tile.case", "case.tile", core::ScreenId::FileCase, widgets::Icon::Report},
        {"home.tile.track", "track.tile", core::ScreenId::TrackCase, widgets::Icon::Progress},
        {"home.tile.disclosure", "disclosure.tile", core::ScreenId::DisclosureHub, widgets::Icon::Disclosure},
        {"home.tile.scan", "scan.tile", core::ScreenId::ScanQr, widgets::Icon::Scan},
        {"home.tile.practice", "practice.tile", core::ScreenId::TypingPractice, widgets::Icon::Keyboard},
        {"home.tile.guide", "guide.tile", core::ScreenId::Guide, widgets::Icon::Guide},
    };
    screens_[core::ScreenId::Home] = std::make_unique<ui::HomeScreen>(homeTiles_);
    screens_[core::ScreenId::DisclosureHub] = std::make_unique<ui::DisclosureHubScreen>();
    screens_[core::ScreenId::Payouts] = std::make_unique<ui::PayoutListScreen>();
    screens_[core::ScreenId::PayoutTypes] = std::make_unique<ui::PayoutTypesScreen>();
    screens_[core::ScreenId::PayoutDetail] = std::make_unique<ui::PayoutDetailScreen>();
    screens_[core::ScreenId::Finances] = std::make_unique<ui::FinanceScreen>();
    screens_[core::ScreenId::PayoutSearch] = std::make_unique<ui::PayoutSearchScreen>();
    screens_[core::ScreenId::TypingPractice] = std::make_unique<ui::TypingPracticeScreen>();
    screens_[core::ScreenId::DisplaySettings] = std::make_unique<ui::DisplaySettingsScreen>();
    screens_[core::ScreenId::FileCase] = std::make_unique<ui::CaseScreen>();
    screens_[core::ScreenId::TrackCase] = std::make_unique<ui::TrackCaseScreen>();
    screens_[core::ScreenId::Notices] = std::make_unique<ui::NoticeListScreen>();
    screens_[core::ScreenId::NoticeReader] = std::make_unique<ui::NoticeReaderScreen>();
    screens_[core::ScreenId::Attract] = std::make_unique<ui::AttractScreen>();
    screens_[core::ScreenId::OperatorError] = std::make_unique<ui::OperatorErrorScreen>();
    screens_[core::ScreenId::ScanQr] = std::make_unique<ui::ScanScreen>();
    screens_[core::ScreenId::StaffPin] = std::make_unique<ui::StaffPinScreen>();
    screens_[core::ScreenId::StaffMenu] = std::make_unique<ui::StaffMenuScreen>();
    screens_[core::ScreenId::OperatorPanel] = std::make_unique<ui::OperatorPanelScreen>();
    screens_[core::ScreenId::Guide] = std::make_unique<ui::GuideScreen>();
}

void App::replaceScreenForTest(core::ScreenId id, std::unique_ptr<ui::Screen> screen) {
    screens_[id] = std::move(screen);
}

ui::Screen& App::screen(core::ScreenId id) {
    return *screens_.at(id);
}

const widgets::ColorTheme& App::colorTheme() const {
    return sessionState_.colorScheme == core::ColorScheme::HighContrast ? widgets::kHighContrastTheme
                                                                        : widgets::kStandardTheme;
}

ImVec4 App::clearColor() const {
    const widgets::ColorTheme& theme = colorTheme();
    if (session_.phase() == core::SessionPhase::Warning) return toVec4(theme.warning);
    if (router_.current() == core::ScreenId::Attract) {
        if (view_.displayMode == core::DisplayMode::Blank) return ImVec4(0, 0, 0, 1);
        return toVec4(theme.attractBackground);
    }
    return toVec4(theme.background);
}

void App::frame() {
    if (auto loaded = contentLoader_.takeIfReady()) installContent(std::move(*loaded));
    if (fonts_->installIfReady()) spdlog::debug("new font atlas installed");
    inputFont_->installIfReady();
    takeCaseOutcome();
    takeTrackOutcome(services_.clock.now());
    refreshTrackedCase();
    takeSyncedContent();
    takeSyncCommands();
    takeScannedCode();
    takeSavedPhotos();
    if (auto answer = engines_.takeHandwriting()) {
        if (answer->request == sessionState_.inkRequest) sessionState_.handwritingCandidates = answer->candidates;
    }
    const core::SteadyTime now = services_.clock.now();
    tourBeforeNewFrame(now);
    ImGui::NewFrame();
    registry_.beginFrame();

    // Any touch is activity; during "还在吗？" it is also the one tap that extends. That touch
    // belongs to the warning: its frame still shows the warning, so the screen coming back
    // never takes it for a tap on whatever lies under the finger.
    overlayThisFrame_ = session_.phase() == core::SessionPhase::Warning;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) session_.noteActivity(now);
    updateSession(now);
    updateStaffGesture(now);
    if (enteredGeneration_ != router_.generation()) {
        enteredGeneration_ = router_.generation();
        screen(router_.current()).onEnter();
        if (router_.current() == core::ScreenId::Attract) {
            usage_.saveIfChanged();                      // a session ended: keep the day's counts on disk
        } else if (!isStaffScreen(router_.current())) {  // the day's counts are the residents'
            usage_.openScreen(localDate(), core::screenName(router_.current()));
        }
    }
    updateCameraUse();
    prepareView(now);
    widgets::useTheme(colorTheme());
    drawFrameContents(now);
    ImGui::Render();
    const std::uint64_t generationBefore = router_.generation();
    applyActions(now);
    tourAfterFrame(generationBefore);
    healMissingGlyphs();
    // Not during the first frame: its rasterisation would share two cores with the worker.
    if (!contentStarted_ && framesDrawn_++ >= 1) startContentLoading();
}

void App::startSync() {
    const config::KioskConfig::Platform& p = setup_.config.platform;
    if (p.baseUrl.empty() || !caseDesk_.available()) {
        spdlog::info("sync: no platform configured; cases wait in the outbox");
        return;
    }
    net::SyncSettings s;
    s.baseUrl = p.baseUrl;
    s.deviceToken = p.deviceToken;
    s.deviceId = p.deviceId;
    s.tls = {p.caFile, p.pinnedPublicKey, p.clientCert, p.clientKey};
    s.intervalSeconds = p.syncIntervalSeconds;
    s.format = net::wireFormatFromName(p.format).value_or(net::WireFormat::Json);
    s.contentSeconds = p.syncIntervalSeconds;
    s.contentDatabasePath = data_.content();
    s.outboxPath = data_.outbox();
    const core::CaseCatalog* catalog = caseDesk_.catalog();
    s.hallLocation = core::parseGeoPoint(setup_.config.hall.location);
    s.addressOf = [catalog](const storage::OutboxCase& c) {
        const core::CommunityPlaces* community = catalog->community(c.communityId);
        return community ? community->name + " · " + c.place : c.place;
    };
    // The worker's own clock: records are stamped with real time (the UI's clock may be a test's).
    s.nowText = [] { return core::formatW3cDateTime(std::chrono::system_clock::now()); };
    s.countersJson = usage_.reader();
    s.onChange = services_.wakeUiThread;
    s.appVersion = KIOSK_VERSION;
    sync_ = std::make_unique<net::SyncEngine>(std::move(s));
    sync_->start();
    spdlog::info("sync: platform {}", p.baseUrl);
}

void App::startContentLoading() {
    // Disclosures come from SQLite (and the bundled set) on a worker, started once the first frame
    // is drawn: on two cores it would otherwise slow the start, and no frame ever waits for it.
    contentStarted_ = true;
    const std::string bundled = setup_.bundledDisclosures.empty() ? assets_.disclosures() : setup_.bundledDisclosures;
    contentLoader_.start(data_.content(), bundled, assets_.contentImages(), services_.wakeUiThread);
}

void App::takeSyncCommands() {
    if (sync_) {
        for (const std::string& command : sync_->takeCommands()) {
            if (command == "reload_config") requestConfigReload();
        }
    }
    if (configReloadPending_ && router_.current() == core::ScreenId::Attract) reloadConfig();
}

namespace {

bool samePlatform(const config::KioskConfig::Platform& a, const config::KioskConfig::Platform& b) {
    return std::tie(a.baseUrl, a.deviceToken, a.deviceId, a.caFile, a.pinnedPublicKey, a.clientCert, a.clientKey,
                    a.syncIntervalSeconds, a.format) == std::tie(b.baseUrl, b.deviceToken, b.deviceId, b.caFile,
                                                                 b.pinnedPublicKey, b.clientCert, b.clientKey,
                                                                 b.syncIntervalSeconds, b.format);
}

}  // namespace

// What a restart would read, applied while nobody uses the kiosk. What only a restart can change
// (paths, window, font, logging, language) keeps its running value until then.
void App::reloadConfig() {
    configReloadPending_ = false;
    if (setup_.configFile.empty()) {
        spdlog::warn("config reload asked for, but the kiosk was not started from a config file");
        return;
    }
    config::ConfigLoadResult loaded = config::loadConfigFile(setup_.configFile);
    if (!loaded.problems.empty()) {
        spdlog::error("config reload refused, the kiosk goes on as it was: {} ({} problem(s))",
                      loaded.problems.front().text(), loaded.problems.size());
        return;
    }
    config::KioskConfig next = std::move(loaded.config);
    const config::KioskConfig& running = setup_.config;
    next.paths = running.paths;
    next.display = running.display;
    next.fonts = running.fonts;
    next.logging = running.logging;
    next.ui.language = running.ui.language;
    const bool platformChanged = !samePlatform(next.platform, running.platform);
    setup_.config = std::move(next);
    const config::KioskConfig& c = setup_.config;
    session_ = core::SessionTimer(timingFrom(c));
    attract_ = core::Playlist(core::Seconds{static_cast<double>(c.attract.slideSeconds)});
    attract_.restart(services_.clock.now());
    defaultTextSize_ = core::textSizeFromName(c.ui.textSize).value_or(core::TextSize::Standard);
    defaultColorScheme_ = core::colorSchemeFromName(c.ui.colors).value_or(core::ColorScheme::Standard);
    defaultSpeechVolume_ = core::speechVolumeFromName(c.speech.volume).value_or(core::SpeechVolume::Medium);
    core::GlyphSet glyphs = fonts_->glyphs();  // a new hall name may bring new characters
    glyphs.addText(c.hall.name);
    glyphs.addText(c.hall.community);
    if (glyphs.size() != fonts_->glyphs().size()) fonts_->requestRebuild(glyphs, sessionState_.textSize);
    if (platformChanged) {
        sync_.reset();  // stops its transfer at once; what it had not sent waits in the outbox
        startSync();
    }
    spdlog::info("config reloaded from {}{}", setup_.configFile, platformChanged ? " (sync restarted)" : "");
}

std::string App::localDate() const {
    return core::formatW3cDateTime(services_.clock.wallNow()).substr(0, 10);  // "2026-11-22"
}

// The platform switched a content set: load it — while nobody uses the kiosk (the unattended
// display), so a list never changes under a resident's finger.
void App::takeSyncedContent() {
    if (!sync_ || !contentStarted_ || contentLoader_.loading()) return;
    const int generation = sync_->status().contentGeneration;
    if (generation == contentGenerationLoaded_ || router_.current() != core::ScreenId::Attract) return;
    contentGenerationLoaded_ = generation;
    spdlog::info("content: the platform's new content is loaded");
    startContentLoading();
}

core::DisplayMode App::displayModeNow(const core::LocalMoment& moment) {
    const config::KioskConfig::Display& d = setup_.config.display;
    const core::DisplayMode mode =
        core::displayModeAt(core::parseDisplayHours(d.hours),
                            core::displayModeFromName(d.outsideHours).value_or(core::DisplayMode::Dim), moment);
    if (mode != lastDisplayMode_) {
        static constexpr const char* kNames[] = {"on", "dimmed", "blank"};
        spdlog::info("display: {} ({})", kNames[static_cast<int>(mode)],
                     d.hours.empty() ? std::string("always on") : "opening hours " + d.hours);
        lastDisplayMode_ = mode;
    }
    return mode;
}

void App::updateSession(core::SteadyTime now) {
    if (session_.update(now) != core::SessionPhase::Expired) return;
    spdlog::info("session timed out: form wiped, back to the unattended display");
    wipeSession();
    router_.resetTo(core::ScreenId::Attract);
    attract_.restart(now);
}

std::string App::readAloudText() const {
    // What the screen shows, in drawing order: its title first, then its content and its buttons.
    // A masked name is read as 王某华, not "asterisk".
    std::string text;
    for (std::string line : registry_.contentTexts()) {
        for (auto pos = line.find('*'); pos != std::string::npos; pos = line.find('*', pos)) line.replace(pos, 1, "某");
        if (!text.empty()) text += "。";
        text += line;
        if (text.size() > 6000) break;  // a long list: the first screenful is plenty
    }
    return text;
}

void App::wipeSession() {
    if (services_.speech) services_.speech->stop();
    tour_.reset();  // nobody watches: the demonstration ends with the visit
    coachTrail_.restart();
    coachSpoken_.reset();
    endDemo();  // a demonstration never outlives its session: the next resident's case is real
    const core::TextSize sizeBefore = sessionState_.textSize;
    discardUnsentPhotos(sessionState_.caseSession);
    sessionState_ = SessionState{};
    sessionState_.colorScheme = defaultColorScheme_;
    session_.stop();
    inputFont_->release();  // 16–32 MB only while someone may type
    sessionState_.textSize = sizeBefore;
    setTextSize(defaultTextSize_);
    setSpeechVolume(defaultSpeechVolume_);
}

void App::setTextSize(core::TextSize size) {
    if (size == sessionState_.textSize) return;
    sessionState_.textSize = size;
    fonts_->requestRebuild(fonts_->glyphs(), size);
}

void App::setSpeechVolume(core::SpeechVolume volume) {
    sessionState_.speechVolume = volume;
    if (services_.speech) services_.speech->setVolume(core::speechVolumePercent(volume));
}

void App::prepareView(core::SteadyTime now) {
    view_.hallName = setup_.config.hall.name;
    view_.demoMode = demoMode();
    view_.dateTimeText = core::formatTopBarDateTime(services_.clock.wallNow(), dateStyle_);
    view_.textSize = sessionState_.textSize;
    view_.colorScheme = sessionState_.colorScheme;
    view_.speechVolume = sessionState_.speechVolume;
    view_.canGoBack = router_.depth() > 1;
    view_.showingDisplaySettings = router_.current() == core::ScreenId::DisplaySettings;
    view_.warningSecondsLeft = session_.warningSecondsLeft(now);
    const net::SyncStatus syncStatus = sync_ ? sync_->status() : net::SyncStatus{};
    view_.network = syncStatus.online ? ui::NetworkState::Online : ui::NetworkState::Offline;
    view_.offlineBanner = sync_ && syncStatus.everTried && !syncStatus.online;
    prepareTrackView(now);
    prepareScanView();
    prepareCameraPicture(now);
    prepareStaffView(now);
    prepareTourView();
    if (router_.current() == core::ScreenId::OperatorPanel) prepareOperatorView();
    view_.announcements = &announcements_;
    view_.guides = &guides_;
    view_.guideId = sessionState_.guideId;
    // Read with curl's URL parser: made again only when the config's link changes.
    if (platformHomeLinkFor_ != setup_.config.cases.trackingLink) {
        platformHomeLinkFor_ = setup_.config.cases.trackingLink;
        platformHomeLink_ = core::platformHomeLink(platformHomeLinkFor_);
    }
    view_.platformHomeLink = platformHomeLink_;
    view_.attractSlide = attract_.update(announcements_, core::localMoment(services_.clock.wallNow()), now);
    view_.attractPosition = attract_.position();
    view_.attractLoopLength = attract_.loopLength();
    view_.attractDrift = core::burnInDrift(services_.clock.wallNow());
    view_.tickerText.clear();
    view_.displayMode = core::DisplayMode::On;
    if (router_.current() == core::ScreenId::Attract) {
        const core::LocalMoment moment = core::localMoment(services_.clock.wallNow());
        view_.displayMode = displayModeNow(moment);
        // Dimmed or black, nothing moves: the loop sleeps until a touch or the next minute.
        if (view_.displayMode == core::DisplayMode::On)
            view_.tickerText = core::tickerText(slogans_, moment, strings_.get("attract.ticker_separator"));
        view_.tickerSeconds = std::chrono::duration<double>(now - startedAt_).count();
    }
    prepareAttractVideo();
    view_.operatorProblems = operatorProblems_;
    view_.disclosures = disclosures_;
    view_.contentImageDir = assets_.contentImages();
    view_.contentLoading = contentLoader_.loading();
    if (disclosures_) {
        const auto age = core::daysSince(disclosures_->set().updatedAt, services_.clock.wallNow());
        view_.contentStale = !age || *age > setup_.config.content.staleAfterDays;
    }
    // The session's choices, or the defaults: this hall's community and the newest month.
    view_.communityId = sessionState_.communityId;
    view_.period = sessionState_.period;
    view_.payoutTypeId = sessionState_.payoutTypeId;
    view_.nameQuery = sessionState_.nameQuery;
    if (disclosures_) {
        if (view_.communityId.empty() || !disclosures_->hasCommunity(view_.communityId)) {
            view_.communityId = disclosures_->communityIdByName(setup_.config.hall.community);
            if (view_.communityId.empty() && !disclosures_->set().communities.empty()) {
                view_.communityId = disclosures_->set().communities.front().id;
            }
        }
        if (view_.period.empty() && !disclosures_->periods().empty()) view_.period = disclosures_->periods().front();
        view_.shownPayout = nullptr;
        for (const core::Payout* p : disclosures_->payouts(view_.communityId, view_.period)) {
            if (p->id == sessionState_.shownPayoutId) view_.shownPayout = p;
        }
        view_.shownNotice = nullptr;
        for (const core::Notice* n : disclosures_->notices(view_.communityId, view_.period)) {
            if (n->id == sessionState_.shownNoticeId) view_.shownNotice = n;
        }
        view_.shownNoticeLink = view_.shownNotice && !view_.platformHomeLink.empty()
                                    ? core::platformNoticeLink(setup_.config.cases.trackingLink, view_.shownNotice->id)
                                    : std::string{};
    }
}

void App::prepareTextEntry(const ui::Screen& current) {
    prepareCaseView();
    ui::TextEntryView& v = view_.textEntry;
    v = {};
    const std::string field(current.textField(view_));
    if (field.empty()) return;
    // The engines and the keyboard font are made the first time a field shows, off the UI thread.
    engines_.open();
    inputFont_->request(fonts_->glyphs(), sessionState_.textSize);
    v.field = field;
    v.entry = &sessionState_.entries[field];
    v.ink = &sessionState_.ink[field];
    v.ready = keyboardReady();
    v.pinyinAvailable = !v.ready || engines_.pinyinAvailable();
    v.handwritingAvailable = !v.ready || engines_.handwritingAvailable();
    if (v.ready && v.entry->mode() == core::EntryMode::Pinyin && !v.entry->composing().empty()) {
        v.pinyin = &engines_.pinyin(v.entry->composing());
    }
    if (!v.ink->empty()) v.handwriting = sessionState_.handwritingCandidates;
    const auto phrases = quickPhrases_.byContext.find(field);
    if (phrases != quickPhrases_.byContext.end()) v.quickPhrases = phrases->second;
    // The case description offers its category's phrases.
    const auto& flow = sessionState_.caseSession.flow;
    if (field == ui::kCaseDescriptionField && flow && flow->category()) v.quickPhrases = flow->category()->phrases;
}

void App::applyEdit(const ui::EditText& edit) {
    core::TextEntry& entry = sessionState_.entries[edit.field];
    core::Ink& ink = sessionState_.ink[edit.field];
    bool inkChanged = false;
    std::visit(
        [&](const auto& op) {
            using Op = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<Op, ui::edit::Letter>) {
                entry.typeLetter(op.letter);
            } else if constexpr (std::is_same_v<Op, ui::edit::Erase>) {
                entry.backspace();
            } else if constexpr (std::is_same_v<Op, ui::edit::Clear>) {
                entry.clear();
            } else if constexpr (std::is_same_v<Op, ui::edit::MoveCaret>) {
                if (op.delta < 0) entry.moveCaretLeft();
                if (op.delta > 0) entry.moveCaretRight();
            } else if constexpr (std::is_same_v<Op, ui::edit::Insert>) {
                entry.insert(op.text);
            } else if constexpr (std::is_same_v<Op, ui::edit::ChoosePinyin>) {
                entry.chooseCandidate(op.hanzi, op.letters);
            } else if constexpr (std::is_same_v<Op, ui::edit::SetMode>) {
                entry.setMode(op.mode);
            } else if constexpr (std::is_same_v<Op, ui::edit::AddStroke>) {
                if (!op.stroke.empty() && ink.size() < 64) ink.push_back(op.stroke);
                inkChanged = true;
            } else if constexpr (std::is_same_v<Op, ui::edit::UndoStroke>) {
                if (!ink.empty()) ink.pop_back();
                inkChanged = true;
            } else if constexpr (std::is_same_v<Op, ui::edit::ClearInk>) {
                ink.clear();
                inkChanged = true;
            }
        },
        edit.op);
    if (inkChanged) {
        // Old candidates belong to other ink: hide them until the worker answers for this one.
        sessionState_.handwritingCandidates.clear();
        ++sessionState_.inkRequest;
        if (!ink.empty()) engines_.recognise(sessionState_.inkRequest, ink);
    }
}

void App::drawFrameContents(core::SteadyTime now) {
    const ImGuiIO& io = ImGui::GetIO();
    ui::Screen& current = screen(router_.current());
    const bool warning = overlayThisFrame_ || session_.phase() == core::SessionPhase::Warning;
    const ui::Layout layout = ui::computeLayout(io.DisplaySize, fonts_->fonts(), current.showsTopBar() && !warning);
    prepareTextEntry(current);
    widgets::FontSet fonts = fonts_->fonts();
    fonts.input = inputFont_->font();
    ui::NoCanvases noCanvases;
    ui::ScreenContext ctx{
        strings_, fonts, view_, layout, services_.images, services_.canvases ? *services_.canvases : noCanvases,
        actions_};

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                            ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    try {
        ImGui::Begin("##kiosk", nullptr, kRootFlags);
        if (warning) {
            registry_.markContentStart();
            ui::drawStillThereOverlay(ctx);
        } else {
            if (current.showsTopBar()) ui::drawTopBar(ctx);
            // A group keeps every new line of the screen's layout at the content margin.
            registry_.markContentStart();
            ImGui::SetCursorScreenPos(layout.contentMin);
            ImGui::BeginGroup();
            current.drawContent(ctx);
            ImGui::EndGroup();
        }
        // 演示模式: a yellow frame round every screen, as well as the label in the top bar.
        if (view_.demoMode)
            ImGui::GetForegroundDrawList()->AddRect(ImVec2(0, 0), io.DisplaySize, IM_COL32(255, 214, 0, 255), 0, 0,
                                                    12.0f);
        ImGui::End();
        if (!warning) drawTourLayer(ctx);
    } catch (const std::exception& e) {
        // Close whatever the screen left open, go home, and keep serving the hall.
        widgets::recoverFromAbandonedFrame();
        actions_.take();
        spdlog::error("screen '{}' failed: {}", core::screenName(router_.current()), e.what());
        if (failures_.recordFailure(now)) {
            spdlog::critical("{} screen failures within a minute: exiting for a restart", failures_.recentFailures());
            exitCode_ = kExitRepeatedFailure;
        }
        router_.home();
    }
}

void App::applyActions(core::SteadyTime now) {
    listAnimating_ = actions_.takeAnimationRequest();
    const std::uint64_t generationBefore = router_.generation();
    struct StopSpeechOnNavigation {
        const core::Router& router;
        std::uint64_t before;
        ui::SpeechOutput* speech;
        ~StopSpeechOnNavigation() {
            if (speech && router.generation() != before) speech->stop();  // speech belongs to its screen
        }
    } stopSpeech{router_, generationBefore, services_.speech};
    for (const ui::UiAction& action : actions_.take()) {
        std::visit(
            [&](const auto& a) {
                using A = std::decay_t<decltype(a)>;
                if constexpr (std::is_same_v<A, ui::OpenScreen>) {
                    if (a.screen == core::ScreenId::TrackCase) sessionState_.trackSession = TrackSession{};
                    router_.push(a.screen);
                } else if constexpr (std::is_same_v<A, ui::GoBack>) {
                    if (router_.current() == core::ScreenId::TrackCase) {
                        TrackSession& ts = sessionState_.trackSession;
                        if (ts.ratingOpen && ts.ticket == 0) {
                            ts.ratingOpen = false;  // the rating page goes back to its case
                            ts.problemKey.clear();
                            return;
                        }
                        ts = TrackSession{};  // a case looked up is not left for whoever comes next
                    }
                    if (router_.current() != core::ScreenId::FileCase || !caseFlowBack()) router_.back();
                } else if constexpr (std::is_same_v<A, ui::GoHome>) {
                    if (sessionState_.caseSession.receipt || !sessionState_.caseSession.joinedCode.empty())
                        finishCase();
                    sessionState_.trackSession = TrackSession{};
                    router_.home();
                } else if constexpr (std::is_same_v<A, ui::CycleTextSize>) {
                    setTextSize(core::nextTextSize(sessionState_.textSize));
                } else if constexpr (std::is_same_v<A, ui::SetTextSize>) {
                    setTextSize(a.size);
                } else if constexpr (std::is_same_v<A, ui::SetColorScheme>) {
                    sessionState_.colorScheme = a.scheme;
                    spdlog::info("colours: {}", core::colorSchemeName(a.scheme));
                } else if constexpr (std::is_same_v<A, ui::SetSpeechVolume>) {
                    setSpeechVolume(a.volume);
                    // Say something at the new level at once: the resident judges by ear.
                    if (services_.speech) services_.speech->say(strings_.get("display.volume_sample"));
                } else if constexpr (std::is_same_v<A, ui::ReadAloud>) {
                    if (services_.speech) services_.speech->say(readAloudText());
                    spdlog::info("read aloud on '{}'", core::screenName(router_.current()));
                } else if constexpr (std::is_same_v<A, ui::Speak>) {
                    if (services_.speech) services_.speech->say(a.text);
                } else if constexpr (std::is_same_v<A, ui::ShowGuide>) {
                    sessionState_.guideId = a.id;
                    // The resident chose this topic: read it out (使用指南 is for those who read slowly).
                    for (const core::Guide& g : guides_)
                        if (g.id == a.id && services_.speech) services_.speech->say(ui::guideSpeech(g, strings_));
                } else if constexpr (std::is_same_v<A, ui::ContinueSession>) {
                    session_.noteActivity(now);
                } else if constexpr (std::is_same_v<A, ui::WakeUp>) {
                    router_.home();
                    session_.start(now);
                    usage_.visit(localDate());
                } else if constexpr (std::is_same_v<A, ui::SelectCommunity>) {
                    sessionState_.communityId = a.id;
                    sessionState_.payoutTypeId.clear();  // a type filter belongs to one list
                } else if constexpr (std::is_same_v<A, ui::SelectPeriod>) {
                    sessionState_.period = a.period;
                    sessionState_.payoutTypeId.clear();
                } else if constexpr (std::is_same_v<A, ui::SelectPayoutType>) {
                    sessionState_.payoutTypeId = a.typeId;
                } else if constexpr (std::is_same_v<A, ui::ShowPayout>) {
                    sessionState_.shownPayoutId = a.payoutId;
                    router_.push(core::ScreenId::PayoutDetail);
                } else if constexpr (std::is_same_v<A, ui::SetNameQuery>) {
                    sessionState_.nameQuery = a.query;
                } else if constexpr (std::is_same_v<A, ui::EditText>) {
                    applyEdit(a);
                } else if constexpr (std::is_same_v<A, ui::CaseAction>) {
                    applyCaseAction(a.op);
                } else if constexpr (std::is_same_v<A, ui::TrackAction>) {
                    applyTrackAction(a.op, now);
                } else if constexpr (std::is_same_v<A, ui::StaffAction>) {
                    applyStaffAction(a.op, now);
                } else if constexpr (std::is_same_v<A, ui::TourAction>) {
                    applyTourAction(a, now);
                } else if constexpr (std::is_same_v<A, ui::ShowNotice>) {
                    sessionState_.shownNoticeId = a.noticeId;
                    router_.push(core::ScreenId::NoticeReader);
                }
            },
            action);
    }
}

void App::healMissingGlyphs() {
    const std::u32string missing = widgets::findMissingGlyphs(registry_);
    if (missing.empty()) return;
    core::GlyphSet glyphs = fonts_->glyphs();
    for (char32_t c : missing) glyphs.add(c);
    if (glyphs.size() == fonts_->glyphs().size() || fonts_->building()) return;
    // Should not happen (the atlas is built from all text); when it does, fix it off the UI thread.
    spdlog::warn("{} characters drawn without a glyph: rebuilding the font atlas", missing.size());
    fonts_->requestRebuild(glyphs, sessionState_.textSize);
}

core::SteadyTime App::nextDue() const {
    const core::SteadyTime now = services_.clock.now();
    core::SteadyTime due = steadyAt(services_.clock, core::nextMinuteBoundary(services_.clock.wallNow()));
    if (session_.phase() == core::SessionPhase::Warning) {
        due = std::min(due, session_.nextCountdownTick(now));
    } else {
        due = std::min(due, session_.nextChangeDue());
    }
    if (router_.current() == core::ScreenId::Attract) {
        due = std::min(due, attract_.nextChange());  // schedules change on the minute: woken above
    }
    return due;
}

}  // namespace kiosk
