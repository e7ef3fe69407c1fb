#pragma once
// The link to the receipt printer ([printer] device): a device file (USB /dev/usb/lp*, a serial
// port set raw at the configured speed) or raw TCP (port 9100). One connection per job: the
// printer's state is asked first (DLE EOT), a printer out of paper or with its cover open is not
// sent the job, then the bytes go. Every read and write has a deadline — a printer that stops
// answering is a fault after a few seconds, never a hang. Blocking calls: run it on a worker.
#include <chrono>
#include <string>

#include "core/escpos.h"
#include "core/printer_address.h"

namespace kiosk::platform {

struct PrinterLinkOptions {
    core::PrinterAddress address;
    int baud = 9600;                               // serial ports only
    std::chrono::milliseconds timeout{4000};       // to connect, and for the whole job's writing
    std::chrono::milliseconds statusTimeout{600};  // for each status answer
};

struct PrinterReport {
    enum class Outcome {
        Ready,        // status(): the printer answered and can print (or cannot say, one-way)
        Printed,      // print(): every byte was taken
        NotReady,     // it answered: offline, cover open or out of paper (nothing sent)
        Unreachable,  // no such device, connection refused, or it stopped taking bytes in time
    };
    Outcome outcome = Outcome::Unreachable;
    bool statusKnown = false;  // it answered DLE EOT (a one-way link never does)
    core::escpos::PrinterStatus status;
    std::string problem;  // for the log and the operator panel: what failed, never the job's contents
};

class PrinterLink {
public:
    explicit PrinterLink(PrinterLinkOptions options) : options_(std::move(options)) {}
    PrinterReport status() const;
    PrinterReport print(const core::escpos::Bytes& job) const;

private:
    PrinterLinkOptions options_;
};

}  // namespace kiosk::platform
