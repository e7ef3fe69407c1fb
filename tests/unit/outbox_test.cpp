// The outbox contract: durable, never duplicated, personal fields erased on acknowledgement,
// tracking by code + secret without revealing whether a code exists.
#include "storage/outbox.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "core/tracking_code.h"

namespace kiosk::storage {
namespace {

class OutboxTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            std::filesystem::temp_directory_path() / ("kiosk-outbox-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / "outbox.db").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    static std::function<std::uint64_t()> seeded(std::uint64_t seed) {
        auto engine = std::make_shared<std::mt19937_64>(seed);
        return [engine] { return (*engine)(); };
    }

    std::filesystem::path dir_;
    std::string path_;
};

NewCase complaint(const std::string& phone = "13800138000") {
    NewCase c;
    c.draft.kind = core::CaseKind::Complaint;
    c.draft.categoryCode = "env";
    c.draft.communityId = "xingfuli";
    c.draft.place = "社区广场";
    c.draft.description = "垃圾好几天没人清运";
    if (phone.empty()) {
        c.draft.contact = core::ContactChoice::Anonymous;
    } else {
        c.draft.contact = core::ContactChoice::Phone;
        c.draft.phoneDigits = phone;
    }
    c.createdAt = "2026-11-22T10:15:00+08:00";
    return c;
}

TEST_F(OutboxTest, ASubmittedCaseIsPendingWithEveryAnswerAndACheckedTrackingCode) {
    Outbox outbox(path_);
    NewCase c = complaint();
    c.draft.photos = {"/photos/a.jpg"};
    const Receipt r = outbox.submit(c);
    EXPECT_TRUE(core::isWellFormedTrackingCode(r.trackingCode)) << r.trackingCode;
    EXPECT_EQ(r.pin, "") << "a resident with a phone is tracked by its last 4 digits";
    const auto stored = outbox.find(r.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, CaseState::Pending);
    EXPECT_EQ(stored->trackingCode, r.trackingCode);
    EXPECT_EQ(stored->kind, "complaint");
    EXPECT_EQ(stored->categoryCode, "env");
    EXPECT_EQ(stored->place, "社区广场");
    EXPECT_EQ(stored->description, "垃圾好几天没人清运");
    EXPECT_EQ(stored->photos, (std::vector<std::string>{"/photos/a.jpg"}));
    EXPECT_EQ(stored->phone, "13800138000");
    EXPECT_EQ(stored->idempotencyKey.size(), 32u);
    EXPECT_EQ(outbox.depth(), 1u);
}

TEST_F(OutboxTest, ItSurvivesReopeningAndEveryCaseHasItsOwnCodeAndKey) {
    std::set<std::string> codes;
    std::set<std::string> keys;
    {
        Outbox outbox(path_);
        for (int i = 0; i < 50; ++i) codes.insert(outbox.submit(complaint()).trackingCode);
    }
    Outbox reopened(path_);
    EXPECT_EQ(reopened.depth(), 50u);
    for (const auto& c : reopened.pending(100)) {
        EXPECT_EQ(codes.count(c.trackingCode), 1u);
        keys.insert(c.idempotencyKey);
    }
    EXPECT_EQ(codes.size(), 50u);
    EXPECT_EQ(keys.size(), 50u);
    EXPECT_TRUE(reopened.integrityOk());
}

TEST_F(OutboxTest, AnswersToTheCategorysQuestionsAreKeptAndOldOutboxesGainTheColumn) {
    NewCase c = complaint();
    c.draft.categoryCode = "consumer";
    c.draft.answers = {{"where_bought", {"shop"}}, {"problems", {"expired", "refund"}}};
    std::int64_t waiting = 0;
    {
        Outbox outbox(path_);
        const Receipt r = outbox.submit(c);
        EXPECT_EQ(outbox.find(r.id)->answers, c.draft.answers);
        waiting = outbox.submit(complaint()).id;
    }
    // An outbox made before questions existed: its cases wait without the column.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE cases DROP COLUMN answers", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    Outbox upgraded(path_);
    EXPECT_EQ(upgraded.depth(), 2u) << "nothing waiting is lost";
    EXPECT_TRUE(upgraded.find(waiting)->answers.empty());
    const Receipt after = upgraded.submit(c);
    EXPECT_EQ(upgraded.find(after.id)->answers, c.draft.answers);
}

TEST_F(OutboxTest, ABrokenRandomSourceFailsLoudlyRatherThanReusingACode) {
    // A source stuck on one value gives the same code (and key) every time: the second case must
    // be refused as a whole, never stored under the first one's code.
    Outbox outbox(path_, [] { return std::uint64_t{7}; });
    const Receipt first = outbox.submit(complaint());
    EXPECT_THROW(outbox.submit(complaint()), StorageError);
    EXPECT_EQ(outbox.depth(), 1u);
    EXPECT_EQ(outbox.pending()[0].trackingCode, first.trackingCode);
    EXPECT_TRUE(outbox.integrityOk());
}

TEST_F(OutboxTest, PendingIsOldestFirstAndLeavesAcknowledgedCasesOut) {
    Outbox outbox(path_);
    const Receipt a = outbox.submit(complaint());
    const Receipt b = outbox.submit(complaint());
    const Receipt c = outbox.submit(complaint());
    outbox.markUploaded(b.id, "sr-2", "2026-11-22T10:20:00+08:00");
    const auto pending = outbox.pending();
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[0].id, a.id);
    EXPECT_EQ(pending[1].id, c.id);
    EXPECT_EQ(outbox.depth(), 2u);
}

TEST_F(OutboxTest, PhotoFilesListsThePhotosOfCasesNotYetAcknowledged) {
    Outbox outbox(path_);
    NewCase first = complaint();
    first.draft.photos = {(dir_ / "a.jpg").string(), (dir_ / "b.jpg").string()};
    const Receipt a = outbox.submit(first);
    outbox.submit(complaint());  // no photos
    NewCase third = complaint();
    third.draft.photos = {(dir_ / "c.jpg").string()};
    outbox.submit(third);
    std::vector<std::string> files = outbox.photoFiles();
    std::sort(files.begin(), files.end());
    EXPECT_EQ(files, (std::vector<std::string>{(dir_ / "a.jpg").string(), (dir_ / "b.jpg").string(),
                                               (dir_ / "c.jpg").string()}));
    outbox.markUploaded(a.id, "sr-1", "2026-11-22T10:20:00+08:00");
    EXPECT_EQ(outbox.photoFiles(), (std::vector<std::string>{(dir_ / "c.jpg").string()}));
}

TEST_F(OutboxTest, AcknowledgementErasesPersonalFieldsAndPhotoFiles) {
    Outbox outbox(path_);
    const std::string photo = (dir_ / "case-1.jpg").string();
    std::ofstream(photo) << "jpeg";
    NewCase c = complaint();
    c.draft.photos = {photo};
    const Receipt r = outbox.submit(c);
    outbox.markUploaded(r.id, "sr-1", "2026-11-22T10:20:00+08:00");
    const auto stored = outbox.find(r.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, CaseState::Uploaded);
    EXPECT_EQ(stored->serviceRequestId, "sr-1");
    EXPECT_EQ(stored->phone, "");
    EXPECT_EQ(stored->description, "");
    EXPECT_TRUE(stored->photos.empty());
    EXPECT_FALSE(std::filesystem::exists(photo));
    EXPECT_EQ(stored->place, "社区广场") << "what is not personal stays for tracking and duplicates";

    // Nothing of the phone number is left anywhere in the file (WAL checkpointed by close).
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::ifstream file(path_, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.find("13800138000"), std::string::npos);
    EXPECT_EQ(bytes.find("垃圾好几天没人清运"), std::string::npos);
}

TEST_F(OutboxTest, TrackingNeedsTheCodeAndTheLastFourDigitsAndSaysNothingElse) {
    Outbox outbox(path_);
    const Receipt r = outbox.submit(complaint("13912345678"));
    ASSERT_TRUE(outbox.track(r.trackingCode, "5678").has_value());
    EXPECT_FALSE(outbox.track(r.trackingCode, "1234").has_value());
    EXPECT_FALSE(outbox.track(r.trackingCode, "").has_value());
    std::string otherCode = core::makeTrackingCode(12345);
    if (otherCode == r.trackingCode) otherCode = core::makeTrackingCode(54321);
    EXPECT_FALSE(outbox.track(otherCode, "5678").has_value()) << "an unknown code looks like a wrong secret";
    EXPECT_FALSE(outbox.track("12345", "5678").has_value());
    // Still trackable after the phone number itself is erased.
    outbox.markUploaded(r.id, "sr-9", "2026-11-22T11:00:00+08:00");
    EXPECT_TRUE(outbox.track(r.trackingCode, "5678").has_value());
}

TEST_F(OutboxTest, AnAnonymousCaseGetsAPinThatIsNeverStoredInPlain) {
    Outbox outbox(path_);
    const Receipt r = outbox.submit(complaint(""));
    ASSERT_EQ(r.pin.size(), 4u);
    const auto stored = outbox.find(r.id);
    EXPECT_TRUE(stored->anonymous);
    EXPECT_EQ(stored->phone, "");
    EXPECT_TRUE(outbox.track(r.trackingCode, r.pin).has_value());
    const std::string wrong = r.pin == "0000" ? "1111" : "0000";
    EXPECT_FALSE(outbox.track(r.trackingCode, wrong).has_value());
}

TEST_F(OutboxTest, TheTimelineKeepsEveryUpdateInOrder) {
    Outbox outbox(path_);
    const Receipt r = outbox.submit(complaint());
    outbox.markUploaded(r.id, "sr-1", "2026-11-22T10:20:00+08:00");
    outbox.addUpdate(r.id, {CaseState::Accepted, "2026-11-22T14:00:00+08:00", "幸福里社区居委会", "已受理"});
    outbox.addUpdate(r.id, {CaseState::Closed, "2026-11-24T09:00:00+08:00", "街道城管科", "垃圾已清运。"});
    const auto tracked = outbox.track(r.trackingCode, "8000");
    ASSERT_TRUE(tracked.has_value());
    EXPECT_EQ(tracked->summary.state, CaseState::Closed);
    ASSERT_EQ(tracked->timeline.size(), 3u);
    EXPECT_EQ(tracked->timeline[0].state, CaseState::Uploaded);
    EXPECT_EQ(tracked->timeline[2].department, "街道城管科");
    EXPECT_EQ(tracked->timeline[2].note, "垃圾已清运。");
}

// Found by the attacker's review: a platform sending 50 new updates a poll grew remote_updates by
// 250 rows in 25 s. A case keeps at most kMaxUpdatesPerCase of them.
TEST_F(OutboxTest, APlatformSendingUpdatesWithoutEndFillsNothing) {
    Outbox outbox(path_);
    const Receipt r = outbox.submit(complaint());
    outbox.markUploaded(r.id, "sr-1", "2026-11-22T10:20:00+08:00");
    int added = 0;
    for (int round = 0; round < 3; ++round) {
        std::vector<std::pair<std::string, CaseUpdate>> updates;
        updates.reserve(60);
        for (int i = 0; i < 60; ++i) {
            updates.push_back({"u" + std::to_string(round * 60 + i),
                               {CaseState::InProgress, "2026-11-22T14:00:00+08:00", "居委会", "处理中"}});
        }
        added += outbox.applyRemoteUpdates(r.id, updates);
    }
    EXPECT_EQ(added, kMaxUpdatesPerCase);
    EXPECT_EQ(outbox.track(r.trackingCode, "8000")->timeline.size(), static_cast<std::size_t>(kMaxUpdatesPerCase) + 1);
}

TEST_F(OutboxTest, ARefusedCaseNeedsAttentionAndLeavesTheQueue) {
    Outbox outbox(path_);
    const Receipt a = outbox.submit(complaint());
    const Receipt b = outbox.submit(complaint());
    outbox.markNeedsAttention(a.id, "400: service_code unknown", "2026-11-22T10:20:00+08:00");
    const auto pending = outbox.pending();
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].id, b.id);
    EXPECT_EQ(outbox.find(a.id)->state, CaseState::NeedsAttention);
    EXPECT_EQ(outbox.find(a.id)->phone, "13800138000") << "kept until an operator resolves it";
}

TEST_F(OutboxTest, SimilarOpenCasesAreThoseAtTheSamePlaceAndCategory) {
    Outbox outbox(path_);
    const Receipt same = outbox.submit(complaint());
    NewCase elsewhere = complaint();
    elsewhere.draft.place = "1号楼";
    outbox.submit(elsewhere);
    NewCase otherCategory = complaint();
    otherCategory.draft.categoryCode = "traffic";
    outbox.submit(otherCategory);
    const Receipt closed = outbox.submit(complaint());
    outbox.addUpdate(closed.id, {CaseState::Closed, "2026-11-23T09:00:00+08:00", "", ""});
    const auto similar = outbox.similarOpenCases("xingfuli", "社区广场", "env");
    ASSERT_EQ(similar.size(), 1u);
    EXPECT_EQ(similar[0].trackingCode, same.trackingCode);
}

TEST_F(OutboxTest, JoinsAreCountedPerCaseAndSurviveReopening) {
    std::string code;
    {
        Outbox outbox(path_);
        code = outbox.submit(complaint()).trackingCode;
        outbox.recordJoin(code, "2026-11-22T11:00:00+08:00");
        outbox.recordJoin(code, "2026-11-22T12:00:00+08:00");
    }
    Outbox reopened(path_);
    EXPECT_EQ(reopened.joinCount(code), 2);
    EXPECT_EQ(reopened.joinCount("1234567890"), 0);
    EXPECT_EQ(reopened.depth(), 1u) << "a join is not a case";
}

TEST_F(OutboxTest, TheNewestRatingOfACaseCounts) {
    Outbox outbox(path_);
    const std::string code = outbox.submit(complaint()).trackingCode;
    EXPECT_FALSE(outbox.ratingOf(code).has_value());
    outbox.recordRating(code, "unsatisfied", "太慢", "2026-11-25T10:00:00+08:00");
    outbox.recordRating(code, "basically_satisfied", "", "2026-11-25T10:01:00+08:00");
    EXPECT_EQ(outbox.ratingOf(code), "basically_satisfied");
}

TEST_F(OutboxTest, AnIncompleteContactIsRefused) {
    Outbox outbox(path_);
    EXPECT_THROW(outbox.submit(complaint("138")), std::invalid_argument);
    EXPECT_EQ(outbox.depth(), 0u);
}

TEST_F(OutboxTest, AFullDiskFailsLoudlyAndLeavesEarlierCasesIntact) {
    Outbox outbox(path_);
    const Receipt first = outbox.submit(complaint());
    outbox.capFileSizeForTest(outbox.pageCount());  // the next page it needs is not there
    NewCase big = complaint();
    big.draft.description = std::string(64 * 1024, 'x');
    EXPECT_THROW(outbox.submit(big), StorageError);
    EXPECT_EQ(outbox.depth(), 1u);
    EXPECT_TRUE(outbox.find(first.id).has_value());
    EXPECT_TRUE(outbox.integrityOk());
}

}  // namespace
}  // namespace kiosk::storage
