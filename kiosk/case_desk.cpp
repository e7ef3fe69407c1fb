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

bool CaseDesk::start(std::uint64_t ticket, std::function<void(SubmitOutcome&)> job) {
    if (!outbox_ || pending_.valid()) return false;
    pending_ = std::async(std::launch::async, [this, ticket, job = std::move(job)] {
        SubmitOutcome outcome;
        outcome.ticket = ticket;
        try {
            job(outcome);
        } catch (const std::exception& e) {
            outcome.error = e.what();
            spdlog::error("case not saved: {}", outcome.error);
        }
        if (wake_) wake_();
        return outcome;
    });
    return true;
}

bool CaseDesk::submit(storage::NewCase newCase, bool askAboutSimilar, std::uint64_t ticket) {
    return start(ticket, [this, c = std::move(newCase), askAboutSimilar](SubmitOutcome& outcome) {
        if (askAboutSimilar) {
            outcome.similar = outbox_->similarOpenCases(c.draft.communityId, c.draft.place, c.draft.categoryCode);
            if (!outcome.similar.empty()) return;
        }
        const auto start = std::chrono::steady_clock::now();
        outcome.receipt = outbox_->submit(c);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        // The tracking code is not personal; the contents of the case stay out of the log.
        spdlog::info("case {} saved to the outbox in {:.1f} ms ({}, {})", outcome.receipt->trackingCode, ms,
                     core::caseKindName(c.draft.kind.value_or(core::CaseKind::Complaint)), c.draft.categoryCode);
    });
}

bool CaseDesk::join(std::string trackingCode, std::string at, std::uint64_t ticket) {
    return start(ticket, [this, code = std::move(trackingCode), at = std::move(at)](SubmitOutcome& outcome) {
        outbox_->recordJoin(code, at);
        outcome.joinedCode = code;
        spdlog::info("a resident joined case {}", code);
    });
}

std::optional<SubmitOutcome> CaseDesk::takeSubmitOutcome() {
    if (!pending_.valid() || pending_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        return std::nullopt;
    }
    return pending_.get();
}

}  // namespace kiosk
