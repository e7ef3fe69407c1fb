#include "features/cases/demo_cases.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "core/tracking_code.h"

namespace kiosk {
namespace {

storage::NewCase newCaseFrom(const nlohmann::json& j) {
    storage::NewCase c;
    c.trackingCode = j.at("tracking_code").get<std::string>();
    c.draft.kind = core::caseKindFromName(j.at("kind").get<std::string>());
    if (!c.draft.kind) throw std::invalid_argument("unknown kind");
    c.draft.categoryCode = j.at("category").get<std::string>();
    c.draft.communityId = j.at("community").get<std::string>();
    c.draft.place = j.at("place").get<std::string>();
    c.draft.description = j.value("description", "");
    c.draft.photoLater = false;
    c.draft.contact = core::ContactChoice::Phone;
    c.draft.phoneDigits = j.at("phone").get<std::string>();
    c.createdAt = j.at("created_at").get<std::string>();
    return c;
}

}  // namespace

DemoCasesLoad addDemoCases(storage::Outbox& outbox, const std::string& jsonPath) {
    DemoCasesLoad load;
    std::ifstream in(jsonPath, std::ios::binary);
    if (!in) {
        load.problems.push_back("demo cases " + jsonPath + ": cannot open the file");
        return load;
    }
    core::JsonInput read = core::readJson(std::string(std::istreambuf_iterator<char>(in), {}));
    if (!read.ok() || !read.value.is_object()) {
        load.problems.push_back("demo cases " + jsonPath + ": " + (read.ok() ? "not a JSON object" : read.problem));
        return load;
    }
    const nlohmann::json& doc = read.value;
    int index = 0;
    for (const nlohmann::json& record : doc.value("cases", nlohmann::json::array())) {
        ++index;
        try {
            const storage::NewCase c = newCaseFrom(record);
            if (outbox.track(c.trackingCode, c.draft.phoneDigits.substr(c.draft.phoneDigits.size() - 4))) continue;
            const storage::Receipt receipt = outbox.submit(c);
            outbox.markUploaded(receipt.id, "DEMO-" + c.trackingCode, c.createdAt);
            for (const nlohmann::json& u : record.value("updates", nlohmann::json::array())) {
                const auto state = storage::caseStateFromName(u.at("state").get<std::string>());
                if (!state) throw std::invalid_argument("unknown state in an update");
                outbox.addUpdate(receipt.id, {*state, u.at("at").get<std::string>(), u.value("department", ""),
                                              u.value("note", "")});
            }
            ++load.added;
        } catch (const std::exception& e) {
            load.problems.push_back("demo case " + std::to_string(index) + " skipped: " + e.what());
        }
    }
    return load;
}

}  // namespace kiosk
