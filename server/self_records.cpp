#include "self_records.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "core/id_card_protocol.h"
#include "json_file.h"
#include "request_fields.h"

namespace kiosk::server {
namespace {

const nlohmann::json& listOf(const nlohmann::json& set, const char* name) {
    static const nlohmann::json kEmpty = nlohmann::json::array();
    return set.contains(name) && set[name].is_array() ? set[name] : kEmpty;
}

}  // namespace

SelfRecords::SelfRecords(const std::string& contentDir) {
    const std::filesystem::path root(contentDir);
    disclosures_ = readJsonFile(root / "disclosures.json", "self records");
    if (!std::filesystem::exists(root / "residents.json")) return;
    const nlohmann::json residents = readJsonFile(root / "residents.json", "self records");
    for (const auto& r : listOf(residents, "residents")) {
        const std::string id = r.value("id_number", "");
        if (!core::idcard::idNumberValid(id)) {
            throw std::runtime_error("self records: residents.json holds an ID number whose check digit is wrong");
        }
        if (r.contains("phones") && r["phones"].is_array()) {
            for (const auto& phone : r["phones"]) {
                if (!phone.is_string() || !isPhoneNumber(phone.get<std::string>())) {
                    throw std::runtime_error("self records: residents.json holds a phone that is not a phone number");
                }
                phones_[id].push_back(phoneNumber(phone.get<std::string>()).value_or(""));
            }
        }
        std::set<std::string>& his = residents_[id];
        if (r.contains("payouts") && r["payouts"].is_array()) {
            for (const auto& payout : r["payouts"]) {
                if (payout.is_string()) his.insert(payout.get<std::string>());
            }
        }
    }
}

nlohmann::json SelfRecords::answerFor(const std::string& idNumber) const {
    nlohmann::json answer = {{"version", disclosures_.value("version", "")},
                             {"updated_at", disclosures_.value("updated_at", "")},
                             {"communities", nlohmann::json::array()},
                             {"subsidy_types", nlohmann::json::array()},
                             {"payouts", nlohmann::json::array()}};
    const auto found = residents_.find(idNumber);
    if (found == residents_.end()) return answer;
    const std::set<std::string>& his = found->second;
    std::set<std::string> types;
    std::set<std::string> communities;
    for (const auto& p : listOf(disclosures_, "payouts")) {
        if (!p.contains("id") || !p["id"].is_string() || !his.count(p["id"].get<std::string>())) continue;
        answer["payouts"].push_back(p);
        types.insert(p.value("type", ""));
        communities.insert(p.value("community", ""));
    }
    for (const auto& c : listOf(disclosures_, "communities")) {
        if (communities.count(c.value("id", ""))) answer["communities"].push_back(c);
    }
    for (const auto& t : listOf(disclosures_, "subsidy_types")) {
        if (types.count(t.value("id", ""))) answer["subsidy_types"].push_back(t);
    }
    return answer;
}

std::vector<std::string> SelfRecords::phonesOf(const std::string& idNumber) const {
    const auto found = phones_.find(idNumber);
    if (found == phones_.end()) return {};
    // A mainland mobile number is the same number written with its country code or not.
    std::vector<std::string> phones;
    for (const std::string& phone : found->second) {
        for (std::string& form : mainlandMobileForms(phone)) phones.push_back(std::move(form));
    }
    return phones;
}

bool PerClientLimit::allow(const std::string& client, std::chrono::steady_clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto& times = recent_[client];
    std::erase_if(times, [&](auto t) { return now - t >= window_; });
    if (static_cast<int>(times.size()) >= limit_) return false;
    times.push_back(now);
    return true;
}

}  // namespace kiosk::server
