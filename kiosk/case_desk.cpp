#include "case_desk.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>

namespace kiosk {

CaseDesk::CaseDesk(std::string catalogPath, std::string outboxPath, std::function<void()> wakeUiThread)
    : catalogPath_(std::move(catalogPath)), outboxPath_(std::move(outboxPath)), wake_(std::move(wakeUiThread)) {}

CaseDesk::~CaseDesk() {
    if (pending_.valid()) pending_.wait();  // a case being written is finished, never cut
}

void CaseDesk::open() {
    core::CaseCatalogLoad load = core::loadCaseCatalogFile(catalogPath_);
    for (const std::string& p : load.problems) spdlog::warn("{}", p);
    catalog_ = std::move(load.catalog);
    try {
        std::filesystem::create_directories(std::filesystem::path(outboxPath_).parent_path());
        outbox_ = std::make_unique<storage::Outbox>(outboxPath_);
        spdlog::info("outbox: {} case(s) waiting to be sent", outbox_->depth());
    } catch (const std::exception& e) {
        spdlog::error("outbox cannot open, filing is off: {}", e.what());
        outbox_.reset();
    }
}

bool CaseDesk::submit(storage::NewCase newCase, std::uint64_t ticket) {
    if (!outbox_ || pending_.valid()) return false;
    pending_ = std::async(std::launch::async, [this, c = std::move(newCase), ticket] {
        SubmitOutcome outcome;
        outcome.ticket = ticket;
        const auto start = std::chrono::steady_clock::now();
        try {
            outcome.receipt = outbox_->submit(c);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            // The tracking code is not personal; the contents of the case stay out of the log.
            spdlog::info("case {} saved to the outbox in {:.1f} ms ({}, {})", outcome.receipt->trackingCode, ms,
                         core::caseKindName(c.draft.kind.value_or(core::CaseKind::Complaint)), c.draft.categoryCode);
        } catch (const std::exception& e) {
            outcome.error = e.what();
            spdlog::error("case not saved: {}", outcome.error);
        }
        if (wake_) wake_();
        return outcome;
    });
    return true;
}

std::optional<SubmitOutcome> CaseDesk::takeSubmitOutcome() {
    if (!pending_.valid() || pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        return std::nullopt;
    }
    return pending_.get();
}

}  // namespace kiosk
