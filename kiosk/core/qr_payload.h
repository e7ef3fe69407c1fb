#pragma once
// What a QR code held up to the kiosk camera asks for. The kiosk never opens an address: it
// knows only the links the platform prints — a case receipt (进度查询 with the code filled in),
// and, under the same https origin, a notice (/n/{id}) or a community's disclosures (/d/{id}).
// Anything else is shown as text the kiosk can read ("无法识别此二维码"); a hostile payload (huge,
// binary, control characters) is refused without showing any of it.
#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::core {

constexpr std::size_t kMaxQrPayloadBytes = 2048;
constexpr std::size_t kMaxShownQrChars = 60;

enum class QrKind {
    TrackCase,     // a receipt: 进度查询 for `id` (the 10-digit code)
    Notice,        // a notice of the platform: `id`
    Disclosures,   // 公开查询 of a community: `id`
    Unrecognized,  // readable text the kiosk has nothing for: `shown`
    Refused,       // not fit to show: `reason` (for the log)
};

struct QrAction {
    QrKind kind = QrKind::Refused;
    std::string id;
    std::string shown;   // Unrecognized: the text, cut to kMaxShownQrChars, one line
    std::string reason;  // Refused
};

// `trackingLinkTemplate` is cases.tracking_link (https://host/path/{code}); the platform's other
// links share its origin (scheme and host, compared exactly: a lookalike host is someone else's).
QrAction routeQrPayload(std::string_view payload, std::string_view trackingLinkTemplate);

// "https://jd.example.gov.cn" of a template, or "" when it has no https origin.
std::string platformOrigin(std::string_view trackingLinkTemplate);
// The links the kiosk prints for phones, in the shapes routeQrPayload reads back: the platform's
// home ("https://host/") and one notice ("https://host/n/{id}"). "" without a platform origin or
// for an id that is not a plain one.
std::string platformHomeLink(std::string_view trackingLinkTemplate);
std::string platformNoticeLink(std::string_view trackingLinkTemplate, std::string_view noticeId);

}  // namespace kiosk::core
