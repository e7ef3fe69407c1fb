#pragma once
// Public disclosures (公开查询): subsidy payouts, community finances, monthly notices.
// Amounts are integer fen everywhere: never float money.
#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct Community {
    std::string id;
    std::string name;
};

struct SubsidyType {
    std::string id;
    std::string name;  // 低保, 高龄津贴, ...
};

enum class PayoutStatus { Paid, Pending, Returned };

struct Payout {
    std::string id;
    std::string recipientName;  // personal data: shown masked only, never logged
    std::string communityId;
    std::string subsidyTypeId;
    std::int64_t amountFen = 0;
    std::string period;         // "2026-10": the month the payout is for
    std::string paidOn;         // "2026-10-15"
    std::string fundingSource;  // 中央财政, 市级财政, ...
    PayoutStatus status = PayoutStatus::Paid;
};

struct FinanceLine {
    bool isIncome = false;
    std::string category;  // 办公经费, 环境整治, ...
    std::int64_t amountFen = 0;
};

struct FinanceStatement {
    std::string communityId;
    std::string period;
    std::vector<FinanceLine> lines;
    std::int64_t balanceFen = 0;  // at the end of the period
};

struct Notice {
    std::string id;
    std::string communityId;
    std::string period;
    std::string title;
    std::string body;
    std::vector<std::string> images;  // file names inside the content set's images folder
};

struct DisclosureSet {
    std::string version;    // the content set's version (from the server or the demo)
    std::string updatedAt;  // "2026-11-20 08:00": shown as 数据更新于 ...
    std::vector<Community> communities;
    std::vector<SubsidyType> subsidyTypes;
    std::vector<Payout> payouts;
    std::vector<FinanceStatement> finances;
    std::vector<Notice> notices;
};

// A record that was skipped: which list it was in, its position there, its id (if it had one) and
// why. Never a person's name: this goes to the log and to the platform in the heartbeat.
struct RejectedRecord {
    std::string kind;          // "payout", "community", ...
    std::size_t position = 0;  // 1-based, within its list
    std::string id;
    std::string problem;
    std::string describe() const;  // "payout #3 (p-17): 'amount_fen' is out of range, skipped"
};

struct DisclosureParseResult {
    DisclosureSet set;
    std::vector<RejectedRecord> rejected;
    // One line per skipped record, naming it by kind, position and id — never by a person's name.
    std::vector<std::string> problems;
    bool fatal = false;  // the file itself is unusable (not JSON, wrong shape): nothing loaded
};

DisclosureParseResult parseDisclosures(const std::string& jsonText);
DisclosureParseResult loadDisclosuresFile(const std::string& path);

// Builds a set record by record, validating each as it comes: the bundled file is read through it,
// and so are the platform's feed pages, one page at a time (a 100 000-payout set never sits in
// memory as JSON). Records that others refer to (communities, subsidy types) must come first.
class DisclosureBuilder {
public:
    DisclosureBuilder();
    ~DisclosureBuilder();
    // The set's "version" and "updated_at"; false when they are unusable (the result is then fatal).
    bool begin(const nlohmann::json& header);
    // One record of a list: `list` is "communities", "subsidy_types", "payouts", "finances" or
    // "notices". A bad record is skipped and reported; an unknown list is reported once.
    void add(std::string_view list, const nlohmann::json& record);
    // A problem with the input that is not one record's (a list that is not a list ...).
    void note(std::string problem);
    DisclosureParseResult finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};
// Validation pieces, shared with the sync engine later.
bool isValidPeriod(const std::string& period);  // YYYY-MM
bool isValidDate(const std::string& date);      // YYYY-MM-DD, a real calendar day
std::string payoutStatusName(PayoutStatus status);

}  // namespace kiosk::core
