// Fuzz target: what the reference server reads from a client before it stores anything — a case's
// form body (our own x-www-form-urlencoded parser and the check of every field), W3C date-times
// and request windows, phone numbers, degrees and idempotency keys. Whatever arrives, these must
// return, and what they accept must be what docs/api.md promises to whoever reads it next.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "case_form.h"
#include "core/case_catalog.h"
#include "core/utf8.h"
#include "form_body.h"
#include "fuzz_check.h"
#include "request_fields.h"

namespace {

using namespace kiosk::server;

using kiosk::fuzz::check;

// One category like the demo catalog's 消费购物, with a single and a multiple question.
const kiosk::core::CaseCatalog& catalog() {
    static const kiosk::core::CaseCatalog c = [] {
        kiosk::core::CaseCatalog built;
        kiosk::core::CaseCategory consumer;
        consumer.code = "consumer";
        consumer.name = "消费购物";
        consumer.kinds = {kiosk::core::CaseKind::Complaint};
        consumer.questions = {{"where_bought", "在哪里买的？", false, true, {{"shop", "商店"}, {"online", "网上"}}},
                              {"problems", "是什么问题？", true, false, {{"expired", "过期"}, {"refund", "退款"}}}};
        built.categories.push_back(consumer);
        return built;
    }();
    return c;
}

std::string percentEncoded(std::string_view bytes) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : bytes) {
        out += '%';
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return out;
}

void checkForm(std::string_view body) {
    const auto form = FormBody::parse(body);
    if (!form) return;
    // What was parsed, encoded again, parses to the very same fields in the same order.
    std::string again;
    for (const FormField& f : form->fields()) {
        check(!f.name.empty());
        again += (again.empty() ? "" : "&") + percentEncoded(f.name) + "=" + percentEncoded(f.value);
    }
    const auto reparsed = FormBody::parse(again);
    check(reparsed && reparsed->fields().size() == form->fields().size());
    for (std::size_t i = 0; i < form->fields().size(); ++i) {
        check(reparsed->fields()[i].name == form->fields()[i].name);
        check(reparsed->fields()[i].value == form->fields()[i].value);
    }
    const CaseFormRead read = readCaseForm(*form, catalog());
    if (!read.error.empty()) return;
    const NewRequest& n = read.request;
    check(read.category != nullptr && n.serviceCode == "consumer");
    check(isPlainText(n.description, kMaxDescriptionChars, true));
    check(isPlainText(n.address, 200) && isPlainText(n.deviceId, 64));
    check(n.phone.empty() || isPhoneNumber(n.phone));
    check(n.kind.empty() || n.kind == "complaint" || n.kind == "report" || n.kind == "advice");
    const auto urls = nlohmann::json::parse(n.mediaUrls, nullptr, false);
    check(urls.is_array() && urls.size() <= 3);
    const auto attributes = nlohmann::json::parse(n.attributes, nullptr, false);
    check(attributes.is_object() && attributes.contains("where_bought") && attributes["where_bought"].size() == 1);
}

void checkScalars(std::string_view text) {
    if (const auto at = parseW3cDateTime(text)) {
        // Years 0000-9999 with offsets up to a day: a bounded instant, and the same instant in Z.
        check(*at >= -62167219200LL - 86400 && *at <= 253402300799LL + 86400);
        if (*at >= 0 && *at <= 253402300799LL) {
            const std::time_t t = static_cast<std::time_t>(*at);
            std::tm tm{};
            gmtime_r(&t, &tm);
            char z[32];
            std::strftime(z, sizeof z, "%Y-%m-%dT%H:%M:%SZ", &tm);
            check(parseW3cDateTime(z) == at);
        }
    }
    for (const double limit : {90.0, 180.0}) {
        if (const auto degrees = parseDegrees(text, limit)) {
            check(*degrees >= -limit && *degrees <= limit);
            check(text.find_first_not_of("-0123456789.") == std::string_view::npos);
        }
    }
    if (const auto phone = phoneNumber(text)) {
        const std::string_view digits = std::string_view(*phone).substr(!phone->empty() && (*phone)[0] == '+' ? 1 : 0);
        check(digits.size() >= 5 && digits.size() <= 20 &&
              digits.find_first_not_of("0123456789") == std::string_view::npos);
        check(phoneNumber(*phone) == phone);  // the plain form reads as itself
    }
    if (const auto key = normalisedIdempotencyKey(text)) {
        check(key->size() == text.size() && key->size() <= 64 &&
              key->find_first_not_of("0123456789abcdef") == std::string::npos);
    }
    if (isPlainText(text, 4000)) check(kiosk::core::isValidUtf8(text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    checkForm(input);
    checkScalars(input);
    // Two lines: a window's start and end.
    const std::size_t newline = input.find('\n');
    const std::string start(input.substr(0, newline));
    const std::string end(newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1));
    checkScalars(start);
    const RequestWindow w = requestWindow(&start, newline == std::string_view::npos ? nullptr : &end, 1'800'000'000);
    if (w.error.empty()) check(w.start <= w.end && w.end - w.start <= kMaxWindowSeconds);
    return 0;
}
