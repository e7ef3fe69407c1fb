#include "core/qr_payload.h"

#include "core/tracking_link.h"
#include "core/utf8.h"

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

// The id after `prefix` when `text` is exactly prefix + id (an optional trailing "/").
std::string idAfter(std::string_view text, std::string_view prefix) {
    if (text.substr(0, prefix.size()) != prefix) return {};
    std::string_view id = text.substr(prefix.size());
    if (!id.empty() && id.back() == '/') id.remove_suffix(1);
    return isContentId(id) ? std::string(id) : std::string{};
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
    if (t.substr(0, 8) != "https://") return {};
    const auto slash = t.find('/', 8);
    const std::string_view origin = t.substr(0, slash);
    if (origin.size() <= 8 || origin.find_first_of("{}@?#") != std::string_view::npos) return {};
    return std::string(origin);
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
    for (char32_t c : decodeUtf8(payload)) {
        const bool control = (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') || c == 0x7F ||
                             (c >= 0x80 && c < 0xA0) || c == 0xFFFD || (c >= 0x202A && c <= 0x202E) ||
                             (c >= 0x2066 && c <= 0x2069);  // bidirectional overrides disguise text
        if (control) return refused("holds control characters");
    }
    QrAction action;
    if (auto code = codeFromTrackingLink(trackingLinkTemplate, payload)) {
        action.kind = QrKind::TrackCase;
        action.id = std::move(*code);
        return action;
    }
    if (const std::string origin = platformOrigin(trackingLinkTemplate); !origin.empty()) {
        if (std::string id = idAfter(payload, origin + "/n/"); !id.empty()) {
            action.kind = QrKind::Notice;
            action.id = std::move(id);
            return action;
        }
        if (std::string id = idAfter(payload, origin + "/d/"); !id.empty()) {
            action.kind = QrKind::Disclosures;
            action.id = std::move(id);
            return action;
        }
    }
    action.kind = QrKind::Unrecognized;
    action.shown = shownLine(payload);
    return action;
}

}  // namespace kiosk::core
