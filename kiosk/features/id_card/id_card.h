#pragma once
// 查我本人的记录 with the resident ID card reader ([id_card] device): 公开查询 offers it where a
// reader is configured. First one screen asks his consent in plain words (what is read, what for,
// that nothing is kept); only after 同意并刷卡 is the reader polled (IdCardWorker). His card read,
// his own payouts come from the platform with his full name, for this visit only. Everything read
// is forgotten — overwritten, not only let go — when he takes the card away (after a short grace,
// for a card lifted and put back), leaves the screen, taps 首页, or the visit ends. No network:
// he is told his own records need it, and sent to the public lists. Nothing of him is logged or
// written anywhere; the day's counters count self-queries, nothing more.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/id_card_protocol.h"
#include "features/id_card/id_card_worker.h"

namespace kiosk {

class IdCardFeature final : public Feature {
public:
    explicit IdCardFeature(FeatureHost& host);
    ~IdCardFeature() override;
    IdCardFeature(const IdCardFeature&) = delete;
    IdCardFeature& operator=(const IdCardFeature&) = delete;

    std::string_view name() const override { return "id_card"; }
    void beforeFrame(core::SteadyTime now) override;
    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    void screenOpened(core::ScreenId screen) override;
    void goHome() override { forgetAll(); }
    void endVisit() override { forgetAll(); }
    bool waitingForWorker() const override { return stage_ == ui::SelfRecordsView::Stage::Reading; }

private:
    void received(IdCardNews news, core::SteadyTime now);
    bool receivedForTest(IdCardNews& news);
    void prepareOperatorRows(ui::AppView& view) const;
    std::vector<ui::SelfRecordRow> rowsOf(const net::SelfRecords& records) const;
    std::vector<ui::SelfCaseRow> caseRowsOf(const net::SelfRecords& records) const;
    void forgetAll();
    void forgetHim();

    FeatureHost& host_;
    bool available_ = false;
    ui::SelfRecordsView::Stage stage_ = ui::SelfRecordsView::Stage::Consent;
    std::string problemKey_;
    std::string noticeKey_;
    bool offline_ = true;  // no platform, or it cannot be reached: his records cannot be had
    // His, while the card lies there (or for the grace after it was taken away).
    std::optional<core::idcard::CardFace> face_;
    std::optional<net::SelfRecords> records_;
    std::vector<ui::SelfRecordRow> rows_;    // records_ in words, for the screen
    std::vector<ui::SelfCaseRow> caseRows_;  // his cases in words
    std::optional<core::SteadyTime> cardGoneAt_;
    // For staff: the reader as last heard of ("" not yet: it is polled only after a consent or a
    // test read) and 试读身份证's progress.
    std::string readerStateKey_;
    std::string readerProblem_;  // the reader's own words for a fault (never a card's field)
    bool testing_ = false;
    std::string testResultKey_;
    std::uint64_t watch_ = 0;  // the worker's watch this feature listens to (0: none)
    std::unique_ptr<IdCardWorker> worker_;
};

}  // namespace kiosk
