#include "core/qr_payload.h"

#include "core/text_rule.h"
#include "core/tracking_link.h"
#include "core/utf8.h"
#include "core/web_address.h"

namespace kiosk::core {
namespace {

// Content ids in platform links: what the content feeds allow ([a-z0-9_-], at most 64).
bool isContentId(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    for (char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    }
    return true;
}

// The id in a platform link "<origin>/<section>/<id>" (an optional trailing "/"), read as curl
// reads it: the same scheme, exact host and port as the platform's, no user info, no query.
std::string idInLink(std::string_view text, const WebAddress& platform, std::string_view section) {
    const auto link = readWebAddress(text, PlainHttp::Refused);
    if (!link || !link->sameOrigin(platform) || !link->query.empty()) return {};
    const std::string prefix = "/" + std::string(section) + "/";
    std::string_view path = link->path;
    if (path.substr(0, prefix.size()) != prefix) return {};
    std::string_view id = path.substr(prefix.size());
    if (!id.empty() && id.back() == '/') id.remove_suffix(1);
    return isContentId(id) ? std::string(id) : std::string{};
}

// The platform's address, read from the tracking link template with a code in place.
std::optional<WebAddress> platformAddress(std::string_view trackingLinkTemplate) {
    if (trackingLinkTemplateProblem(trackingLinkTemplate)) return std::nullopt;
    return readWebAddress(trackingLink(trackingLinkTemplate, "1000000000"), PlainHttp::Refused, nullptr,
                          Fragment::Allowed);
}

// Tabs and line breaks become spaces; the text is cut to what one line shows.
std::string shownLine(std::string_view text) {
    std::u32string kept;
    for (char32_t c : decodeUtf8(text)) {
        if (c == U'\t' || c == U'\n' || c == U'\r') c = U' ';
        if (kept.size() == kMaxShownQrChars) {
            kept.back() = U'…';
            break;
        }
        kept.push_back(c);
    }
    std::string out;
    for (char32_t c : kept) appendUtf8(out, c);
    return out;
}

QrAction refused(std::string reason) {
    QrAction a;
    a.kind = QrKind::Refused;
    a.reason = std::move(reason);
    return a;
}

}  // namespace

std::string platformOrigin(std::string_view t) {
    const auto platform = platformAddress(t);
    return platform ? platform->origin() : std::string{};
}

std::string platformHomeLink(std::string_view trackingLinkTemplate) {
    const std::string origin = platformOrigin(trackingLinkTemplate);
    return origin.empty() ? std::string{} : origin + "/";
}

std::string platformNoticeLink(std::string_view trackingLinkTemplate, std::string_view noticeId) {
    const std::string origin = platformOrigin(trackingLinkTemplate);
    if (origin.empty() || !isContentId(noticeId)) return {};
    return origin + "/n/" + std::string(noticeId);
}

QrAction routeQrPayload(std::string_view payload, std::string_view trackingLinkTemplate) {
    if (payload.empty()) return refused("empty");
    if (payload.size() > kMaxQrPayloadBytes)
        return refused("longer than " + std::to_string(kMaxQrPayloadBytes) + " bytes");
    if (!isValidUtf8(payload)) return refused("not UTF-8 text (binary data)");
    // Codes written by phones and printers separate lines with CR LF and fields with tabs; the rest
    // is held to the one text rule (no controls, no bidi overrides or invisible characters).
    std::string lines;
    for (std::size_t i = 0; i < payload.size(); ++i) {
        if (payload[i] == '\r' && i + 1 < payload.size() && payload[i + 1] == '\n') continue;
        lines += payload[i] == '\r' ? '\n' : payload[i] == '\t' ? ' ' : payload[i];
    }
    if (textProblem(lines, Lines::Many, kMaxQrPayloadBytes)) return refused("holds control or invisible characters");
    QrAction action;
    if (auto code = codeFromTrackingLink(trackingLinkTemplate, payload)) {
        action.kind = QrKind::TrackCase;
        action.id = std::move(*code);
        return action;
    }
    if (const auto platform = platformAddress(trackingLinkTemplate)) {
        if (std::string id = idInLink(payload, *platform, "n"); !id.empty()) {
            action.kind = QrKind::Notice;
            action.id = std::move(id);
            return action;
        }
        if (std::string id = idInLink(payload, *platform, "d"); !id.empty()) {
            action.kind = QrKind::Disclosures;
            action.id = std::move(id);
            return action;
        }
    }
    action.kind = QrKind::Unrecognized;
    action.shown = shownLine(lines);
    return action;
}

}  // namespace kiosk::core
