#include "platform/id_card_reader_link.h"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/forget.h"
#include "platform/serial_speed_termios.h"

namespace kiosk::platform {
namespace {

using Clock = std::chrono::steady_clock;
namespace idcard = core::idcard;

int millisLeft(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(left) : 0;
}

}  // namespace

IdCardReaderLink::~IdCardReaderLink() {
    closePort();
}

void IdCardReaderLink::closePort() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

bool IdCardReaderLink::ensureOpen(std::string& problem) {
    if (fd_ >= 0) return true;
    fd_ = ::open(options_.path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) {
        problem = "cannot open " + options_.path + ": " + std::strerror(errno);
        return false;
    }
    termios tty{};
    if (::tcgetattr(fd_, &tty) == 0) {  // 8N1, raw, at the reader's speed
        ::cfmakeraw(&tty);
        ::cfsetispeed(&tty, termiosSpeed(options_.baud));
        ::cfsetospeed(&tty, termiosSpeed(options_.baud));
        tty.c_cflag |= CLOCAL | CREAD;
        ::tcsetattr(fd_, TCSANOW, &tty);
    }
    ::tcflush(fd_, TCIOFLUSH);  // an answer left from before (a reader plugged back) is not this one's
    return true;
}

std::optional<idcard::Response> IdCardReaderLink::ask(idcard::Command command, std::string& problem) {
    const idcard::Bytes frame = idcard::commandFrame(command);
    const auto deadline = Clock::now() + options_.answerTimeout;
    std::size_t sent = 0;
    while (sent < frame.size()) {
        const ssize_t n = ::write(fd_, frame.data() + sent, frame.size() - sent);
        if (n > 0) {
            sent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            problem = std::string("write failed: ") + std::strerror(errno);
            return std::nullopt;
        }
        pollfd p{fd_, POLLOUT, 0};
        if (::poll(&p, 1, millisLeft(deadline)) <= 0) {
            problem = "the reader took no command";
            return std::nullopt;
        }
    }
    // What arrives may hold a card's face: overwritten before it is let go (core/forget), here
    // and in poll().
    idcard::Bytes received;
    received.reserve(4096);  // one buffer, so no copy of it is let go unwiped as it grows
    struct Wipe {
        idcard::Bytes& bytes;
        ~Wipe() { core::forget(bytes); }
    } wipe{received};
    for (;;) {
        idcard::Parsed parsed = idcard::parseResponse(received);
        if (parsed.kind == idcard::Parsed::Kind::Frame) return std::move(parsed.response);
        if (parsed.kind == idcard::Parsed::Kind::Broken) {
            problem = "the reader's answer was broken (length or checksum)";
            return std::nullopt;
        }
        received.erase(received.begin(), received.begin() + static_cast<long>(parsed.consumed));
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, millisLeft(deadline));
        if (ready <= 0) {
            problem = "the reader did not answer";
            return std::nullopt;
        }
        if (p.revents & (POLLERR | POLLHUP | POLLNVAL)) {
            problem = "the reader went away";
            return std::nullopt;
        }
        std::uint8_t buffer[1024];
        const ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n <= 0) {
            problem = "the reader went away";
            return std::nullopt;
        }
        received.insert(received.end(), buffer, buffer + n);
        explicit_bzero(buffer, sizeof buffer);
    }
}

IdCardPoll IdCardReaderLink::poll() {
    IdCardPoll result;
    if (!ensureOpen(result.problem)) return result;
    auto fault = [&]() {
        closePort();  // opened afresh at the next poll
        result.outcome = IdCardPoll::Outcome::Fault;
        return result;
    };
    const auto found = ask(idcard::Command::FindCard, result.problem);
    if (!found) return fault();
    if (found->sw3 == idcard::kNoCard) {
        result.outcome = IdCardPoll::Outcome::NoCard;
        return result;
    }
    auto badCard = [&](const std::string& why) {
        result.outcome = IdCardPoll::Outcome::BadCard;
        result.problem = why;
        return result;
    };
    if (found->sw3 != idcard::kCardFound) return badCard("find: " + idcard::statusText(found->sw3));
    const auto selected = ask(idcard::Command::SelectCard, result.problem);
    if (!selected) return fault();
    if (selected->sw3 != idcard::kDone) return badCard("select: " + idcard::statusText(selected->sw3));
    auto read = ask(idcard::Command::ReadBaseInfo, result.problem);
    if (!read) return fault();
    if (read->sw3 != idcard::kDone) return badCard("read: " + idcard::statusText(read->sw3));
    // Text length and photo length (high byte first), then the text and the photo.
    const idcard::Bytes& d = read->data;
    if (d.size() < 4) return badCard("read: the answer holds no text");
    const std::size_t textLength = (static_cast<std::size_t>(d[0]) << 8) | d[1];
    if (textLength != 256 || d.size() < 4 + textLength) return badCard("read: the text block is not 256 bytes");
    idcard::Bytes text(d.begin() + 4, d.begin() + 4 + static_cast<long>(textLength));
    std::string problem;
    result.face = idcard::readCardFace(text, &problem);
    core::forget(text);  // the face holds what is needed; the raw frame goes
    core::forget(read->data);
    if (!result.face) return badCard("the card's text does not check out: " + problem);
    result.outcome = IdCardPoll::Outcome::Card;
    return result;
}

}  // namespace kiosk::platform
