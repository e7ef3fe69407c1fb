#pragma once
// Where the receipt printer is ([printer] device): a device file (USB /dev/usb/lp0, a serial port
// /dev/ttyUSB0, or any absolute path the tests give), or raw TCP "tcp://host:port" (port 9100 on
// most network receipt printers). Read once from the config, checked as hostile like every input.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

struct PrinterAddress {
    enum class Kind { File, Tcp };
    Kind kind = Kind::File;
    std::string path;  // Kind::File
    std::string host;  // Kind::Tcp: a host name or an IPv4 address
    int port = 0;      // Kind::Tcp: 1–65535
};

// Nothing (and `problem` set, when given) for anything else: a relative path, a path with "..",
// control characters, a tcp address without a port or with one out of range, user info, a path
// or a query after the port.
std::optional<PrinterAddress> parsePrinterAddress(std::string_view text, std::string* problem = nullptr);

}  // namespace kiosk::core
