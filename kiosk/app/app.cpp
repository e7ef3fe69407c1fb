// One frame of the kiosk, the visit around it, and the actions that route to the features.
#include "app/app.h"

#include <spdlog/spdlog.h>

#include "core/display_schedule.h"
#include "ui/layout.h"
#include "ui/still_there_overlay.h"
#include "ui/top_bar.h"
#include "ui/tour_panel.h"
#include "widgets/color_theme.h"
#include "widgets/frame_control.h"

namespace kiosk {
namespace {

ImVec4 toVec4(std::uint32_t rgb) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(rgb & 0xFF) / 255.0f, 1.0f);
}

// Steady-clock time of a wall-clock moment, for scheduling wake-ups such as the next minute.
core::SteadyTime steadyAt(const core::Clock& clock, core::WallTime wall) {
    return clock.now() + std::chrono::duration_cast<core::SteadyTime::duration>(wall - clock.wallNow());
}

}  // namespace

void App::replaceScreenForTest(core::ScreenId id, std::unique_ptr<ui::Screen> screen) {
    screens_[id] = std::move(screen);
}

ui::Screen& App::screen(core::ScreenId id) {
    return *screens_.at(id);
}

std::string App::localDate() const {
    return core::formatW3cDateTime(services_.clock.wallNow()).substr(0, 10);  // "2026-11-22"
}

void App::addGlyphs(const core::GlyphSet& glyphs) {
    core::GlyphSet wanted = fonts_->glyphs();
    wanted.merge(glyphs);
    if (wanted.size() != fonts_->glyphs().size()) fonts_->requestRebuild(wanted, accessibility_.textSize());
}

void App::useTextSize(core::TextSize size) {
    fonts_->requestRebuild(fonts_->glyphs(), size);
}

const widgets::ColorTheme& App::colorTheme() const {
    return accessibility_.colorScheme() == core::ColorScheme::HighContrast ? widgets::kHighContrastTheme
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
    inbox_.drain(visit_);
    const core::SteadyTime now = services_.clock.now();
    for (Feature* feature : features_) feature->beforeFrame(now);
    demonstration_.beforeNewFrame(now);
    ImGui::NewFrame();
    registry_.beginFrame();

    // Any touch is activity; during "还在吗？" it is also the one tap that extends. That touch
    // belongs to the warning: its frame still shows the warning, so the screen coming back
    // never takes it for a tap on whatever lies under the finger.
    overlayThisFrame_ = session_.phase() == core::SessionPhase::Warning;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) session_.noteActivity(now);
    updateSession(now);
    staff_.watchCorner(now);
    if (enteredGeneration_ != router_.generation()) {
        enteredGeneration_ = router_.generation();
        screen(router_.current()).onEnter();
        if (router_.current() == core::ScreenId::Attract) {
            usage_.saveIfChanged();                      // a visit ended: keep the day's counts on disk
        } else if (!isStaffScreen(router_.current())) {  // the day's counts are the residents'
            usage_.openScreen(localDate(), core::screenName(router_.current()));
        }
    }
    prepareView(now);
    widgets::useTheme(colorTheme());
    drawFrameContents(now);
    ImGui::Render();
    const std::uint64_t generationBefore = router_.generation();
    applyActions(now);
    demonstration_.afterFrame(generationBefore);
    healMissingGlyphs();
    // Not during the first frame: its rasterisation would share two cores with the worker.
    if (!content_.started() && framesDrawn_++ >= 1) {
        content_.startLoading(setup_.bundledDisclosures.empty() ? assets_.disclosures() : setup_.bundledDisclosures);
    }
}

void App::updateSession(core::SteadyTime now) {
    if (session_.update(now) != core::SessionPhase::Expired) return;
    spdlog::info("session timed out: form wiped, back to the unattended display");
    endVisit(now);
}

void App::endVisit(core::SteadyTime now) {
    wipeVisit();
    router_.resetTo(core::ScreenId::Attract);
    attract_.restart(now);
}

// Every feature forgets the visit; the inbox drops what its workers still bring back for it.
void App::wipeVisit() {
    if (services_.speech) services_.speech->stop();
    for (Feature* feature : features_) feature->endVisit();
    session_.stop();
    ++visit_;
}

bool App::workersBusy() const {
    const bool keyboardComing = !view_.textEntry.field.empty() && !view_.textEntry.ready;
    if (animating() || keyboardComing) return true;
    for (const Feature* feature : features_) {
        if (feature->waitingForWorker()) return true;
    }
    return false;
}

void App::prepareView(core::SteadyTime now) {
    view_.hallName = setup_.config.hall.name;
    view_.hallPhone = setup_.config.hall.phone;
    view_.demoMode = demoMode();
    view_.dateTimeText = core::formatTopBarDateTime(services_.clock.wallNow(), dateStyle_);
    view_.canGoBack = router_.depth() > 1;
    view_.showingDisplaySettings = router_.current() == core::ScreenId::DisplaySettings;
    view_.warningSecondsLeft = session_.warningSecondsLeft(now);
    const net::SyncStatus syncStatus = sync_ ? sync_->status() : net::SyncStatus{};
    view_.network = syncStatus.online ? ui::NetworkState::Online : ui::NetworkState::Offline;
    view_.offlineBanner = sync_ && syncStatus.everTried && !syncStatus.online;
    for (Feature* feature : features_) feature->prepare(view_, now);
    view_.operatorProblems = operatorProblems_;
}

void App::drawFrameContents(core::SteadyTime now) {
    const ImGuiIO& io = ImGui::GetIO();
    ui::Screen& current = screen(router_.current());
    const bool warning = overlayThisFrame_ || session_.phase() == core::SessionPhase::Warning;
    ui::Layout layout = ui::computeLayout(io.DisplaySize, fonts_->fonts(), current.showsTopBar() && !warning);
    // 全流程演示: the screen is laid out above the demonstration's panel, never under it.
    if (view_.tour.playing && !warning) {
        layout.contentMax.y -= ui::tourPanelHeight(layout, fonts_->fonts(), strings_, view_.tour) + layout.margin;
    }
    typing_.prepareFor(view_, current);
    widgets::FontSet fonts = fonts_->fonts();
    fonts.input = typing_.inputImFont();
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
        if (!warning) demonstration_.drawLayer(ctx, view_);
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
        if (const auto* open = std::get_if<ui::OpenScreen>(&action)) {
            for (Feature* feature : features_) feature->screenOpened(open->screen);
            router_.push(open->screen);
        } else if (std::holds_alternative<ui::GoBack>(action)) {
            const core::ScreenId here = router_.current();
            const bool tookIt = std::any_of(features_.begin(), features_.end(),
                                            [here](Feature* feature) { return feature->goBack(here); });
            if (!tookIt) router_.back();
        } else if (std::holds_alternative<ui::GoHome>(action)) {
            for (Feature* feature : features_) feature->goHome();
            router_.home();
        } else if (std::holds_alternative<ui::ContinueSession>(action)) {
            session_.noteActivity(now);
        } else if (std::holds_alternative<ui::WakeUp>(action)) {
            router_.home();
            session_.start(now);
            usage_.visit(localDate());
        } else {
            for (Feature* feature : features_) {
                if (feature->apply(action, now)) break;
            }
        }
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
    fonts_->requestRebuild(glyphs, accessibility_.textSize());
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
