// The ID card reader's link against the tests' own reader (support/simulated_id_reader: a
// pseudo-terminal speaking the SAM protocol): a card placed, taken away, two cards in a row,
// broken answers, noise, a reader that stops answering, and one unplugged and plugged back.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "platform/id_card_reader_link.h"
#include "support/simulated_id_reader.h"

namespace kiosk {
namespace {

using Outcome = platform::IdCardPoll::Outcome;
using testing::SimulatedIdReader;
using testing::TestCard;

class IdCardReader : public ::testing::Test {
protected:
    std::filesystem::path path_ =
        std::filesystem::temp_directory_path() / ("kiosk-id-reader-" + std::to_string(::getpid()) + "-" +
                                                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
    SimulatedIdReader reader_{path_.string()};
    platform::IdCardReaderLink link_{{path_.string(), 115200, std::chrono::milliseconds(400)}};
};

TEST_F(IdCardReader, NoCardThenACardThenItsTakenAway) {
    EXPECT_EQ(link_.poll().outcome, Outcome::NoCard);
    reader_.placeCard(TestCard{});
    const auto read = link_.poll();
    ASSERT_EQ(read.outcome, Outcome::Card) << read.problem;
    EXPECT_EQ(read.face->name, "王德华");
    EXPECT_EQ(read.face->idNumber, "110101194503120019");
    reader_.removeCard();
    EXPECT_EQ(link_.poll().outcome, Outcome::NoCard);
}

TEST_F(IdCardReader, TwoCardsInARowAreTwoPeople) {
    reader_.placeCard(TestCard{});
    ASSERT_EQ(link_.poll().face->name, "王德华");
    reader_.removeCard();
    TestCard second;
    second.name = u"李秀英";
    second.sex = '2';
    second.birth = "19491231";
    second.idNumber = "11010519491231002X";
    reader_.placeCard(second);
    const auto read = link_.poll();
    ASSERT_EQ(read.outcome, Outcome::Card) << read.problem;
    EXPECT_EQ(read.face->name, "李秀英");
    EXPECT_EQ(read.face->sex, "女");
}

TEST_F(IdCardReader, ACardWhoseNumberDoesNotCheckOutIsABadCardNamedWithoutItsValue) {
    TestCard forged;
    forged.idNumber = "110101194503120018";
    reader_.placeCard(forged);
    const auto read = link_.poll();
    EXPECT_EQ(read.outcome, Outcome::BadCard);
    EXPECT_FALSE(read.face);
    EXPECT_NE(read.problem.find("check digit"), std::string::npos) << read.problem;
    EXPECT_EQ(read.problem.find("110101194503120018"), std::string::npos);
}

TEST_F(IdCardReader, BrokenChecksumsAndNoiseAreFaultsAndTheNextPollRecovers) {
    reader_.placeCard(TestCard{});
    for (auto how : {SimulatedIdReader::Answer::BrokenChecksum, SimulatedIdReader::Answer::Noise}) {
        reader_.answer(how);
        const auto read = link_.poll();
        EXPECT_EQ(read.outcome, Outcome::Fault);
        EXPECT_FALSE(read.face);
        EXPECT_FALSE(read.problem.empty());
    }
    reader_.answer(SimulatedIdReader::Answer::Normally);
    EXPECT_EQ(link_.poll().outcome, Outcome::Card);
}

TEST_F(IdCardReader, ASilentReaderIsAFaultWithinItsDeadline) {
    reader_.answer(SimulatedIdReader::Answer::Silent);
    const auto start = std::chrono::steady_clock::now();
    const auto read = link_.poll();
    EXPECT_EQ(read.outcome, Outcome::Fault);
    EXPECT_EQ(read.problem, "the reader did not answer");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST_F(IdCardReader, AReaderUnpluggedAndPluggedBackIsFoundAgain) {
    reader_.placeCard(TestCard{});
    ASSERT_EQ(link_.poll().outcome, Outcome::Card);
    reader_.unplug();
    const auto gone = link_.poll();
    EXPECT_EQ(gone.outcome, Outcome::Fault);
    EXPECT_EQ(link_.poll().outcome, Outcome::Fault) << "still away";
    reader_.plugIn();
    const auto back = link_.poll();
    EXPECT_EQ(back.outcome, Outcome::Card) << back.problem;
}

}  // namespace
}  // namespace kiosk
