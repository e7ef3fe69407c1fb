#pragma once
// 查我本人的记录: his consent first (what the card gives, what for, that nothing is kept — 同意并刷卡
// / 不用了), then where to put the card, then his own payouts with his full name, newest month
// first, each with 我要反映 — and the cases he filed with his phone, where they stand. Problems (no network, a card
// that cannot be read, the reader) in plain words with the way back to the public lists. features/id_card decides; this
// draws.
#include "ui/screen.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

class SelfRecordsScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "self.title"; }
    void drawContent(ScreenContext& ctx) override;

private:
    void drawConsent(ScreenContext& ctx);
    void drawPlaceCard(ScreenContext& ctx);
    void drawRecords(ScreenContext& ctx);
    void drawProblem(ScreenContext& ctx);
    // 不用了 (GoBack) at the bottom left where `backKey` is given, and the main action at the
    // bottom right ("" for none; 返回 and 完成 go back too).
    void drawBottomRow(ScreenContext& ctx, const char* backKey, const char* mainKey,
                       const UiAction& mainAction = GoBack{});

    static float caseRowHeight(const ScreenContext& ctx, const std::vector<SelfCaseRow>& cases, float rowW);
    void drawCaseList(ScreenContext& ctx, const std::vector<SelfCaseRow>& cases, ImVec2 size, float rowH,
                      float columnReserve);

    widgets::KineticScroll scroll_;
    widgets::KineticScroll caseScroll_;
    bool showCases_ = false;  // his cases rather than his payouts (where he has both, he chooses)
    float titleRowTop_ = 0;   // where this frame's title stands (the choice of lists may go beside it)
    float titleRowH_ = 0;
};

}  // namespace kiosk::ui
