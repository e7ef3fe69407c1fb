#pragma once
// 运维面板 (staff mode): how this kiosk is — device, versions, config, platform and TLS, network,
// last sync, content version, outbox, today's counters, the log's last lines — and the
// operator's buttons: sync now, camera test, speech test, exit the program.
#include "ui/screen.h"

namespace kiosk::ui {

class OperatorPanelScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "operator.title"; }
    void drawContent(ScreenContext& ctx) override;
};

}  // namespace kiosk::ui
