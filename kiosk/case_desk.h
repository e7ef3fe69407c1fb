#pragma once
// Where filed cases go in the app: the case catalog (what can be filed, where) and the outbox.
// Submitting runs on a worker: the commit waits for the disk (fsync), and no frame waits for the
// disk. The UI thread polls for the receipt.
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/case_catalog.h"
#include "storage/outbox.h"

namespace kiosk {

struct SubmitOutcome {
    std::uint64_t ticket = 0;                 // which submission this answers
    std::optional<storage::Receipt> receipt;  // empty: not saved (see error)
    std::string error;                        // for the log; no personal data
};

class CaseDesk {
public:
    CaseDesk(std::string catalogPath, std::string outboxPath, std::function<void()> wakeUiThread);
    ~CaseDesk();
    CaseDesk(const CaseDesk&) = delete;
    CaseDesk& operator=(const CaseDesk&) = delete;

    // Loads the catalog and opens the outbox; problems go to the log, and filing is offered only
    // when both worked.
    void open();
    bool available() const { return catalog_.has_value() && outbox_ != nullptr; }
    const core::CaseCatalog* catalog() const { return catalog_ ? &*catalog_ : nullptr; }

    // Starts saving; returns the ticket the outcome will carry. One at a time: false if busy.
    bool submit(storage::NewCase newCase, std::uint64_t ticket);
    bool submitting() const { return pending_.valid(); }
    std::optional<SubmitOutcome> takeSubmitOutcome();

    // For tests and the bench; the sync engine will read it the same way.
    storage::Outbox* outbox() { return outbox_.get(); }

private:
    std::string catalogPath_;
    std::string outboxPath_;
    std::function<void()> wake_;
    std::optional<core::CaseCatalog> catalog_;
    std::unique_ptr<storage::Outbox> outbox_;
    std::future<SubmitOutcome> pending_;
};

}  // namespace kiosk
