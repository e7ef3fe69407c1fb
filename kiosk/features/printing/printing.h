#pragma once
// The receipt printer ([printer]): 打印回执 on the receipt screen (or by itself with auto_print),
// the slip painted, encoded and sent on a worker of its own — the UI never waits on the device —
// and what came of it shown beside the code: 正在打印…… / 请取走回执 / what is wrong, in words.
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
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

private:
    struct Job {
        core::Slip slip;   // its words, put together on the UI thread (the string table is the UI's)
        std::string link;  // for the printer's own QR code
        std::string code;
    };
    void enqueue();
    void work();
    void finished(const std::string& code, const platform::PrinterReport& report);

    FeatureHost& host_;
    bool available_ = false;
    // The receipt on screen, as last prepared, and its slip's state.
    core::ReceiptFacts facts_;
    std::string shownCode_;
    std::string autoPrinted_;  // auto_print: the code whose slip went out by itself
    ui::PrintView::State state_ = ui::PrintView::State::Idle;
    std::string faultKey_;

    // The worker: jobs in, reports back through the inbox.
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> jobs_;
    bool stopping_ = false;
    std::thread worker_;
    std::unique_ptr<platform::SlipPainter> painter_;  // worker thread only
};

}  // namespace kiosk
