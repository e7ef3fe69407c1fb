#pragma once
// A resident ID card reader for the tests, on a pseudo-terminal behind a path of the test's own
// (a symlink, as /dev/ttyUSB0 stays the same path when a reader is unplugged and plugged back).
// Written from the SAM protocol's text, knowing nothing of the kiosk's code: it reads command
// frames (preamble, length, command, parameter, XOR checksum) and answers find (20 01), select
// (20 02) and read base information (30 01) as a reader with or without a card does — or
// answers with a broken checksum, with noise, or not at all.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::testing {

// What a card's face says, as the test writes it onto the card's 256 bytes of UCS-2 text.
struct TestCard {
    std::u16string name = u"王德华";
    char sex = '1';
    std::string nation = "01";
    std::string birth = "19450312";
    std::u16string address = u"幸福里社区3号楼2单元501室";
    std::string idNumber = "110101194503120019";
    std::u16string authority = u"北京市公安局东城分局";
    std::string validFrom = "20150601";
    std::u16string validUntil = u"长期";
};

class SimulatedIdReader {
public:
    enum class Answer { Normally, BrokenChecksum, Noise, Silent };
    explicit SimulatedIdReader(std::string path);  // the symlink the kiosk is told to open
    ~SimulatedIdReader();
    SimulatedIdReader(const SimulatedIdReader&) = delete;
    SimulatedIdReader& operator=(const SimulatedIdReader&) = delete;

    const std::string& path() const { return path_; }
    void placeCard(const TestCard& card);
    void removeCard();
    void answer(Answer how) { answer_ = how; }
    // The reader's cable pulled (the device gone: opening it fails), then put back.
    void unplug();
    void plugIn();
    int commandsSeen() const { return commands_; }

    // The 256 bytes of text of `card`, as a card holds them.
    static std::vector<std::uint8_t> textOf(const TestCard& card);

private:
    void open();
    void close();
    void serve();
    void reply(std::uint8_t cmd, std::uint8_t para);
    void send(std::uint8_t sw3, const std::vector<std::uint8_t>& data);

    std::string path_;
    std::atomic<Answer> answer_{Answer::Normally};
    std::atomic<bool> stop_{false};
    std::atomic<int> commands_{0};
    std::mutex mutex_;  // the card and the pty
    bool cardPresent_ = false;
    std::vector<std::uint8_t> cardText_;
    int ptyFd_ = -1;
    std::vector<std::uint8_t> pending_;
    std::thread thread_;
};

}  // namespace kiosk::testing
