#include "net/enrolment.h"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "core/text_rule.h"
#include "core/web_address.h"
#include "storage/enrolment_file.h"
#include "storage/random_secret.h"
#include "storage/sha256.h"

namespace kiosk::net {
namespace {

HttpRequest post(const std::string& url, const nlohmann::json& body) {
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.body = body.dump();
    r.contentType = "application/json";
    return r;
}

}  // namespace

Enrolment::Enrolment(EnrolmentSettings settings, DeviceCredentials& credentials)
    : settings_(std::move(settings)), credentials_(credentials) {
    if (const auto address = core::readWebAddress(settings_.baseUrl, core::PlainHttp::LoopbackOnly))
        origin_ = address->origin();
    record_.platform = origin_;
    const auto record = storage::readEnrolmentFile(settings_.filePath);
    if (!record || record->platform != origin_) return;  // none, or another platform's: enrol afresh
    record_ = *record;
    if (!record_.deviceToken.empty() && credentials_.get().source != CredentialSource::Config) {
        credentials_.set({record_.deviceId, record_.deviceToken, CredentialSource::Enrolment});
    }
}

bool Enrolment::wanted() const {
    if (credentials_.get().source == CredentialSource::Config) return false;  // the operator typed a token
    std::lock_guard lock(mutex_);
    return record_.deviceToken.empty() || !record_.pendingCode.empty() || restartAsked_;
}

void Enrolment::restart() {
    std::lock_guard lock(mutex_);
    restartAsked_ = true;
}

std::string Enrolment::code() const {
    std::lock_guard lock(mutex_);
    return record_.pendingCode;
}

std::string Enrolment::confirmLink() const {
    const std::string c = code();
    return c.empty() || origin_.empty() ? std::string{} : origin_ + "/fleet#enrol-" + c;
}

void Enrolment::save() {
    std::string error;
    if (!storage::writeEnrolmentFile(settings_.filePath, record_, error)) spdlog::error("enrolment: {}", error);
}

HttpResponse Enrolment::step(HttpClient& client) {
    bool fresh = false;
    {
        std::lock_guard lock(mutex_);
        fresh = record_.pendingCode.empty() || restartAsked_;
        restartAsked_ = false;
    }
    return fresh ? begin(client) : claim(client);
}

HttpResponse Enrolment::begin(HttpClient& client) {
    const std::string secret = storage::randomHex(32);
    HttpResponse res = client.perform(
        post(settings_.baseUrl + "/kiosk/enrolments", {{"claim_sha256", storage::sha256Hex(secret)},
                                                       {"hall", core::keepText(settings_.hall, core::Lines::One, 64)},
                                                       {"app_version", settings_.appVersion}}));
    if (!res.ok() || res.status != 201) {
        if (res.ok()) spdlog::warn("enrolment: the platform did not give a code (HTTP {})", res.status);
        std::lock_guard lock(mutex_);
        restartAsked_ = restartAsked_ || !record_.pendingCode.empty();  // a re-enrolment asked for is still asked for
        return res;
    }
    const nlohmann::json answer = core::readJson(res.body).value;
    const std::string code = answer.is_object() && answer.contains("code") && answer["code"].is_string()
                                 ? answer["code"].get<std::string>()
                                 : "";
    if (code.size() != 8 || code.find_first_not_of("0123456789") != std::string::npos) {
        spdlog::warn("enrolment: the platform's answer holds no code of 8 digits");
        res.status = 502;  // not the answer the API gives: the platform is in trouble
        return res;
    }
    std::lock_guard lock(mutex_);
    record_.pendingCode = code;
    record_.pendingClaim = secret;
    save();
    spdlog::info("enrolment: code {} waits for the platform's admin", code);
    return res;
}

HttpResponse Enrolment::claim(HttpClient& client) {
    std::string code;
    std::string secret;
    {
        std::lock_guard lock(mutex_);
        code = record_.pendingCode;
        secret = record_.pendingClaim;
    }
    HttpResponse res =
        client.perform(post(settings_.baseUrl + "/kiosk/enrolments/" + code + "/claim", {{"claim", secret}}));
    if (!res.ok()) return res;
    if (res.status == 404) {  // expired, or the platform forgot it: a new code next step
        spdlog::warn("enrolment: the platform no longer knows code {}; asking for a new one", code);
        std::lock_guard lock(mutex_);
        record_.pendingCode.clear();
        record_.pendingClaim.clear();
        save();
        return res;
    }
    if (res.status != 200) return res;  // 202: not confirmed yet
    const nlohmann::json answer = core::readJson(res.body).value;
    const auto text = [&](const char* key) {
        return answer.is_object() && answer.contains(key) && answer[key].is_string() ? answer[key].get<std::string>()
                                                                                     : std::string{};
    };
    const std::string deviceId = text("device_id");
    const std::string token = text("device_token");
    if (!core::isPlainToken(deviceId, 64) || !core::isPlainToken(token, 256)) {
        spdlog::warn("enrolment: the platform's answer holds no device id and token of their form");
        res.status = 502;
        return res;
    }
    {
        std::lock_guard lock(mutex_);
        record_ = {origin_, deviceId, token, "", ""};
        save();
    }
    credentials_.set({deviceId, token, CredentialSource::Enrolment});
    spdlog::info("enrolment: this kiosk is {} on the platform now", deviceId);
    return res;
}

}  // namespace kiosk::net
