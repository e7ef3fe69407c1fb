#pragma once
// The receipt printer ([printer]): 打印回执 on the receipt screen (or by itself with auto_print)
// and 打印办理进度 on 进度查询's answer, the slip painted, encoded and sent on a worker of its own —
// the UI never waits on the device — and what came of it shown beside the code: 正在打印…… /
// 请取走回执 / what is wrong, in words. For staff: the printer's state on the operator panel (asked
// every few minutes while idle), a test print, the slips printed today; the heartbeat carries the
// state so the platform can send someone before the paper runs out.
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/receipt_slip.h"
#include "platform/receipt_printer_link.h"

namespace kiosk {

namespace platform {
class SlipPainter;
}

class PrintingFeature final : public Feature {
public:
    explicit PrintingFeature(FeatureHost& host);
    ~PrintingFeature() override;
    PrintingFeature(const PrintingFeature&) = delete;
    PrintingFeature& operator=(const PrintingFeature&) = delete;

    std::string_view name() const override { return "printing"; }
    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    bool waitingForWorker() const override { return state_ == ui::PrintView::State::Printing; }

    // Thread-safe: the printer's state as the heartbeat sends it ({"state", "paper_low",
    // "status_known"}), or "" when no printer is configured.
    std::function<std::string()> healthReader() const;

    // A receipt printer is configured (打印 buttons, the test slip).
    bool available() const { return available_; }

private:
    // What a job prints: the resident's slip on screen, or the operator's test slip.
    enum class Purpose { Resident, Test };
    struct Job {
        core::Slip slip;   // its words, put together on the UI thread (the string table is the UI's)
        std::string link;  // for the printer's own QR code
        std::string document;
        Purpose purpose = Purpose::Resident;
    };
    // From the worker: a job printed or not, or the state asked while idle (no job).
    struct Outcome {
        std::optional<Job> job;
        platform::PrinterReport report;
    };
    void prepareDocument(const ui::AppView& view);
    void enqueueDocument(const ui::AppView& view);
    void prepareOperatorRows(ui::AppView& view) const;
    void enqueue(core::Slip slip, std::string link, std::string document, Purpose purpose);
    void work();
    void finished(const Outcome& outcome);
    void publishHealth();

    FeatureHost& host_;
    bool available_ = false;
    // The slip that would print now ("receipt:<code>" / "timeline:<code>", "" for none), and
    // what became of its printing.
    std::string document_;
    bool printAsked_ = false;   // 打印 tapped (or auto_print): the next prepare sends it
    std::string dateTimeText_;  // the top bar's, for the test slip
    std::string autoPrinted_;   // auto_print: the receipt whose slip went out by itself
    ui::PrintView::State state_ = ui::PrintView::State::Idle;
    std::string faultKey_;
    // For staff: the printer as last heard of, and the test slip's progress.
    std::optional<platform::PrinterReport> lastHeard_;
    ui::PrintView::State testState_ = ui::PrintView::State::Idle;
    struct Published {
        std::mutex mutex;
        std::string json;
    };
    std::shared_ptr<Published> published_ = std::make_shared<Published>();

    // The worker: jobs in, outcomes back through the inbox.
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> jobs_;
    bool stopping_ = false;
    std::thread worker_;
    std::unique_ptr<platform::SlipPainter> painter_;  // worker thread only
};

}  // namespace kiosk
