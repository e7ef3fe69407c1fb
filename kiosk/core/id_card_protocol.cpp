#include "core/id_card_protocol.h"

#include <array>

#include "core/forget.h"
#include "core/text_rule.h"
#include "core/utf8.h"

namespace kiosk::core::idcard {
namespace {

constexpr std::array<std::uint8_t, 5> kPreamble{0xAA, 0xAA, 0xAA, 0x96, 0x69};
// The longest answer a reader gives: base information with photo and fingerprints (2321 bytes).
constexpr std::size_t kMaxLength = 2400;
constexpr std::size_t kTextBytes = 256;

// Where `kPreamble` starts in `bytes` at or after `from`; bytes.size() when it does not.
std::size_t findPreamble(const Bytes& bytes) {
    for (std::size_t i = 0; i + kPreamble.size() <= bytes.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < kPreamble.size() && match; ++k) match = bytes[i + k] == kPreamble[k];
        if (match) return i;
    }
    return bytes.size();
}

// The characters [from, from + count) of the UCS-2 (little-endian) text, spaces and NULs at the
// end dropped.
std::u32string field(const Bytes& text, std::size_t from, std::size_t count) {
    std::u32string out;
    for (std::size_t i = from; i < from + count; ++i) {
        out.push_back(static_cast<char32_t>(text[i * 2] | (text[i * 2 + 1] << 8)));
    }
    while (!out.empty() && (out.back() == U' ' || out.back() == U'\0')) out.pop_back();
    return out;
}

std::string utf8(const std::u32string& text) {
    std::string out;
    for (char32_t c : text) appendUtf8(out, c);
    return out;
}

bool allDigits(const std::u32string& text, std::size_t length) {
    if (text.size() != length) return false;
    for (char32_t c : text) {
        if (c < U'0' || c > U'9') return false;
    }
    return true;
}

// "YYYYMMDD" of a day that exists (1900-2199).
bool isDate(const std::u32string& text) {
    if (!allDigits(text, 8)) return false;
    auto number = [&](std::size_t from, std::size_t count) {
        int n = 0;
        for (std::size_t i = from; i < from + count; ++i) n = n * 10 + static_cast<int>(text[i] - U'0');
        return n;
    };
    const int year = number(0, 4);
    const int month = number(4, 2);
    const int day = number(6, 2);
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= (month == 2 && !leap ? 28 : kDays[static_cast<std::size_t>(month - 1)]);
}

}  // namespace

Bytes commandFrame(Command command) {
    const auto [cmd, para] = command == Command::FindCard     ? std::pair<std::uint8_t, std::uint8_t>{0x20, 0x01}
                             : command == Command::SelectCard ? std::pair<std::uint8_t, std::uint8_t>{0x20, 0x02}
                                                              : std::pair<std::uint8_t, std::uint8_t>{0x30, 0x01};
    const std::uint8_t lengthHigh = 0x00;
    const std::uint8_t lengthLow = 0x03;  // command, parameter, checksum
    const std::uint8_t sum = lengthHigh ^ lengthLow ^ cmd ^ para;
    return Bytes{kPreamble[0], kPreamble[1], kPreamble[2], kPreamble[3], kPreamble[4],
                 lengthHigh,   lengthLow,    cmd,          para,         sum};
}

Parsed parseResponse(const Bytes& bytes) {
    Parsed parsed;
    const std::size_t start = findPreamble(bytes);
    if (start == bytes.size()) {
        // Noise: keep only what may be the beginning of a preamble.
        parsed.consumed = bytes.size() > kPreamble.size() - 1 ? bytes.size() - (kPreamble.size() - 1) : 0;
        return parsed;
    }
    parsed.consumed = start;
    const std::size_t header = start + kPreamble.size();
    if (bytes.size() < header + 2) return parsed;
    const std::size_t length = (static_cast<std::size_t>(bytes[header]) << 8) | bytes[header + 1];
    if (length < 4 || length > kMaxLength) {  // SW1 SW2 SW3 and the checksum at least
        parsed.kind = Parsed::Kind::Broken;
        parsed.consumed = header;
        return parsed;
    }
    const std::size_t end = header + 2 + length;
    if (bytes.size() < end) return parsed;
    std::uint8_t sum = 0;
    for (std::size_t i = header; i + 1 < end; ++i) sum ^= bytes[i];
    parsed.consumed = end;
    if (sum != bytes[end - 1]) {
        parsed.kind = Parsed::Kind::Broken;
        return parsed;
    }
    parsed.kind = Parsed::Kind::Frame;
    parsed.response.sw3 = bytes[header + 4];
    parsed.response.data.assign(bytes.begin() + static_cast<long>(header + 5),
                                bytes.begin() + static_cast<long>(end - 1));
    return parsed;
}

std::string statusText(std::uint8_t sw3) {
    switch (sw3) {
        case kDone: return "done";
        case kCardFound: return "card found";
        case kNoCard: return "no card on the reader";
        case kSelectFailed: return "the card could not be selected";
        case 0x10: return "the reader saw a checksum error";
        case 0x11: return "the reader saw a length error";
        case 0x21: return "the reader refused the command";
        case 0x31: return "the card did not accept the reader";
        case 0x32: return "the reader did not accept the card";
        case 0x33: return "the card's information did not verify";
        case 0x40: return "not a resident ID card";
        case 0x41: return "reading the card failed";
        case 0x60: return "the reader's self-test failed";
        case 0x66: return "the reader is not authorised";
        default: return "status " + std::to_string(sw3);
    }
}

char idCheckCharacter(const std::string& first17) {
    static constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr std::array<char, 11> kCheck{'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) sum += (first17[i] - '0') * kWeights[i];
    return kCheck[static_cast<std::size_t>(sum % 11)];
}

bool idNumberValid(const std::string& number) {
    if (number.size() != 18) return false;
    for (std::size_t i = 0; i < 17; ++i) {
        if (number[i] < '0' || number[i] > '9') return false;
    }
    return idCheckCharacter(number.substr(0, 17)) == number[17];
}

std::optional<CardFace> readCardFace(const Bytes& text, std::string* problem) {
    auto fail = [&](const char* why) -> std::optional<CardFace> {
        if (problem) *problem = why;
        return std::nullopt;
    };
    if (text.size() != kTextBytes) return fail("the text block is not 256 bytes");
    // Characters: name 15, sex 1, nation 2, birth 8, address 35, number 18, authority 15, valid
    // from 8, valid until 8, reserved 18 (GA 467's layout).
    const std::u32string name = field(text, 0, 15);
    const std::u32string sex = field(text, 15, 1);
    const std::u32string nation = field(text, 16, 2);
    const std::u32string birth = field(text, 18, 8);
    const std::u32string address = field(text, 26, 35);
    const std::u32string number = field(text, 61, 18);
    const std::u32string authority = field(text, 79, 15);
    const std::u32string from = field(text, 94, 8);
    const std::u32string until = field(text, 102, 8);
    CardFace face;
    face.name = utf8(name);
    face.address = utf8(address);
    face.authority = utf8(authority);
    face.idNumber = utf8(number);
    if (!isTextLine(face.name, 15)) return fail("the name is not text");
    if (!address.empty() && !isTextLine(face.address, 35)) return fail("the address is not text");
    if (!authority.empty() && !isTextLine(face.authority, 15)) return fail("the authority is not text");
    if (sex != U"1" && sex != U"2") return fail("the sex code is not 1 or 2");
    face.sex = sex == U"1" ? "男" : "女";
    if (!allDigits(nation, 2)) return fail("the nation code is not two digits");
    face.nationCode = utf8(nation);
    if (!isDate(birth)) return fail("the birth date is not a date");
    face.birthDate = utf8(birth);
    if (!idNumberValid(face.idNumber)) return fail("the ID number's check digit is wrong");
    if (face.idNumber.substr(6, 8) != face.birthDate) return fail("the ID number's birth date is not the card's");
    if (!isDate(from)) return fail("the start of validity is not a date");
    face.validFrom = utf8(from);
    if (until != U"长期" && !isDate(until)) return fail("the end of validity is not a date");
    face.validUntil = utf8(until);
    return face;
}

void forgetFace(CardFace& face) {
    for (std::string* field : {&face.name, &face.sex, &face.nationCode, &face.birthDate, &face.address, &face.idNumber,
                               &face.authority, &face.validFrom, &face.validUntil}) {
        forget(*field);
    }
}

}  // namespace kiosk::core::idcard
