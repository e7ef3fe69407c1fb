#pragma once
// The link on a receipt's QR code: the platform's tracking page for one case, made from the
// template in config (cases.tracking_link, e.g. "https://jd.example.gov.cn/t/{code}"). A phone
// that scans it opens the page; the kiosk's own camera reads it back into 进度查询 — so the
// kiosk only ever accepts the exact shape it prints, never an arbitrary address.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

constexpr std::size_t kMaxTrackingLinkBytes = 200;

// "https://", printable ASCII without spaces, one "{code}", at most kMaxTrackingLinkBytes.
// Returns the problem in plain words, or nothing when the template is fine.
std::optional<std::string> trackingLinkTemplateProblem(std::string_view linkTemplate);
// The template with the code in it.
std::string trackingLink(std::string_view linkTemplate, std::string_view code);
// The code in `text` when it is exactly the template's shape with a well-formed code.
std::optional<std::string> codeFromTrackingLink(std::string_view linkTemplate, std::string_view text);

}  // namespace kiosk::core
