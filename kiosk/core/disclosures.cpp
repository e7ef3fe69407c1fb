#include "core/disclosures.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/utf8.h"

namespace kiosk::core {
namespace {

using nlohmann::json;

constexpr std::int64_t kMaxAmountFen = 100'000'000'00;  // 1 亿元: anything above is a data error

// Reads item[key] as text of 1..maxChars characters (0..maxChars when optional); throws a
// message that names the field.
std::string text(const json& item, const char* key, std::size_t maxChars, bool required = true) {
    if (!item.contains(key)) {
        if (required) throw std::runtime_error(std::string("missing '") + key + "'");
        return {};
    }
    if (!item[key].is_string()) throw std::runtime_error(std::string("'") + key + "' is not text");
    const auto& value = item[key].get_ref<const std::string&>();
    if (!isValidUtf8(value)) throw std::runtime_error(std::string("'") + key + "' is not valid UTF-8");
    const std::size_t chars = decodeUtf8(value).size();
    if (required && chars == 0) throw std::runtime_error(std::string("'") + key + "' is empty");
    if (chars > maxChars) {
        throw std::runtime_error(std::string("'") + key + "' is longer than " + std::to_string(maxChars));
    }
    for (char32_t c : decodeUtf8(value)) {
        if (c < 0x20 && c != U'\n') throw std::runtime_error(std::string("'") + key + "' has control characters");
    }
    return value;
}

std::int64_t fen(const json& item, const char* key, bool allowNegative = false) {
    if (!item.contains(key) || !item[key].is_number_integer()) {
        throw std::runtime_error(std::string("'") + key + "' must be a whole number of fen");
    }
    const auto value = item[key].get<std::int64_t>();
    if ((!allowNegative && value < 0) || value > kMaxAmountFen || value < -kMaxAmountFen) {
        throw std::runtime_error(std::string("'") + key + "' is out of range");
    }
    return value;
}

std::string period(const json& item, const char* key) {
    std::string value = text(item, key, 7);
    if (!isValidPeriod(value)) throw std::runtime_error(std::string("'") + key + "' must be YYYY-MM");
    return value;
}

template <typename Parse>
void parseList(const json& root, const char* key, const char* kind, DisclosureParseResult& out, Parse parse) {
    if (!root.contains(key)) return;
    if (!root[key].is_array()) {
        out.problems.push_back(std::string(key) + ": not a list, skipped");
        return;
    }
    const json& list = root[key];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& item = list[i];
        std::string id = item.is_object() && item.contains("id") && item["id"].is_string()
                             ? item["id"].get<std::string>().substr(0, 40)
                             : std::string{};
        try {
            if (!item.is_object()) throw std::runtime_error("not an object");
            parse(item);
        } catch (const std::exception& e) {
            out.problems.push_back(std::string(kind) + " #" + std::to_string(i + 1) +
                                   (id.empty() ? "" : " (" + id + ")") + ": " + e.what() + ", skipped");
        }
    }
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

DisclosureParseResult parseDisclosures(const std::string& jsonText) {
    DisclosureParseResult out;
    const json root = json::parse(jsonText, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded() || !root.is_object()) {
        out.fatal = true;
        out.problems.emplace_back("disclosures: not a JSON object");
        return out;
    }
    DisclosureSet& set = out.set;
    try {
        set.version = text(root, "version", 64);
        set.updatedAt = text(root, "updated_at", 32);
    } catch (const std::exception& e) {
        out.fatal = true;
        out.problems.push_back(std::string("disclosures: ") + e.what());
        return out;
    }

    std::set<std::string> communityIds;
    std::set<std::string> typeIds;
    parseList(root, "communities", "community", out, [&](const json& item) {
        Community c{text(item, "id", 40), text(item, "name", 30)};
        if (!communityIds.insert(c.id).second) throw std::runtime_error("duplicate id");
        set.communities.push_back(std::move(c));
    });
    parseList(root, "subsidy_types", "subsidy type", out, [&](const json& item) {
        SubsidyType t{text(item, "id", 40), text(item, "name", 20)};
        if (!typeIds.insert(t.id).second) throw std::runtime_error("duplicate id");
        set.subsidyTypes.push_back(std::move(t));
    });
    auto knownCommunity = [&](const json& item) {
        std::string id = text(item, "community", 40);
        if (!communityIds.count(id)) throw std::runtime_error("unknown community '" + id + "'");
        return id;
    };
    std::set<std::string> payoutIds;
    parseList(root, "payouts", "payout", out, [&](const json& item) {
        Payout p;
        p.id = text(item, "id", 40);
        p.recipientName = text(item, "name", 20);
        p.communityId = knownCommunity(item);
        p.subsidyTypeId = text(item, "type", 40);
        if (!typeIds.count(p.subsidyTypeId)) throw std::runtime_error("unknown subsidy type");
        p.amountFen = fen(item, "amount_fen");
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
        set.payouts.push_back(std::move(p));
    });
    parseList(root, "finances", "finance statement", out, [&](const json& item) {
        FinanceStatement f;
        f.communityId = knownCommunity(item);
        f.period = period(item, "period");
        f.balanceFen = fen(item, "balance_fen", true);
        if (!item.contains("lines") || !item["lines"].is_array() || item["lines"].size() > 200) {
            throw std::runtime_error("'lines' must be a list of at most 200");
        }
        for (const json& line : item["lines"]) {
            if (!line.is_object()) throw std::runtime_error("a line is not an object");
            const std::string kind = text(line, "kind", 10);
            if (kind != "income" && kind != "expense")
                throw std::runtime_error("line 'kind' must be income or expense");
            f.lines.push_back({kind == "income", text(line, "category", 20), fen(line, "amount_fen")});
        }
        set.finances.push_back(std::move(f));
    });
    parseList(root, "notices", "notice", out, [&](const json& item) {
        Notice n;
        n.id = text(item, "id", 40);
        n.communityId = knownCommunity(item);
        n.period = period(item, "period");
        n.title = text(item, "title", 60);
        n.body = text(item, "body", 4000);
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
        set.notices.push_back(std::move(n));
    });
    return out;
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
