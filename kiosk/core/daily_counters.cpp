#include "core/daily_counters.h"

#include <limits>
#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "core/json_integer.h"

namespace kiosk::core {
namespace {

// A restored count is any non-negative whole number; what is kept is capped (a day's use).
constexpr IntegerRange kCountRange{0, std::numeric_limits<std::int64_t>::max()};
constexpr std::int64_t kMaxCount = 1000000;

// Keys come from the app (screen names, category codes); a restored file is checked the same way.
bool isCounterKey(std::string_view key) {
    if (key.empty() || key.size() > 40) return false;
    for (char c : key) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
}

bool isDate(const std::string& date) {
    return date.size() == 10 && date[4] == '-' && date[7] == '-';
}

}  // namespace

void DailyCounters::startDay(const std::string& date) {
    if (date == date_) return;
    date_ = date;
    visits_ = 0;
    slips_ = 0;
    selfQueries_ = 0;
    screens_.clear();
    cases_.clear();
}

void DailyCounters::visit(const std::string& date) {
    startDay(date);
    ++visits_;
}

void DailyCounters::openScreen(const std::string& date, std::string_view screen) {
    startDay(date);
    if (!isCounterKey(screen)) return;
    if (auto it = screens_.find(screen); it != screens_.end()) {
        ++it->second;
    } else {
        screens_.emplace(std::string(screen), 1);
    }
}

void DailyCounters::fileCase(const std::string& date, std::string_view categoryCode) {
    startDay(date);
    if (!isCounterKey(categoryCode)) return;
    if (auto it = cases_.find(categoryCode); it != cases_.end()) {
        ++it->second;
    } else {
        cases_.emplace(std::string(categoryCode), 1);
    }
}

void DailyCounters::printSlip(const std::string& date) {
    startDay(date);
    if (slips_ < kMaxCount) ++slips_;
}

void DailyCounters::selfQuery(const std::string& date) {
    startDay(date);
    if (selfQueries_ < kMaxCount) ++selfQueries_;
}

std::string DailyCounters::toJson() const {
    nlohmann::json screens = nlohmann::json::object();
    for (const auto& [name, count] : screens_) screens[name] = count;
    nlohmann::json cases = nlohmann::json::object();
    for (const auto& [code, count] : cases_) cases[code] = count;
    return nlohmann::json{{"date", date_},
                          {"visits", visits_},
                          {"visits_by_screen", screens},
                          {"cases_by_category", cases},
                          {"slips_printed", slips_},
                          {"self_queries", selfQueries_}}
        .dump();
}

std::optional<DailyCounters> DailyCounters::fromJson(const std::string& text) {
    const JsonInput in = readJson(text);
    const nlohmann::json& doc = in.value;
    if (!in.ok() || !doc.is_object()) return std::nullopt;
    const auto date = doc.find("date");
    const auto visits = doc.find("visits");
    if (date == doc.end() || !date->is_string() || !isDate(date->get<std::string>())) return std::nullopt;
    const auto visitCount = visits == doc.end() ? std::nullopt : jsonInteger(*visits, kCountRange);
    if (!visitCount) return std::nullopt;
    DailyCounters c;
    c.date_ = date->get<std::string>();
    c.visits_ = static_cast<int>(std::min<std::int64_t>(*visitCount, kMaxCount));
    auto readMap = [&](const char* key, std::map<std::string, int, std::less<>>& into) {
        const auto it = doc.find(key);
        if (it == doc.end() || !it->is_object()) return;
        for (const auto& [name, count] : it->items()) {
            const auto n = jsonInteger(count, kCountRange);
            if (isCounterKey(name) && n && *n > 0) into[name] = static_cast<int>(std::min<std::int64_t>(*n, kMaxCount));
        }
    };
    auto readCount = [&](const char* key, int& into) {
        if (const auto it = doc.find(key); it != doc.end()) {
            if (const auto n = jsonInteger(*it, kCountRange))
                into = static_cast<int>(std::min<std::int64_t>(*n, kMaxCount));
        }
    };
    readCount("slips_printed", c.slips_);
    readCount("self_queries", c.selfQueries_);
    readMap("visits_by_screen", c.screens_);
    readMap("cases_by_category", c.cases_);
    return c;
}

}  // namespace kiosk::core
