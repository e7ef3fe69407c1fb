#pragma once
// Where filed cases go in the app: the case catalog (what can be filed, where) and the outbox.
// Submitting runs on a worker: the commit waits for the disk (fsync), and no frame waits for the
// disk. Each job hands its outcome to a callback on the worker's thread (the app posts it to its
// inbox).
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/case_catalog.h"
#include "storage/outbox.h"

namespace kiosk {

struct SubmitOutcome {
    std::optional<storage::Receipt> receipt;    // empty: not saved (see similar, or error)
    std::vector<storage::SimilarCase> similar;  // open cases at the same place: asked first, nothing saved
    std::string joinedCode;                     // a join was recorded on this case
    std::string error;                          // for the log; no personal data
};

// 进度查询 and ratings.
struct LookupOutcome {
    std::optional<storage::TrackedCase> found;  // empty: wrong code or digits (one answer for both)
    std::optional<std::string> rating;          // the case's newest rating, if it has one
    bool ratingJob = false;                     // answers rate(), not lookup()
    bool ratingSaved = false;                   // the rating is on disk
    std::string error;                          // for the log; no personal data
};

class CaseDesk {
public:
    // `syncedContentPath`: the content cache the platform's feeds fill (net/content_sync); its
    // case catalog, when usable, is preferred over the bundled file at `catalogPath`.
    CaseDesk(std::string catalogPath, std::string outboxPath, std::string syncedContentPath = {});
    ~CaseDesk();
    CaseDesk(const CaseDesk&) = delete;
    CaseDesk& operator=(const CaseDesk&) = delete;

    // Loads the catalog and opens the outbox; problems go to the log, and filing is offered only
    // when both worked. The catalog is read here only, at start: a catalog the platform sends
    // after that applies at the next start, because forms in progress and the sync worker (which
    // sends each case's place names) hold this one.
    // `demoCasesPath` (optional): demonstration cases added to the outbox (see demo_cases.h).
    void open(const std::string& demoCasesPath = {});
    bool available() const { return catalog_.has_value() && outbox_ != nullptr; }
    const core::CaseCatalog* catalog() const { return catalog_ ? &*catalog_ : nullptr; }

    template <typename Outcome>
    using Done = std::function<void(Outcome)>;  // called once, on the worker's thread

    // Starts saving. With `askAboutSimilar`, open cases at the same place and category come back
    // first (nothing saved) so the resident can join one. One job at a time: false if busy.
    bool submit(storage::NewCase newCase, bool askAboutSimilar, Done<SubmitOutcome> done);
    // 我的问题和这个一样: records a join on an open case instead of a new case.
    bool join(std::string trackingCode, std::string at, Done<SubmitOutcome> done);

    // Looks a case up by its code and the secret (last 4 phone digits or the PIN).
    bool lookup(std::string code, std::string secret, Done<LookupOutcome> done);
    // 满意 / 基本满意 / 不满意 on a closed case; the secret is checked again, so only the resident
    // who looked the case up can rate it.
    bool rate(std::string code, std::string secret, std::string rating, std::string reason, std::string at,
              Done<LookupOutcome> done);

    // Every photo a case in the outbox still refers to (the start's photo sweep keeps these);
    // nothing when the outbox cannot be read.
    std::optional<std::set<std::string>> photoFilesInOutbox();

    // For tests and the bench (the sync engine opens its own connection to the same file).
    storage::Outbox* outbox() { return outbox_.get(); }

private:
    std::string catalogPath_;
    std::string outboxPath_;
    std::string syncedContentPath_;
    std::optional<core::CaseCatalog> catalog_;
    std::unique_ptr<storage::Outbox> outbox_;
    template <typename Outcome>
    bool start(std::future<void>& slot, Done<Outcome> done, std::function<void(Outcome&)> job);
    std::future<void> pending_;  // a submission or a join
    std::future<void> lookup_;   // a lookup or a rating
    std::mutex outboxMutex_;     // submissions and lookups run on their own workers; one at a time in SQLite
};

}  // namespace kiosk
