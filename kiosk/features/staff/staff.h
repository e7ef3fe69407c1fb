#pragma once
// 工作人员 (staff mode): the hidden corner hold, the PIN and its lockout (kept on disk, so a restart
// does not reset it), the staff menu (演示模式, sync now, speech test, 退出程序) and the operator panel.
#include <string>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/staff_entry.h"

namespace kiosk {

// The screens of staff mode: not counted as residents' use.
bool isStaffScreen(core::ScreenId id);

class StaffFeature : public Feature {
public:
    static constexpr int kExitForMaintenance = 4;  // 退出程序 (see App)

    explicit StaffFeature(FeatureHost& host);
    std::string_view name() const override { return "staff"; }

    // After ImGui's frame started: a long press in the corner asks for the PIN.
    void watchCorner(core::SteadyTime now);
    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    void endVisit() override;

private:
    void applyStaffAction(const ui::staff::Op& op, core::SteadyTime now);
    void prepareOperatorView(ui::OperatorView& v);

    FeatureHost& host_;
    core::CornerHold cornerHold_;
    core::PinLockout pinLockout_;
    std::string pin_;  // the PIN being typed (never logged, wiped with the visit)
    std::string problemKey_;
};

}  // namespace kiosk
