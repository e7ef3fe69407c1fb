#pragma once
#include <string>

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

// What a disclosure screen may add to its head, where there is room for it.
struct DisclosureHeaderExtras {
    float besideTitleWidth = 0;   // buttons this wide on the title's row
    float besideTitleHeight = 0;  // and this high (0: the layout's button height)
    ImVec2 besideTitle{-1, -1};   // set to where they go, when they fit there
    std::string summary;          // a line to go with "community · month" when it fits there
    bool summaryShown = false;    // set when it did
    bool titleOnly = false;       // the screen says where and when itself (the title's row only)
};

// The head of every disclosure list screen: title, "community · month", "数据更新于 …" (with the
// stale flag; on the same line when both fit). Returns the content to show, or null after
// explaining why there is none.
const core::DisclosureIndex* drawDisclosureHeader(ScreenContext& ctx, const char* titleKey,
                                                  DisclosureHeaderExtras* extras = nullptr);

}  // namespace kiosk::ui
