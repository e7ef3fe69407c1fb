#include "core/disclosures.h"

#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/json_input.h"
#include "core/json_integer.h"
#include "core/json_text.h"

namespace kiosk::core {
namespace {

using nlohmann::json;

// 10^17 fen (10^15 元): past any real set, and 90 times below INT64_MAX.
constexpr std::int64_t kMaxSetTotalFen = 100'000'000'000'000'000;

// Reads item[key] as text of 1..maxChars characters (0..maxChars when optional); throws a
// message that names the field, never its value.
std::string text(const json& item, const char* key, std::size_t maxChars, bool required = true,
                 Lines lines = Lines::One) {
    if (std::string problem = checkJsonText(item, key, lines, maxChars, required); !problem.empty()) {
        throw std::runtime_error(problem);
    }
    return item.contains(key) ? item[key].get<std::string>() : std::string{};
}

// An id or a list name as it may go into the log and the heartbeat: short, plain ASCII, or
// nothing (what arrived may be anything, including text meant to forge log lines).
std::string safeToReport(std::string_view name) {
    if (name.size() > 40) return "?";
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return "?";
    }
    return std::string(name);
}

std::int64_t fen(const json& item, const char* key, IntegerRange range = kFenRange) {
    const auto value = jsonInteger(item, key, range);
    if (!value) {
        throw std::runtime_error(std::string("'") + key + "' must be a whole number of fen in " +
                                 std::to_string(range.min) + ".." + std::to_string(range.max));
    }
    return *value;
}

std::string period(const json& item, const char* key) {
    std::string value = text(item, key, 7);
    if (!isValidPeriod(value)) throw std::runtime_error(std::string("'") + key + "' must be YYYY-MM");
    return value;
}

}  // namespace

bool isValidPeriod(const std::string& p) {
    if (p.size() != 7 || p[4] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (p[static_cast<std::size_t>(i)] < '0' || p[static_cast<std::size_t>(i)] > '9') return false;
    }
    const int month = std::stoi(p.substr(5, 2));
    const int year = std::stoi(p.substr(0, 4));
    return month >= 1 && month <= 12 && year >= 2000 && year <= 2100;
}

bool isValidDate(const std::string& d) {
    if (d.size() != 10 || d[7] != '-' || !isValidPeriod(d.substr(0, 7))) return false;
    if (d[8] < '0' || d[8] > '9' || d[9] < '0' || d[9] > '9') return false;
    const int year = std::stoi(d.substr(0, 4));
    const int month = std::stoi(d.substr(5, 2));
    const int day = std::stoi(d.substr(8, 2));
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day >= 1 && day <= maxDay;
}

std::string payoutStatusName(PayoutStatus status) {
    switch (status) {
        case PayoutStatus::Pending: return "pending";
        case PayoutStatus::Returned: return "returned";
        case PayoutStatus::Paid:
        default: return "paid";
    }
}

std::string RejectedRecord::describe() const {
    return kind + " #" + std::to_string(position) + (id.empty() ? "" : " (" + id + ")") + ": " + problem + ", skipped";
}

struct DisclosureBuilder::State {
    DisclosureParseResult out;
    std::map<std::string, std::size_t, std::less<>> positions;  // per list: records seen so far
    std::set<std::string> communityIds;
    std::set<std::string> typeIds;
    std::set<std::string> payoutIds;
    std::set<std::string> noticeIds;
    std::set<std::pair<std::string, std::string>> financeKeys;  // (community, period)
    std::int64_t payoutTotalFen = 0;
    std::set<std::string, std::less<>> unknownLists;

    std::string knownCommunity(const json& item) const {
        std::string id = text(item, "community", 40);
        // The value is not quoted: a field may hold anything, a person's name and phone included.
        if (!communityIds.count(id)) throw std::runtime_error("'community' names no community of the set");
        return id;
    }
    void community(const json& item);
    void subsidyType(const json& item);
    void payout(const json& item);
    void finance(const json& item);
    void notice(const json& item);
};

void DisclosureBuilder::State::community(const json& item) {
    Community c{text(item, "id", 40), text(item, "name", 30)};
    if (!communityIds.insert(c.id).second) throw std::runtime_error("duplicate id");
    out.set.communities.push_back(std::move(c));
}

void DisclosureBuilder::State::subsidyType(const json& item) {
    SubsidyType t{text(item, "id", 40), text(item, "name", 20)};
    if (!typeIds.insert(t.id).second) throw std::runtime_error("duplicate id");
    out.set.subsidyTypes.push_back(std::move(t));
}

void DisclosureBuilder::State::payout(const json& item) {
    Payout p;
    p.id = text(item, "id", 40);
    p.recipientName = text(item, "name", 20);
    p.communityId = knownCommunity(item);
    p.subsidyTypeId = text(item, "type", 40);
    if (!typeIds.count(p.subsidyTypeId)) throw std::runtime_error("unknown subsidy type");
    p.amountFen = fen(item, "amount_fen");
    // Screens add amounts up (a month's, a type's, a person's); with every amount ≤ 10^13, a set
    // whose amounts stay under kMaxSetTotalFen keeps every such sum far from overflowing int64.
    if (payoutTotalFen > kMaxSetTotalFen - p.amountFen)
        throw std::runtime_error("'amount_fen' takes the set's total past " + std::to_string(kMaxSetTotalFen));
    p.period = period(item, "period");
    p.paidOn = text(item, "paid_on", 10);
    if (!isValidDate(p.paidOn)) throw std::runtime_error("'paid_on' must be a real date YYYY-MM-DD");
    p.fundingSource = text(item, "funding", 30, false);
    const std::string status = text(item, "status", 10, false);
    if (status.empty() || status == "paid")
        p.status = PayoutStatus::Paid;
    else if (status == "pending")
        p.status = PayoutStatus::Pending;
    else if (status == "returned")
        p.status = PayoutStatus::Returned;
    else
        throw std::runtime_error("'status' must be paid, pending or returned");
    if (!payoutIds.insert(p.id).second) throw std::runtime_error("duplicate id");
    payoutTotalFen += p.amountFen;
    out.set.payouts.push_back(std::move(p));
}

void DisclosureBuilder::State::finance(const json& item) {
    FinanceStatement f;
    f.communityId = knownCommunity(item);
    f.period = period(item, "period");
    f.balanceFen = fen(item, "balance_fen", kSignedFenRange);
    if (!item.contains("lines") || !item["lines"].is_array() || item["lines"].size() > 200) {
        throw std::runtime_error("'lines' must be a list of at most 200");
    }
    for (const json& line : item["lines"]) {
        if (!line.is_object()) throw std::runtime_error("a line is not an object");
        const std::string kind = text(line, "kind", 10);
        if (kind != "income" && kind != "expense") throw std::runtime_error("line 'kind' must be income or expense");
        f.lines.push_back({kind == "income", text(line, "category", 20), fen(line, "amount_fen")});
    }
    // One statement per community and month: a second would silently replace the first on screen.
    if (!financeKeys.emplace(f.communityId, f.period).second)
        throw std::runtime_error("a statement for this community and 'period' came earlier");
    out.set.finances.push_back(std::move(f));
}

void DisclosureBuilder::State::notice(const json& item) {
    Notice n;
    n.id = text(item, "id", 40);
    n.communityId = knownCommunity(item);
    n.period = period(item, "period");
    n.title = text(item, "title", 60);
    n.body = text(item, "body", 4000, true, Lines::Many);
    if (item.contains("images")) {
        if (!item["images"].is_array() || item["images"].size() > 9) {
            throw std::runtime_error("'images' must be a list of at most 9");
        }
        for (const json& image : item["images"]) {
            if (!image.is_string()) throw std::runtime_error("an image is not a file name");
            const std::string name = image.get<std::string>();
            // Content names files inside its own folder, never a path that climbs out of it.
            if (name.empty() || name.size() > 100 || name.find('/') != std::string::npos ||
                name.find("..") != std::string::npos) {
                throw std::runtime_error("an image must be a plain file name");
            }
            n.images.push_back(name);
        }
    }
    if (!noticeIds.insert(n.id).second) throw std::runtime_error("duplicate id");
    out.set.notices.push_back(std::move(n));
}

DisclosureBuilder::DisclosureBuilder() : state_(std::make_unique<State>()) {}
DisclosureBuilder::~DisclosureBuilder() = default;

bool DisclosureBuilder::begin(const json& header) {
    try {
        if (!header.is_object()) throw std::runtime_error("not a JSON object");
        state_->out.set.version = text(header, "version", 64);
        // The version is logged and shown to the operator: a plain token, never words.
        if (!isPlainToken(state_->out.set.version, 64))
            throw std::runtime_error("'version' is not printable ASCII without spaces");
        state_->out.set.updatedAt = text(header, "updated_at", 32);
        return true;
    } catch (const std::exception& e) {
        state_->out.fatal = true;
        state_->out.problems.push_back(std::string("disclosures: ") + e.what());
        return false;
    }
}

void DisclosureBuilder::note(std::string problem) {
    state_->out.problems.push_back(std::move(problem));
}

void DisclosureBuilder::add(std::string_view list, const json& record) {
    State& s = *state_;
    using Parse = void (State::*)(const json&);
    struct Kind {
        std::string_view list;
        const char* name;
        Parse parse;
    };
    static constexpr Kind kKinds[] = {{"communities", "community", &State::community},
                                      {"subsidy_types", "subsidy type", &State::subsidyType},
                                      {"payouts", "payout", &State::payout},
                                      {"finances", "finance statement", &State::finance},
                                      {"notices", "notice", &State::notice}};
    const Kind* kind = nullptr;
    for (const Kind& k : kKinds) {
        if (k.list == list) kind = &k;
    }
    if (!kind) {
        const std::string name = safeToReport(list);
        if (s.unknownLists.size() < 20 && s.unknownLists.insert(name).second) {
            s.out.problems.push_back("disclosures: unknown list '" + name + "', skipped");
        }
        return;
    }
    const std::size_t position = ++s.positions[std::string(list)];
    std::string id = record.is_object() && record.contains("id") && record["id"].is_string()
                         ? safeToReport(record["id"].get_ref<const std::string&>())
                         : std::string{};
    try {
        if (!record.is_object()) throw std::runtime_error("not an object");
        (s.*(kind->parse))(record);
    } catch (const std::exception& e) {
        RejectedRecord rejected{kind->name, position, std::move(id), e.what()};
        s.out.problems.push_back(rejected.describe());
        s.out.rejected.push_back(std::move(rejected));
    }
}

DisclosureParseResult DisclosureBuilder::finish() {
    DisclosureParseResult out = std::move(state_->out);
    state_ = std::make_unique<State>();
    return out;
}

DisclosureParseResult parseDisclosures(const std::string& jsonText) {
    const JsonInput in = readJson(jsonText);
    const json& root = in.value;
    DisclosureBuilder builder;
    if (!in.ok() || !root.is_object()) {
        builder.note("disclosures: " + (in.ok() ? std::string("not a JSON object") : in.problem));
        DisclosureParseResult out = builder.finish();
        out.fatal = true;
        return out;
    }
    if (!builder.begin(root)) return builder.finish();
    for (const char* list : {"communities", "subsidy_types", "payouts", "finances", "notices"}) {
        if (!root.contains(list)) continue;
        if (!root[list].is_array()) {
            builder.note(std::string(list) + ": not a list, skipped");
            continue;
        }
        for (const json& item : root[list]) builder.add(list, item);
    }
    return builder.finish();
}

DisclosureParseResult loadDisclosuresFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        DisclosureParseResult out;
        out.fatal = true;
        out.problems.push_back("disclosures: cannot open " + path);
        return out;
    }
    std::ostringstream content;
    content << in.rdbuf();
    return parseDisclosures(content.str());
}

}  // namespace kiosk::core
