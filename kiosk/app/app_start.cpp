// The kiosk's start: strings, the bundled content, the screens, the first font atlas, the sync
// worker — and a config reload, which applies what a restart would read.
#include <spdlog/spdlog.h>

#include <tuple>

#include "app/app.h"
#include "config/remote_config.h"
#include "core/geo_point.h"
#include "ui/attract_screen.h"
#include "ui/case_screen.h"
#include "ui/disclosure_hub_screen.h"
#include "ui/display_settings_screen.h"
#include "ui/finance_screen.h"
#include "ui/guide_screen.h"
#include "ui/notice_screens.h"
#include "ui/operator_error_screen.h"
#include "ui/operator_panel_screen.h"
#include "ui/payout_detail_screen.h"
#include "ui/payout_list_screen.h"
#include "ui/payout_search_screen.h"
#include "ui/payout_types_screen.h"
#include "ui/scan_screen.h"
#include "ui/self_records_screen.h"
#include "ui/staff_screens.h"
#include "ui/theme.h"
#include "ui/track_case_screen.h"
#include "ui/typing_practice_screen.h"

namespace kiosk {
namespace {

core::SessionTiming timingFrom(const config::KioskConfig& c) {
    return {core::Seconds{static_cast<double>(c.session.idleTimeoutSeconds)},
            core::Seconds{static_cast<double>(c.session.warningCountdownSeconds)}};
}

}  // namespace

App::App(AppSetup setup, AppServices services)
    : setup_(std::move(setup)),
      services_(std::move(services)),
      data_{setup_.dataDir},
      assets_{setup_.assetsDir},
      session_(timingFrom(setup_.config)),
      inbox_(services_.wakeUiThread),
      credentials_(std::make_shared<net::DeviceCredentials>(
          net::Credentials::fromConfig(setup_.config.platform.deviceId, setup_.config.platform.deviceToken))),
      usage_(data_.usageCounters(), localDate()),
      desks_(data_, assets_),
      accessibility_(*this, registry_),
      typing_(*this),
      content_(*this),
      cases_(*this, typing_, [this] { return scan_.runningPicture(); }),
      tracking_(*this),
      scan_(*this, cases_, tracking_, content_),
      attract_(*this, content_),
      staff_(*this),
      demonstration_(*this, registry_, cases_, tracking_, [this] { return workersBusy(); }),
      printing_(*this),
      idCard_(*this),
      remoteCare_(*this),
      features_{&accessibility_, &typing_, &content_,       &cases_,    &tracking_, &scan_,
                &attract_,       &staff_,  &demonstration_, &printing_, &idCard_,   &remoteCare_} {
    accessibility_.useDefaults(setup_.config);
    accessibility_.startWithDefaults();
    operatorProblems_ = setup_.startupProblems;
}

App::~App() = default;

void App::prepare() {
    prepared_ = true;
    widgets::bindRegistry(registry_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini in the working directory
    io.LogFilename = nullptr;
    ui::applyKioskStyle();

    loadStrings();
    content_.loadBundledAnnouncements(setup_.bundledAnnouncements.empty() ? assets_.announcements()
                                                                          : setup_.bundledAnnouncements);
    typing_.loadQuickPhrases();
    demonstration_.load();
    // A small JSON file and an SQLite open: before the glyphs are collected.
    desks_.real().open(setup_.demoCases ? assets_.demoCases() : std::string{});
    cases_.sweepPhotos();
    buildScreens();
    const config::KioskConfig::Fonts& f = setup_.config.fonts;
    fonts_ = std::make_unique<ui::FontLibrary>(
        f.path, f.faceIndex, services_.fontTexture,
        [this] {
            inbox_.post([this] {
                if (fonts_->installIfReady()) spdlog::debug("new font atlas installed");
            });
        },
        data_.fontCache());
    typing_.createInputFont(f.path, f.faceIndex, services_.fontTexture);
    fonts_->startInitialBuild(collectGlyphs(), accessibility_.textSize());
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
    attract_.startStrip(services_.clock.now());
    startSync();
    spdlog::info("kiosk started: hall '{}', language {}, {} announcements, assets {}", setup_.config.hall.name,
                 setup_.config.ui.language, content_.announcements().size(), setup_.assetsDir);
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

core::GlyphSet App::collectGlyphs() const {
    core::GlyphSet glyphs;
    for (const auto& [key, text] : strings_.entries()) glyphs.addText(text);
    content_.addAnnouncementGlyphs(glyphs);
    typing_.addGlyphs(glyphs);
    glyphs.addText(setup_.config.hall.name);
    glyphs.addText(setup_.config.hall.community);
    for (const auto& p : operatorProblems_) glyphs.addText(p);
    if (const core::CaseCatalog* catalog = desks_.real().catalog()) {
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
    content_.addDisclosureGlyphs(glyphs);
    return glyphs;
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
    screens_[core::ScreenId::SelfRecords] = std::make_unique<ui::SelfRecordsScreen>();
}

void App::startSync() {
    const config::KioskConfig::Platform& p = setup_.config.platform;
    if (p.baseUrl.empty() || !desks_.real().available()) {
        spdlog::info("sync: no platform configured; cases wait in the outbox");
        return;
    }
    net::SyncSettings s;
    s.baseUrl = p.baseUrl;
    s.credentials = credentials_;
    // No token in the config: the kiosk enrols (its code on the operator panel) and keeps what
    // the platform issues in the data folder.
    if (p.deviceToken.empty()) s.enrolmentFile = data_.enrolment();
    s.hallName = setup_.config.hall.name;
    s.hallCommunity = setup_.config.hall.community;
    s.recentLog = services_.recentLog;
    s.tls = {p.caFile, p.pinnedPublicKey, p.clientCert, p.clientKey};
    s.intervalSeconds = p.syncIntervalSeconds;
    s.format = net::wireFormatFromName(p.format).value_or(net::WireFormat::Json);
    s.contentSeconds = p.syncIntervalSeconds;
    s.contentDatabasePath = data_.content();
    s.outboxPath = data_.outbox();
    const core::CaseCatalog* catalog = desks_.real().catalog();
    s.hallLocation = core::parseGeoPoint(setup_.config.hall.location);
    s.addressOf = [catalog](const storage::OutboxCase& c) {
        const core::CommunityPlaces* community = catalog->community(c.communityId);
        return community ? community->name + " · " + c.place : c.place;
    };
    // The worker's own clock: records are stamped with real time (the UI's clock may be a test's).
    s.nowText = [] { return core::formatW3cDateTime(std::chrono::system_clock::now()); };
    s.countersJson = usage_.reader();
    s.printerJson = printing_.healthReader();
    s.remoteConfigJson = remoteCare_.remoteConfigReader();
    s.cameraJson = scan_.healthReader();
    s.onChange = [this] { inbox_.post([this] { syncChanged(); }); };
    s.appVersion = KIOSK_VERSION;
    s.outOfServiceProblems = operatorProblems_.size();
    sync_ = std::make_unique<net::SyncEngine>(std::move(s));
    sync_->start();
    spdlog::info("sync: platform {}", p.baseUrl);
}

void App::syncChanged() {
    if (!sync_) return;
    remoteCare_.received(sync_->takeCommands(), services_.clock.now());
    const net::SyncStatus status = sync_->status();
    content_.platformSwitchedContent(status.contentGeneration);
    tracking_.platformSentUpdates(status.updatesApplied);
}

namespace {

bool samePlatform(const config::KioskConfig::Platform& a, const config::KioskConfig::Platform& b) {
    return std::tie(a.baseUrl, a.deviceToken, a.deviceId, a.caFile, a.pinnedPublicKey, a.clientCert, a.clientKey,
                    a.syncIntervalSeconds, a.format) == std::tie(b.baseUrl, b.deviceToken, b.deviceId, b.caFile,
                                                                 b.pinnedPublicKey, b.clientCert, b.clientKey,
                                                                 b.syncIntervalSeconds, b.format);
}

}  // namespace

// What a restart would read, applied while nobody uses the kiosk (remote care makes sure). What
// only a restart can change (paths, window, font, logging, language) keeps its running value
// until then.
std::string App::reloadConfigNow() {
    if (setup_.configFile.empty()) {
        spdlog::warn("config reload asked for, but the kiosk was not started from a config file");
        return "the kiosk was not started from a config file";
    }
    config::ConfigLoadResult loaded = config::loadConfigFile(setup_.configFile);
    if (!setup_.remoteConfig.empty()) config::applyConfigLayer(setup_.remoteConfig, config::kRemoteConfigName, loaded);
    if (!loaded.problems.empty()) {
        spdlog::error("config reload refused, the kiosk goes on as it was: {} ({} problem(s))",
                      loaded.problems.front().text(), loaded.problems.size());
        return loaded.problems.front().text();
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
    attract_.useConfig(c, services_.clock.now());
    accessibility_.useDefaults(c);
    core::GlyphSet glyphs;  // a new hall name may bring new characters
    glyphs.addText(c.hall.name);
    glyphs.addText(c.hall.community);
    addGlyphs(glyphs);
    if (platformChanged) {
        credentials_->set(net::Credentials::fromConfig(c.platform.deviceId, c.platform.deviceToken));
        sync_.reset();  // stops its transfer at once; what it had not sent waits in the outbox
        startSync();
    }
    spdlog::info("config reloaded from {}{}", setup_.configFile, platformChanged ? " (sync restarted)" : "");
    return "";
}

bool App::printTestSlip() {
    if (!printing_.available()) return false;
    printing_.apply(ui::PrintTestSlip{}, services_.clock.now());
    return true;
}

}  // namespace kiosk
