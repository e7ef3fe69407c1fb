#include "features/cases/case_desk.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>

#include "features/cases/demo_cases.h"
#include "storage/content_store.h"

namespace kiosk {

namespace {

// The platform's catalog from the content cache, or nothing (no cache yet, none synced, unusable).
std::optional<core::CaseCatalog> loadSyncedCatalog(const std::string& contentPath) {
    if (contentPath.empty() || !std::filesystem::exists(contentPath)) return std::nullopt;
    try {
        const std::string body = storage::ContentStore(contentPath).document(storage::kCaseCatalogDocument);
        if (body.empty()) return std::nullopt;
        core::CaseCatalogLoad load = core::parseCaseCatalog(body);
        for (const std::string& p : load.problems) spdlog::warn("platform's case catalog: {}", p);
        return std::move(load.catalog);
    } catch (const std::exception& e) {
        spdlog::warn("platform's case catalog unavailable, the bundled one is used: {}", e.what());
        return std::nullopt;
    }
}

}  // namespace

CaseDesk::CaseDesk(std::string catalogPath, std::string outboxPath, std::string syncedContentPath)
    : catalogPath_(std::move(catalogPath)),
      outboxPath_(std::move(outboxPath)),
      syncedContentPath_(std::move(syncedContentPath)) {}

CaseDesk::~CaseDesk() {
    if (pending_.valid()) pending_.wait();  // a case being written is finished, never cut
    if (lookup_.valid()) lookup_.wait();
}

void CaseDesk::open(const std::string& demoCasesPath) {
    catalog_ = loadSyncedCatalog(syncedContentPath_);
    if (catalog_) {
        spdlog::info("case catalog {} from the platform", catalog_->version);
    } else {
        core::CaseCatalogLoad load = core::loadCaseCatalogFile(catalogPath_);
        for (const std::string& p : load.problems) spdlog::warn("{}", p);
        catalog_ = std::move(load.catalog);
    }
    try {
        std::filesystem::create_directories(std::filesystem::path(outboxPath_).parent_path());
        outbox_ = std::make_unique<storage::Outbox>(outboxPath_);
        spdlog::info("outbox: {} case(s) waiting to be sent", outbox_->depth());
        if (!demoCasesPath.empty()) {
            const DemoCasesLoad demo = addDemoCases(*outbox_, demoCasesPath);
            for (const std::string& p : demo.problems) spdlog::warn("{}", p);
            spdlog::info("demo cases: {} added", demo.added);
        }
    } catch (const std::exception& e) {
        spdlog::error("outbox cannot open, filing is off: {}", e.what());
        outbox_.reset();
    }
}

template <typename Outcome>
bool CaseDesk::start(std::future<void>& slot, Done<Outcome> done, std::function<void(Outcome&)> job) {
    // One job at a time per slot: a finished one (its outcome handed over) makes room.
    if (!outbox_ || (slot.valid() && slot.wait_for(std::chrono::seconds(0)) != std::future_status::ready)) {
        return false;
    }
    slot = std::async(std::launch::async, [this, done = std::move(done), job = std::move(job)] {
        Outcome outcome;
        try {
            const std::lock_guard lock(outboxMutex_);
            job(outcome);
        } catch (const std::exception& e) {
            outcome.error = e.what();
            spdlog::error("outbox: {}", outcome.error);
        }
        if (done) done(std::move(outcome));
    });
    return true;
}

bool CaseDesk::submit(storage::NewCase newCase, bool askAboutSimilar, Done<SubmitOutcome> done) {
    return start<SubmitOutcome>(
        pending_, std::move(done), [this, c = std::move(newCase), askAboutSimilar](SubmitOutcome& outcome) {
            if (askAboutSimilar) {
                outcome.similar = outbox_->similarOpenCases(c.draft.communityId, c.draft.place, c.draft.categoryCode);
                if (!outcome.similar.empty()) return;
            }
            const auto start = std::chrono::steady_clock::now();
            outcome.receipt = outbox_->submit(c);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            // The tracking code is not personal; the contents of the case stay out of the log.
            spdlog::info("case {} saved to the outbox in {:.1f} ms ({}, {})", outcome.receipt->trackingCode, ms,
                         core::caseKindName(c.draft.kind.value_or(core::CaseKind::Complaint)), c.draft.categoryCode);
        });
}

bool CaseDesk::join(std::string trackingCode, std::string at, Done<SubmitOutcome> done) {
    return start<SubmitOutcome>(pending_, std::move(done),
                                [this, code = std::move(trackingCode), at = std::move(at)](SubmitOutcome& outcome) {
                                    outbox_->recordJoin(code, at);
                                    outcome.joinedCode = code;
                                    spdlog::info("a resident joined case {}", code);
                                });
}

bool CaseDesk::lookup(std::string code, std::string secret, Done<LookupOutcome> done) {
    return start<LookupOutcome>(
        lookup_, std::move(done), [this, code = std::move(code), secret = std::move(secret)](LookupOutcome& outcome) {
            outcome.found = outbox_->track(code, secret);
            if (outcome.found) outcome.rating = outbox_->ratingOf(code);
            // Neither the code nor the digits go to the log: together they open the case.
            spdlog::info("进度查询: {}", outcome.found ? "case found" : "no case for that code and digits");
        });
}

bool CaseDesk::rate(std::string code, std::string secret, std::string rating, std::string reason, std::string at,
                    Done<LookupOutcome> done) {
    return start<LookupOutcome>(lookup_, std::move(done),
                                [this, code = std::move(code), secret = std::move(secret), rating = std::move(rating),
                                 reason = std::move(reason), at = std::move(at)](LookupOutcome& outcome) {
                                    outcome.ratingJob = true;
                                    outcome.found = outbox_->track(code, secret);
                                    if (!outcome.found || outcome.found->summary.state != storage::CaseState::Closed)
                                        return;
                                    outbox_->recordRating(code, rating, reason, at);
                                    outcome.rating = rating;
                                    outcome.ratingSaved = true;
                                    spdlog::info("case {} rated {}", code, rating);
                                });
}

std::optional<std::set<std::string>> CaseDesk::photoFilesInOutbox() {
    std::set<std::string> files;
    if (!outbox_) return std::nullopt;
    std::lock_guard lock(outboxMutex_);
    try {
        for (std::string& f : outbox_->photoFiles()) files.insert(std::move(f));
    } catch (const storage::StorageError& e) {
        spdlog::error("outbox: cannot list its photos: {}", e.what());
        return std::nullopt;  // no list, no sweep: a photo a case needs is never removed on a guess
    }
    return files;
}

}  // namespace kiosk
