#pragma once
// Today's use of this kiosk, for the platform's daily watch over each community (the heartbeat's
// "counters"): visits (sessions started), screens opened, cases filed by category, slips printed
// for residents, own records asked with an ID card. Counts only —
// nothing about who. A new day starts from zero; the counts survive a restart (the app keeps them
// in a file and restores them when the date still matches).
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

class DailyCounters {
public:
    // `date` is the local day, "2026-11-22"; a call on a new day starts the counts again.
    void visit(const std::string& date);
    void openScreen(const std::string& date, std::string_view screen);
    void fileCase(const std::string& date, std::string_view categoryCode);
    void printSlip(const std::string& date);  // a receipt or progress slip (not the operator's test)
    void selfQuery(const std::string& date);  // 查我本人的记录: a card read and asked about (not whose)

    const std::string& date() const { return date_; }
    int visits() const { return visits_; }
    int slipsPrinted() const { return slips_; }
    int selfQueries() const { return selfQueries_; }
    const std::map<std::string, int, std::less<>>& visitsByScreen() const { return screens_; }
    const std::map<std::string, int, std::less<>>& casesByCategory() const { return cases_; }

    // {"date", "visits", "visits_by_screen": {...}, "cases_by_category": {...}, "slips_printed",
    // "self_queries"}
    std::string toJson() const;
    // What toJson wrote; nothing when the text is not that (a broken file starts the day at zero).
    static std::optional<DailyCounters> fromJson(const std::string& text);

private:
    void startDay(const std::string& date);
    std::string date_;
    int visits_ = 0;
    int slips_ = 0;
    int selfQueries_ = 0;
    std::map<std::string, int, std::less<>> screens_;
    std::map<std::string, int, std::less<>> cases_;
};

}  // namespace kiosk::core
