#pragma once
// Public disclosures (公开查询): subsidy payouts, community finances, monthly notices.
// Amounts are integer fen everywhere: never float money.
#include <cstdint>
#include <string>
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

struct DisclosureParseResult {
    DisclosureSet set;
    // One line per skipped record, naming it by kind, position and id — never by a person's name.
    std::vector<std::string> problems;
    bool fatal = false;  // the file itself is unusable (not JSON, wrong shape): nothing loaded
};

DisclosureParseResult parseDisclosures(const std::string& jsonText);
DisclosureParseResult loadDisclosuresFile(const std::string& path);

// Validation pieces, shared with the sync engine later.
bool isValidPeriod(const std::string& period);  // YYYY-MM
bool isValidDate(const std::string& date);      // YYYY-MM-DD, a real calendar day
std::string payoutStatusName(PayoutStatus status);

}  // namespace kiosk::core
