#pragma once
// The link to a resident ID card reader ([id_card] device: a USB serial port, set raw at the
// configured speed). `poll()` asks whether a card lies on it and, when one does, reads its face:
// find, select, read — each answer under a deadline, so a reader that stops answering is a fault
// within a second or two, never a hang. The port stays open between polls; after a fault it is
// opened again at the next poll (a reader unplugged and plugged back is found again).
// Blocking calls: run it on a worker. What it reads is never logged.
#include <chrono>
#include <optional>
#include <string>

#include "core/id_card_protocol.h"

namespace kiosk::platform {

struct IdCardReaderOptions {
    std::string path;
    int baud = 115200;
    std::chrono::milliseconds answerTimeout{1500};  // for each answer (reading a card takes ~1 s)
};

struct IdCardPoll {
    enum class Outcome {
        NoCard,   // the reader answered: nothing on it
        Card,     // `face` is the card's, checked
        BadCard,  // a card the reader could not read, or whose face does not check out
        Fault,    // no reader, or it did not answer, or answered garbage
    };
    Outcome outcome = Outcome::Fault;
    std::optional<core::idcard::CardFace> face;
    std::string problem;  // for the log and the operator panel: what failed, never a field's value
};

class IdCardReaderLink {
public:
    explicit IdCardReaderLink(IdCardReaderOptions options) : options_(std::move(options)) {}
    ~IdCardReaderLink();
    IdCardReaderLink(const IdCardReaderLink&) = delete;
    IdCardReaderLink& operator=(const IdCardReaderLink&) = delete;

    IdCardPoll poll();

private:
    bool ensureOpen(std::string& problem);
    void closePort();
    // Sends `command` and waits for its answer; nothing (and `problem`) on a fault.
    std::optional<core::idcard::Response> ask(core::idcard::Command command, std::string& problem);

    IdCardReaderOptions options_;
    int fd_ = -1;
};

}  // namespace kiosk::platform
