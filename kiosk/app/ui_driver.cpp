#include "app/ui_driver.h"

#include <algorithm>
#include <cfloat>
#include <thread>

#include "core/utf8.h"

namespace kiosk {
namespace {

constexpr double kWaitStepSeconds = 1.0;   // a countdown's number changes once a second
constexpr int kSwipeMoveFrames = 8;        // a finger moves over several frames, as a real one does
constexpr double kHoldFrameSeconds = 0.1;  // a held finger: frames every 100 ms of the script's clock
constexpr int kMorePagesAtMost = 20;       // a row or list with more pages than this is not for finding by paging

// What a resident taps to see more of the row or list `target` belongs to, if it is drawn: a paged
// chip row names its 更多 "<group>.<first item>.more" and its items "<group>.<item>"; a paged list of
// choices names its ▼ "<group>.<list>.page_down"; a screen that shows "<group>.more" (the review's
// ▼ 往下看) until its "<group>.<target>" may be used has the resident look there first. A word tapped
// by its label is looked for on the candidate bar's next pages too.
const widgets::WidgetRecord* moreOfRow(const std::string& target, const widgets::WidgetRegistry& drawn) {
    auto endsWith = [](const std::string& id, const std::string& suffix) {
        return id.size() > suffix.size() && id.compare(id.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    const auto dot = target.rfind('.');
    if (dot == std::string::npos) {
        // A word tapped by its label may be on a later page of the keyboard's candidates (下页 ›).
        for (const auto& w : drawn.widgets()) {
            if (endsWith(w.id, ".kbd.next")) return &w;
        }
        return nullptr;
    }
    const std::string group = target.substr(0, dot + 1);
    for (const auto& w : drawn.widgets()) {
        if (w.id.rfind(group, 0) != 0) continue;
        const std::size_t nextDot = w.id.find('.', group.size());
        if (endsWith(w.id, ".page_down") && nextDot == w.id.size() - std::string(".page_down").size()) return &w;
        if (endsWith(w.id, ".more") && nextDot == w.id.size() - std::string(".more").size()) return &w;
        if (w.id == group + "more") return &w;  // a screen's own "more to see first" in place of the target
    }
    return nullptr;
}

std::string describeTargets(const widgets::WidgetRegistry& registry) {
    std::string list;
    for (const auto& w : registry.widgets()) list += (list.empty() ? "" : ", ") + w.id + " (" + w.label + ")";
    return list.empty() ? "none" : list;
}

std::string codepointList(const std::u32string& cps) {
    std::string out;
    char buffer[16];
    for (char32_t c : cps) {
        std::snprintf(buffer, sizeof buffer, "U+%04X ", static_cast<unsigned>(c));
        out += buffer;
    }
    return out;
}

}  // namespace

void UiDriver::add(const std::vector<core::ScriptStep>& steps) {
    for (const auto& s : steps) add(s);
}

void UiDriver::fail(const std::string& why) {
    if (!failure_.empty()) return;
    const auto& step = steps_.front();
    failure_ = "step at line " + std::to_string(step.line) + " '" + step.source + "': " + why;
}

const widgets::WidgetRecord* UiDriver::findOne(const std::string& target, const widgets::WidgetRegistry& drawn) {
    const auto found = drawn.find(target);
    if (found.empty()) {
        fail("nothing named '" + target + "' on screen; tappable: " + describeTargets(drawn));
        return nullptr;
    }
    if (found.size() > 1) {
        fail("'" + target + "' names " + std::to_string(found.size()) + " widgets; use an id");
        return nullptr;
    }
    return found.front();
}

bool UiDriver::stillWaiting() {
    // Workers (the keyboard font, handwriting) answer in real time, not on the script's clock.
    const auto now = std::chrono::steady_clock::now();
    if (!expectSince_) expectSince_ = now;
    if (now - *expectSince_ >= kExpectPatience) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));  // leave the cores to the workers
    return true;
}

void UiDriver::finishStep() {
    expectSince_.reset();
    morePagesTapped_ = 0;
    pagingMore_ = false;
    steps_.pop_front();
    phase_ = 0;
    waitLeft_ = -1;
    ++stepsDone_;
}

void UiDriver::beforeFrame(ImGuiIO& io, const widgets::WidgetRegistry& lastFrame) {
    io.MouseDown[0] = false;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (!busy()) return;
    const core::ScriptStep& step = steps_.front();
    // Frame 0 of every step is a plain frame, so each step sees the settled result of the last.
    if (phase_ == 0) return;

    if (const auto* tap = std::get_if<core::TapStep>(&step.action)) {
        if (phase_ == 1) {
            // As a resident would: a choice on a later page of its row (list) is found by tapping 更多 (▼).
            pagingMore_ = false;
            const widgets::WidgetRecord* more = nullptr;
            if (lastFrame.find(tap->target).empty() && morePagesTapped_ < kMorePagesAtMost) {
                more = moreOfRow(tap->target, lastFrame);
            }
            if (more) {
                pagingMore_ = true;
                ++morePagesTapped_;
                tapAt_ = more->center();
            } else {
                const widgets::WidgetRecord* target = findOne(tap->target, lastFrame);
                if (!target) return;
                tapAt_ = target->center();
            }
        }
        io.MousePos = tapAt_;  // 1: finger arrives, 2: presses, 3: lifts (click)
        io.MouseDown[0] = phase_ == 2;
    } else if (const auto* swipe = std::get_if<core::SwipeStep>(&step.action)) {
        // 1: finger arrives, 2: presses, 3..: moves while held, then lifts where it ended.
        if (phase_ == 1) {
            const widgets::WidgetRecord* target = findOne(swipe->target, lastFrame);
            if (!target) return;
            tapAt_ = target->center();
        }
        const int moved = std::clamp(phase_ - 2, 0, kSwipeMoveFrames);
        io.MousePos = ImVec2(tapAt_.x, tapAt_.y + swipe->dy * static_cast<float>(moved) / kSwipeMoveFrames);
        io.MouseDown[0] = phase_ >= 2 && phase_ < 3 + kSwipeMoveFrames;
    } else if (const auto* hold = std::get_if<core::HoldStep>(&step.action)) {
        // 1: finger arrives, 2: presses, 3..: still pressed while the script's clock runs; the
        // next step's first frame lifts it.
        if (phase_ == 1) {
            const float inset = 30.0f;
            const bool left = hold->corner.find("left") != std::string::npos;
            const bool top = hold->corner.find("top") != std::string::npos;
            tapAt_ = ImVec2(left ? inset : io.DisplaySize.x - inset, top ? inset : io.DisplaySize.y - inset);
            waitLeft_ = hold->seconds;
        }
        io.MousePos = tapAt_;
        io.MouseDown[0] = phase_ >= 2;
        if (phase_ >= 3 && waitLeft_ > 0) {
            const double slice = std::min(waitLeft_, kHoldFrameSeconds);
            clock_.advance(core::Seconds{slice});
            waitLeft_ -= slice;
        }
    } else if (const auto* draw = std::get_if<core::DrawStep>(&step.action)) {
        if (phase_ == 1) {
            const widgets::WidgetRecord* target = findOne(draw->target, lastFrame);
            if (!target) return;
            // A finger per stroke: arrive, press, move one point a frame, lift.
            const widgets::WidgetRecord& w = *target;
            pointer_.clear();
            for (const auto& stroke : draw->strokes) {
                auto at = [&](std::pair<float, float> p) {
                    return ImVec2(w.min.x + p.first * (w.max.x - w.min.x), w.min.y + p.second * (w.max.y - w.min.y));
                };
                pointer_.push_back({at(stroke.front()), false});
                for (const auto& p : stroke) pointer_.push_back({at(p), true});
                pointer_.push_back({at(stroke.back()), false});
            }
        }
        const std::size_t i = static_cast<std::size_t>(phase_ - 1);
        if (i < pointer_.size()) {
            io.MousePos = pointer_[i].pos;
            io.MouseDown[0] = pointer_[i].down;
        }
    } else if (const auto* type = std::get_if<core::TypeStep>(&step.action)) {
        if (phase_ == 1) io.AddInputCharactersUTF8(type->text.c_str());
    } else if (std::holds_alternative<core::WaitStep>(step.action)) {
        if (waitLeft_ < 0) waitLeft_ = std::get<core::WaitStep>(step.action).seconds;
        const double slice = std::min(waitLeft_, kWaitStepSeconds);
        clock_.advance(core::Seconds{slice});
        waitLeft_ -= slice;
    }
}

void UiDriver::afterFrame(const widgets::WidgetRegistry& drawn, core::ScreenId screen) {
    if (!busy()) return;
    if (failOnMissingGlyphs_) {
        const std::u32string missing = widgets::findMissingGlyphs(drawn);
        if (!missing.empty()) {
            fail("characters drawn without a glyph in the atlas on screen '" + std::string(core::screenName(screen)) +
                 "': " + codepointList(missing));
            return;
        }
    }
    const core::ScriptStep& step = steps_.front();
    const int phase = phase_++;
    if (phase == 0) return;  // the settling frame

    if (std::holds_alternative<core::TapStep>(step.action)) {
        if (phase >= 3 && pagingMore_) {
            phase_ = 0;  // 更多 was tapped: look for the target again on the next page
        } else if (phase >= 3) {
            finishStep();
        }
    } else if (std::holds_alternative<core::SwipeStep>(step.action)) {
        if (phase >= 3 + kSwipeMoveFrames) finishStep();
    } else if (std::holds_alternative<core::HoldStep>(step.action)) {
        if (phase >= 2 && waitLeft_ <= 0) finishStep();  // the next step's first frame lifts the finger
    } else if (std::holds_alternative<core::DrawStep>(step.action)) {
        if (static_cast<std::size_t>(phase) >= pointer_.size()) finishStep();
    } else if (std::holds_alternative<core::TypeStep>(step.action) ||
               std::holds_alternative<core::SayStep>(step.action)) {
        finishStep();  // the text went in on this frame; narration belongs to the demonstration, not to tests
    } else if (std::holds_alternative<core::WaitStep>(step.action)) {
        if (waitLeft_ <= 0) finishStep();
    } else if (const auto* expectScreen = std::get_if<core::ExpectScreenStep>(&step.action)) {
        if (core::screenName(screen) != expectScreen->screen) {
            if (stillWaiting()) return;
            fail("expected screen '" + expectScreen->screen + "', showing '" + std::string(core::screenName(screen)) +
                 "'");
            return;
        }
        finishStep();
    } else if (const auto* expectText = std::get_if<core::ExpectTextStep>(&step.action)) {
        if (drawn.showsText(expectText->text) != expectText->present) {
            if (stillWaiting()) return;
            fail(expectText->present ? "text not on screen" : "text is on screen but should not be");
            return;
        }
        finishStep();
    } else if (const auto* shot = std::get_if<core::ShotStep>(&step.action)) {
        std::string error;
        if (screenshot_ && !screenshot_(shot->name, error)) {
            fail("screenshot failed: " + error);
            return;
        }
        finishStep();
    }
}

}  // namespace kiosk
