// The ID card reader's protocol, from the protocol description's own sample frames and GB 11643's
// sample identity number — not from what the kiosk's code makes.
#include <gtest/gtest.h>

#include "core/id_card_protocol.h"
#include "support/simulated_id_reader.h"

namespace kiosk {
namespace {

namespace idcard = core::idcard;

idcard::Bytes hex(std::initializer_list<int> bytes) {
    idcard::Bytes out;
    for (int b : bytes) out.push_back(static_cast<std::uint8_t>(b));
    return out;
}

TEST(IdCardProtocol, CommandFramesAreThePublishedOnes) {
    EXPECT_EQ(idcard::commandFrame(idcard::Command::FindCard),
              hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22}));
    EXPECT_EQ(idcard::commandFrame(idcard::Command::SelectCard),
              hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x02, 0x21}));
    EXPECT_EQ(idcard::commandFrame(idcard::Command::ReadBaseInfo),
              hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x30, 0x01, 0x32}));
}

TEST(IdCardProtocol, ThePublishedAnswersRead) {
    // Find: card found (9F) with its four bytes.
    const auto found = idcard::parseResponse(
        hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x08, 0x00, 0x00, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x97}));
    ASSERT_EQ(found.kind, idcard::Parsed::Kind::Frame);
    EXPECT_EQ(found.response.sw3, idcard::kCardFound);
    EXPECT_EQ(found.response.data.size(), 4u);
    EXPECT_EQ(found.consumed, 15u);
    // Select: done (90) with eight bytes.
    const auto selected = idcard::parseResponse(hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x0C, 0x00, 0x00, 0x90, 0x00,
                                                     0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x9C}));
    ASSERT_EQ(selected.kind, idcard::Parsed::Kind::Frame);
    EXPECT_EQ(selected.response.sw3, idcard::kDone);
    // Reading failed (41).
    const auto failed = idcard::parseResponse(hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x41, 0x45}));
    ASSERT_EQ(failed.kind, idcard::Parsed::Kind::Frame);
    EXPECT_EQ(failed.response.sw3, 0x41);
    EXPECT_EQ(idcard::statusText(0x41), "reading the card failed");
}

TEST(IdCardProtocol, HalfFramesNoiseBadChecksumsAndAbsurdLengths) {
    const idcard::Bytes whole{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x80, 0x84};
    // Half a frame: wait for more, drop nothing of it.
    for (std::size_t cut = 1; cut < whole.size(); ++cut) {
        const auto half = idcard::parseResponse(idcard::Bytes(whole.begin(), whole.begin() + static_cast<long>(cut)));
        EXPECT_EQ(half.kind, idcard::Parsed::Kind::Incomplete) << cut;
        EXPECT_EQ(half.consumed, 0u) << cut;
    }
    // Noise before it is skipped.
    const idcard::Bytes noisy =
        hex({0x13, 0x37, 0xAA, 0x00, 0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x80, 0x84});
    const auto afterNoise = idcard::parseResponse(noisy);
    ASSERT_EQ(afterNoise.kind, idcard::Parsed::Kind::Frame);
    EXPECT_EQ(afterNoise.response.sw3, idcard::kNoCard);
    EXPECT_EQ(afterNoise.consumed, noisy.size());
    // A wrong checksum is a broken frame, dropped whole.
    idcard::Bytes bad = whole;
    bad.back() ^= 0x01;
    const auto broken = idcard::parseResponse(bad);
    EXPECT_EQ(broken.kind, idcard::Parsed::Kind::Broken);
    EXPECT_EQ(broken.consumed, bad.size());
    // A length of 65535 is no frame to wait for; neither is one too short for the status bytes.
    EXPECT_EQ(idcard::parseResponse(hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0xFF, 0xFF, 0x00})).kind,
              idcard::Parsed::Kind::Broken);
    EXPECT_EQ(idcard::parseResponse(hex({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x01, 0x00})).kind,
              idcard::Parsed::Kind::Broken);
    // Noise alone: keep only what may start a preamble.
    const auto onlyNoise = idcard::parseResponse(hex({0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xAA}));
    EXPECT_EQ(onlyNoise.kind, idcard::Parsed::Kind::Incomplete);
    EXPECT_EQ(onlyNoise.consumed, 3u);
}

// GB 11643-1999's sample: 11010519491231002X.
TEST(IdCardProtocol, TheCheckCharacterOfGb11643) {
    EXPECT_EQ(idcard::idCheckCharacter("11010519491231002"), 'X');
    EXPECT_TRUE(idcard::idNumberValid("11010519491231002X"));
    EXPECT_FALSE(idcard::idNumberValid("110105194912310021"));
    EXPECT_FALSE(idcard::idNumberValid("11010519491231002x"));
    EXPECT_FALSE(idcard::idNumberValid("1101051949123100"));
    EXPECT_FALSE(idcard::idNumberValid("1101051949A231002X"));
}

TEST(IdCardProtocol, ACardsFaceIsReadAndChecked) {
    testing::TestCard card;
    card.idNumber = "11010519491231002X";
    card.birth = "19491231";
    std::string problem;
    const auto face = idcard::readCardFace(testing::SimulatedIdReader::textOf(card), &problem);
    ASSERT_TRUE(face) << problem;
    EXPECT_EQ(face->name, "王德华");
    EXPECT_EQ(face->sex, "男");
    EXPECT_EQ(face->birthDate, "19491231");
    EXPECT_EQ(face->idNumber, "11010519491231002X");
    EXPECT_EQ(face->address, "幸福里社区3号楼2单元501室");
    EXPECT_EQ(face->validUntil, "长期");
    // Each wrong field is named, its value never.
    auto problemWith = [&](const testing::TestCard& wrong) {
        std::string why;
        EXPECT_FALSE(idcard::readCardFace(testing::SimulatedIdReader::textOf(wrong), &why));
        EXPECT_EQ(why.find(wrong.idNumber), std::string::npos);
        return why;
    };
    testing::TestCard c = card;
    c.idNumber = "110105194912310021";
    EXPECT_EQ(problemWith(c), "the ID number's check digit is wrong");
    c = card;
    c.birth = "19490231";
    EXPECT_EQ(problemWith(c), "the birth date is not a date");
    c = card;
    c.birth = "19500101";
    EXPECT_EQ(problemWith(c), "the ID number's birth date is not the card's");
    c = card;
    c.name = u"王\u202E德华";
    EXPECT_EQ(problemWith(c), "the name is not text");
    c = card;
    c.sex = '7';
    EXPECT_EQ(problemWith(c), "the sex code is not 1 or 2");
    c = card;
    c.validUntil = u"永远";
    EXPECT_EQ(problemWith(c), "the end of validity is not a date");
    EXPECT_FALSE(idcard::readCardFace(idcard::Bytes(100, 0x20), &problem));
}

}  // namespace
}  // namespace kiosk
