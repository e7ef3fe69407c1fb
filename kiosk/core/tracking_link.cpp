#include "core/tracking_link.h"

#include "core/tracking_code.h"
#include "core/web_address.h"

namespace kiosk::core {
namespace {
constexpr std::string_view kPlaceholder = "{code}";
}

std::optional<std::string> trackingLinkTemplateProblem(std::string_view t) {
    if (t.size() > kMaxTrackingLinkBytes) return "is longer than " + std::to_string(kMaxTrackingLinkBytes) + " bytes";
    if (t.substr(0, 8) != "https://") return std::string("must start with https://");
    for (char c : t) {
        if (c <= ' ' || c > '~') return std::string("may hold only printable ASCII without spaces");
    }
    const auto at = t.find(kPlaceholder);
    if (at == std::string_view::npos || t.find(kPlaceholder, at + 1) != std::string_view::npos) {
        return std::string("must hold {code} once (where the case's code goes)");
    }
    if (at <= 8) return std::string("needs a host before {code}");
    // Read as curl reads it, with two codes in place: https, no user info, and the code in the
    // path or query — never in the host (every case would have a host of its own).
    std::string problem;
    const auto first = readWebAddress(trackingLink(t, "1000000000"), PlainHttp::Refused, &problem, Fragment::Allowed);
    if (!first) return problem;
    const auto second = readWebAddress(trackingLink(t, "2000000000"), PlainHttp::Refused, &problem, Fragment::Allowed);
    if (!second || !first->sameOrigin(*second)) return std::string("must hold {code} after the host");
    return std::nullopt;
}

std::string trackingLink(std::string_view t, std::string_view code) {
    std::string link(t);
    const auto at = link.find(kPlaceholder);
    if (at != std::string::npos) link.replace(at, kPlaceholder.size(), code);
    return link;
}

std::optional<std::string> codeFromTrackingLink(std::string_view t, std::string_view text) {
    const auto at = t.find(kPlaceholder);
    if (at == std::string_view::npos) return std::nullopt;
    const std::string_view prefix = t.substr(0, at);
    const std::string_view suffix = t.substr(at + kPlaceholder.size());
    if (text.size() != prefix.size() + kTrackingCodeDigits + suffix.size()) return std::nullopt;
    if (text.substr(0, prefix.size()) != prefix || text.substr(text.size() - suffix.size()) != suffix) {
        return std::nullopt;
    }
    const std::string code(text.substr(prefix.size(), kTrackingCodeDigits));
    if (!isWellFormedTrackingCode(code)) return std::nullopt;
    return code;
}

}  // namespace kiosk::core
