#pragma once
// One feature of the kiosk (filing a case, 查询进度, 扫码, the unattended display …): it owns its
// slice of the resident's visit, its workers and the actions its screens record. App calls every
// feature the same few ways, in a fixed order each frame; a new feature is a new class in
// kiosk/features/<name>/ and one line in App's list, not edits across App.
#include <string_view>

#include "core/clock.h"
#include "core/screen_id.h"
#include "ui/app_view.h"
#include "ui/ui_actions.h"

namespace kiosk {

class Feature {
public:
    virtual ~Feature() = default;
    virtual std::string_view name() const = 0;

    // Before ImGui's frame starts: act on news the inbox brought (e.g. the platform sent updates).
    virtual void beforeFrame(core::SteadyTime /*now*/) {}
    // Fills this feature's part of the view the screens draw from.
    virtual void prepare(ui::AppView& /*view*/, core::SteadyTime /*now*/) {}
    // An action a screen recorded; true when it was this feature's.
    virtual bool apply(const ui::UiAction& /*action*/, core::SteadyTime /*now*/) { return false; }
    // 返回 on `screen`: true when the feature took it inside its screen (a step back in a form).
    virtual bool goBack(core::ScreenId /*screen*/) { return false; }
    // 首页, and a screen being opened from a tile or a link.
    virtual void goHome() {}
    virtual void screenOpened(core::ScreenId /*screen*/) {}
    // The visit ended (timeout, 退出工作人员模式): forget everything of it.
    virtual void endVisit() {}
    // Work handed to a worker that the screen waits for (the demonstration waits too).
    virtual bool waitingForWorker() const { return false; }
};

}  // namespace kiosk
