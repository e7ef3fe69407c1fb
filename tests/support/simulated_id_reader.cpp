#include "support/simulated_id_reader.h"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace kiosk::testing {
namespace {

const std::vector<std::uint8_t> kPreamble{0xAA, 0xAA, 0xAA, 0x96, 0x69};

// `text` as UCS-2 little-endian, padded with spaces to `chars` characters.
void put(std::vector<std::uint8_t>& out, const std::u16string& text, std::size_t chars) {
    for (std::size_t i = 0; i < chars; ++i) {
        const char16_t c = i < text.size() ? text[i] : u' ';
        out.push_back(static_cast<std::uint8_t>(c & 0xFF));
        out.push_back(static_cast<std::uint8_t>(c >> 8));
    }
}

std::u16string ascii(const std::string& text) {
    return std::u16string(text.begin(), text.end());
}

}  // namespace

std::vector<std::uint8_t> SimulatedIdReader::textOf(const TestCard& card) {
    std::vector<std::uint8_t> text;
    put(text, card.name, 15);
    put(text, std::u16string(1, static_cast<char16_t>(card.sex)), 1);
    put(text, ascii(card.nation), 2);
    put(text, ascii(card.birth), 8);
    put(text, card.address, 35);
    put(text, ascii(card.idNumber), 18);
    put(text, card.authority, 15);
    put(text, ascii(card.validFrom), 8);
    put(text, card.validUntil, 8);
    put(text, u"", 18);  // reserved
    return text;
}

SimulatedIdReader::SimulatedIdReader(std::string path) : path_(std::move(path)) {
    open();
    thread_ = std::thread([this] { serve(); });
}

SimulatedIdReader::~SimulatedIdReader() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    close();
}

void SimulatedIdReader::open() {
    std::lock_guard lock(mutex_);
    ptyFd_ = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (ptyFd_ < 0 || ::grantpt(ptyFd_) != 0 || ::unlockpt(ptyFd_) != 0) {
        throw std::runtime_error("simulated ID reader: no pseudo-terminal");
    }
    termios raw{};
    ::tcgetattr(ptyFd_, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(ptyFd_, TCSANOW, &raw);
    ::unlink(path_.c_str());
    if (::symlink(::ptsname(ptyFd_), path_.c_str()) != 0) throw std::runtime_error("simulated ID reader: no symlink");
    pending_.clear();
}

void SimulatedIdReader::close() {
    std::lock_guard lock(mutex_);
    ::unlink(path_.c_str());
    if (ptyFd_ >= 0) ::close(ptyFd_);
    ptyFd_ = -1;
}

void SimulatedIdReader::unplug() {
    close();
}

void SimulatedIdReader::plugIn() {
    open();
}

void SimulatedIdReader::placeCard(const TestCard& card) {
    std::lock_guard lock(mutex_);
    cardPresent_ = true;
    cardText_ = textOf(card);
}

void SimulatedIdReader::removeCard() {
    std::lock_guard lock(mutex_);
    cardPresent_ = false;
    cardText_.clear();
}

// A frame to the terminal: preamble, length (high byte first) of SW1 SW2 SW3, data and the
// checksum, then the XOR of every byte after the preamble.
void SimulatedIdReader::send(std::uint8_t sw3, const std::vector<std::uint8_t>& data) {
    std::vector<std::uint8_t> frame = kPreamble;
    const std::size_t length = 3 + data.size() + 1;
    frame.push_back(static_cast<std::uint8_t>(length >> 8));
    frame.push_back(static_cast<std::uint8_t>(length & 0xFF));
    frame.insert(frame.end(), {0x00, 0x00, sw3});
    frame.insert(frame.end(), data.begin(), data.end());
    std::uint8_t sum = 0;
    for (std::size_t i = kPreamble.size(); i < frame.size(); ++i) sum ^= frame[i];
    frame.push_back(answer_ == Answer::BrokenChecksum ? static_cast<std::uint8_t>(sum ^ 0x5A) : sum);
    if (answer_ == Answer::Noise) frame = {0x13, 0x37, 0xAA, 0xAA, 0x00, 0xFF, 0x96, 0x69, 0x42};
    std::size_t sent = 0;
    while (sent < frame.size()) {
        const ssize_t n = ::write(ptyFd_, frame.data() + sent, frame.size() - sent);
        if (n <= 0) return;
        sent += static_cast<std::size_t>(n);
    }
}

// Called with the mutex held.
void SimulatedIdReader::reply(std::uint8_t cmd, std::uint8_t para) {
    ++commands_;
    if (answer_ == Answer::Silent) return;
    if (cmd == 0x20 && para == 0x01) {  // find: 9F and the card's 4 bytes, or 80
        if (cardPresent_)
            send(0x9F, {0x00, 0x00, 0x00, 0x00});
        else
            send(0x80, {});
    } else if (cmd == 0x20 && para == 0x02) {  // select: 90 and 8 bytes, or 81
        if (cardPresent_)
            send(0x90, std::vector<std::uint8_t>(8, 0x00));
        else
            send(0x81, {});
    } else if (cmd == 0x30 && para == 0x01) {  // read: 90, text length 256, photo length 1024, both
        if (!cardPresent_) {
            send(0x41, {});
            return;
        }
        std::vector<std::uint8_t> data{0x01, 0x00, 0x04, 0x00};
        data.insert(data.end(), cardText_.begin(), cardText_.end());
        data.insert(data.end(), 1024, 0x00);  // the photo block: vendor-encrypted, unused
        send(0x90, data);
    } else {
        send(0x21, {});  // a command it does not know
    }
}

void SimulatedIdReader::serve() {
    while (!stop_) {
        int fd;
        {
            std::lock_guard lock(mutex_);
            fd = ptyFd_;
        }
        if (fd < 0) {
            ::usleep(20000);
            continue;
        }
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) continue;
        std::lock_guard lock(mutex_);
        if (ptyFd_ != fd) continue;
        std::uint8_t buffer[512];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) {
            ::usleep(20000);  // nobody has the other end open (EIO)
            continue;
        }
        pending_.insert(pending_.end(), buffer, buffer + n);
        // Whole command frames: preamble, 00 03, command, parameter, checksum.
        for (;;) {
            std::size_t at = 0;
            while (at + 5 <= pending_.size() &&
                   !std::equal(kPreamble.begin(), kPreamble.end(), pending_.begin() + static_cast<long>(at))) {
                ++at;
            }
            pending_.erase(pending_.begin(), pending_.begin() + static_cast<long>(at));
            if (pending_.size() < 10) break;
            const std::uint8_t sum = pending_[5] ^ pending_[6] ^ pending_[7] ^ pending_[8];
            if (pending_[5] == 0x00 && pending_[6] == 0x03 && sum == pending_[9]) {
                reply(pending_[7], pending_[8]);
            } else {
                send(0x10, {});  // checksum or length error
            }
            pending_.erase(pending_.begin(), pending_.begin() + 10);
        }
    }
}

}  // namespace kiosk::testing
