#pragma once
// The serial protocol of second-generation resident ID card readers (the SAM module's, GA 467
// family), as bytes, and what a card's base information says. No I/O here:
// platform/id_card_reader_link talks to the device.
//
// A frame is AA AA AA 96 69 (three bytes to synchronise, two to start), a length of two bytes
// (high first) counting everything after it, then — to the reader — command, parameter, data, or
// — from it — three status bytes SW1 SW2 SW3 and data; last a checksum, the XOR of every byte
// after the preamble. Reading a card is three commands: find (20 01), select (20 02), read the
// base information (30 01): 256 bytes of UCS-2 text and 1024 of photo (vendor-encrypted; unused).
//
// Everything read is personal data: this code keeps none of it, and never logs it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::core::idcard {

using Bytes = std::vector<std::uint8_t>;

enum class Command { FindCard, SelectCard, ReadBaseInfo };

// The frame asking for `command`.
Bytes commandFrame(Command command);

// One frame from the reader.
struct Response {
    std::uint8_t sw3 = 0;  // the reader's own status: 0x90 done, 0x9F card found, 0x80 none …
    Bytes data;
};

// What the bytes received so far hold.
struct Parsed {
    enum class Kind {
        Incomplete,  // a frame has begun but not all of it is here: read more
        Frame,       // `response` is a whole frame whose checksum is right
        Broken,      // a frame whose length is impossible or checksum wrong: `consumed` drops it
    };
    Kind kind = Kind::Incomplete;
    Response response;
    std::size_t consumed = 0;  // bytes of the input used (noise before the preamble included)
};

// Reads one frame from the front of `bytes`, skipping anything before a preamble. A length
// beyond the protocol's largest frame is Broken (never a wait for megabytes).
Parsed parseResponse(const Bytes& bytes);

// SW3 in words, for the log and the operator panel ("no card", "checksum error" …).
std::string statusText(std::uint8_t sw3);

constexpr std::uint8_t kDone = 0x90;
constexpr std::uint8_t kCardFound = 0x9F;
constexpr std::uint8_t kNoCard = 0x80;
constexpr std::uint8_t kSelectFailed = 0x81;

// The card's printed face, from its 256 bytes of text. Held in memory for one visit only.
struct CardFace {
    std::string name;
    std::string sex;         // 男 / 女
    std::string nationCode;  // "01" (汉)
    std::string birthDate;   // "19450312"
    std::string address;
    std::string idNumber;    // 18 characters, the last a digit or X
    std::string authority;   // 签发机关
    std::string validFrom;   // "20150601"
    std::string validUntil;  // "20350601" or "长期"
};

// The face from the text block, checked: a name, a real birth date, an ID number whose check
// digit is right and whose birth date is the face's, validity dates that are dates. Nothing
// (and `problem` says which field, never its value) when any is wrong.
std::optional<CardFace> readCardFace(const Bytes& text, std::string* problem);

// Overwrites every field before it is let go (core/forget): the visit is over.
void forgetFace(CardFace& face);

// GB 11643: the 18th character of a citizen identity number from the first 17 (ISO 7064 MOD 11-2).
char idCheckCharacter(const std::string& first17);
bool idNumberValid(const std::string& number);

}  // namespace kiosk::core::idcard
