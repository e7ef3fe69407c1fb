#pragma once
// 查我本人的记录, the platform's side: a resident's own payouts by his ID number, for the kiosk
// that read his card (POST /kiosk/v1/self/records, docs/api.md). The register joining an ID number
// to the payout records that are his (residents.json: id_number and the payouts' ids — never by
// name: two people of one name live in one community) stays on the server: no feed ever carries
// an ID number, and an answer holds that one person's payouts only. Asking is limited per device
// token, so a kiosk cannot be used to walk the register.
#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kiosk::server {

class SelfRecords {
public:
    // Reads residents.json (when there is one: else nobody is known) and disclosures.json from
    // `contentDir`; throws with the file named when one is unusable.
    explicit SelfRecords(const std::string& contentDir);

    // The answer for `idNumber` (a valid one: the caller checked it): a disclosure set in the
    // feed's record shapes holding that person's payouts, every month and type, with the
    // communities and subsidy types they name; no payouts for a number nobody holds.
    nlohmann::json answerFor(const std::string& idNumber) const;
    // The phone numbers the register joins to `idNumber` (real-name registration): his cases are
    // those filed with one of them. None for a number nobody holds.
    std::vector<std::string> phonesOf(const std::string& idNumber) const;

private:
    std::map<std::string, std::set<std::string>> residents_;  // ID number → the ids of his payouts
    std::map<std::string, std::vector<std::string>> phones_;  // ID number → his registered phones
    nlohmann::json disclosures_;
};

// At most `limit` requests per `window` from one client (an accepted device token, so the clients
// are as many as the tokens): true when this one may go.
class PerClientLimit {
public:
    PerClientLimit(int limit, std::chrono::seconds window) : limit_(limit), window_(window) {}
    bool allow(const std::string& client, std::chrono::steady_clock::time_point now);

private:
    int limit_;
    std::chrono::seconds window_;
    std::mutex mutex_;
    std::map<std::string, std::vector<std::chrono::steady_clock::time_point>> recent_;
};

}  // namespace kiosk::server
