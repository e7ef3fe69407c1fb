#include "storage/enrolment_file.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "core/text_rule.h"
#include "storage/whole_file.h"

namespace kiosk::storage {

std::optional<EnrolmentRecord> readEnrolmentFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const nlohmann::json j = core::readJson(text).value;
    if (!j.is_object()) return std::nullopt;
    EnrolmentRecord r;
    auto token = [&](const char* key, std::size_t max, std::string& out) {
        const auto it = j.find(key);
        if (it == j.end()) return true;
        if (!it->is_string()) return false;
        out = it->get<std::string>();
        return out.empty() || core::isPlainToken(out, max);
    };
    if (!token("platform", 2000, r.platform) || !token("device_id", 64, r.deviceId) ||
        !token("device_token", 256, r.deviceToken) || !token("pending_code", 16, r.pendingCode) ||
        !token("pending_claim", 128, r.pendingClaim)) {
        return std::nullopt;
    }
    if (r.deviceId.empty() != r.deviceToken.empty()) return std::nullopt;
    return r;
}

bool writeEnrolmentFile(const std::string& path, const EnrolmentRecord& r, std::string& error) {
    const nlohmann::json j = {{"platform", r.platform},
                              {"device_id", r.deviceId},
                              {"device_token", r.deviceToken},
                              {"pending_code", r.pendingCode},
                              {"pending_claim", r.pendingClaim}};
    return replaceWholeFile(path, j.dump(2) + "\n", error, 0600);
}

}  // namespace kiosk::storage
