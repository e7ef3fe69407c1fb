#include "markup_escape.h"

namespace kiosk::server {

std::string markupEscaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;  // XML and HTML both read it (&apos; is not HTML 4)
            default: out += c;
        }
    }
    return out;
}

}  // namespace kiosk::server
