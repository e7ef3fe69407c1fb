#pragma once
#include "ui/screen.h"

namespace kiosk::ui {

// 公开查询: pick the community and the month with big chips (default: this hall's community, the
// newest month), then what to read.
class DisclosureHubScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "disclosure.title"; }
    void onEnter() override { firstCommunity_ = firstMonth_ = 0; }
    void drawContent(ScreenContext& ctx) override;

private:
    int firstCommunity_ = 0;  // the first chip shown of each row when they page (更多 ›)
    int firstMonth_ = 0;
};

// Draws the plain-words state of the content when it cannot be shown; returns true if it did.
bool drawContentUnavailable(ScreenContext& ctx);

// The head of every disclosure list screen: title, "community · month", "数据更新于 …" (with the
// stale flag). Returns the content to show, or null after explaining why there is none.
const core::DisclosureIndex* drawDisclosureHeader(ScreenContext& ctx, const char* titleKey);

}  // namespace kiosk::ui
