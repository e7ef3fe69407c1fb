#include "core/printer_address.h"

#include <algorithm>
#include <charconv>

#include "core/device_path.h"

namespace kiosk::core {
namespace {

std::optional<PrinterAddress> refuse(std::string* problem, const char* why) {
    if (problem) *problem = why;
    return std::nullopt;
}

bool hostCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

}  // namespace

std::optional<PrinterAddress> parsePrinterAddress(std::string_view text, std::string* problem) {
    constexpr std::string_view kTcp = "tcp://";
    if (text.size() > 200) return refuse(problem, "is longer than 200 characters");
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; })) {
        return refuse(problem, "must not hold spaces or control characters");
    }
    if (text.substr(0, kTcp.size()) == kTcp) {
        // tcp://host:port and nothing else: the host's characters are checked one by one, so
        // user info (@), a path (/) or a query (?) cannot hide a second host.
        const std::string_view rest = text.substr(kTcp.size());
        const auto colon = rest.rfind(':');
        if (colon == std::string_view::npos || colon == 0) return refuse(problem, "must be tcp://host:port");
        const std::string_view host = rest.substr(0, colon);
        const std::string_view portText = rest.substr(colon + 1);
        if (host.size() > 253 || !std::all_of(host.begin(), host.end(), hostCharacter) || host.front() == '.' ||
            host.front() == '-' || host.back() == '.') {
            return refuse(problem, "must be tcp://host:port with a host of letters, digits, - and .");
        }
        int port = 0;
        const auto [end, error] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (portText.empty() || error != std::errc{} || end != portText.data() + portText.size() || port < 1 ||
            port > 65535) {
            return refuse(problem, "must end with a port from 1 to 65535, like tcp://192.168.1.50:9100");
        }
        PrinterAddress address;
        address.kind = PrinterAddress::Kind::Tcp;
        address.host = std::string(host);
        address.port = port;
        return address;
    }
    if (text.empty() || text.front() != '/') {
        return refuse(problem, "must be a device path like /dev/usb/lp0, or tcp://host:port");
    }
    if (const auto why = devicePathProblem(text)) {
        if (problem) *problem = *why;
        return std::nullopt;
    }
    PrinterAddress address;
    address.path = std::string(text);
    return address;
}

}  // namespace kiosk::core
