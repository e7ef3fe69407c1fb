// The sync worker against the reference server over real TLS on 127.0.0.1, and against small
// misbehaving servers on loopback: cases arrive exactly once, refusals need an operator without
// blocking the queue, faults are retried with backoff, and the platform's updates come back.
#include "net/sync_engine.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "ref_server.h"
#include "support/platform_fixture.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

storage::NewCase complaint(const std::string& category = "env") {
    storage::NewCase c;
    c.draft.kind = core::CaseKind::Complaint;
    c.draft.categoryCode = category;
    c.draft.communityId = "xingfuli";
    c.draft.place = "社区广场";
    c.draft.description = "广场东侧垃圾桶好几天没人清运";
    c.draft.contact = core::ContactChoice::Phone;
    c.draft.phoneDigits = "13800138000";
    c.createdAt = "2026-11-22T10:15:00+08:00";
    return c;
}

class SyncEngineTest : public testing::PlatformTest {
protected:
    void SetUp() override {
        PlatformTest::SetUp();
        outboxPath_ = (dir_ / "outbox.db").string();
        outbox_ = std::make_unique<storage::Outbox>(outboxPath_);
    }
    void TearDown() override {
        engine_.reset();
        PlatformTest::TearDown();
    }
    void startServer(int port = 0) {
        server::RefServerOptions options = platformOptions({"device-token"});
        options.port = port;
        options.specOnly = specOnly_;
        startPlatform(options);
    }
    void startEngine(const std::string& baseUrl, const std::string& token = "device-token") {
        net::SyncSettings s;
        s.baseUrl = baseUrl;
        s.deviceToken = token;
        s.deviceId = "kiosk-test-1";
        s.format = format_;
        s.tls.caPath = pki_->caPath();
        s.intervalSeconds = 0.05;
        s.outboxPath = outboxPath_;
        s.backoff = {0.05, 0.2, 0.01};  // fast, for tests
        s.hallLocation = core::GeoPoint{31.2304, 121.4737};
        s.addressOf = [](const storage::OutboxCase& c) { return "幸福里社区 · " + c.place; };
        s.nowText = [] { return std::string("2026-11-22T10:16:00+08:00"); };
        s.countersJson = [] {
            return std::string(R"({"date":"2026-11-22","visits":31,"visits_by_screen":{"payouts":12},)"
                               R"("cases_by_category":{"env":4}})");
        };
        engine_ = std::make_unique<net::SyncEngine>(s);
        engine_->start();
    }

    std::string outboxPath_;
    std::unique_ptr<storage::Outbox> outbox_;
    std::unique_ptr<net::SyncEngine> engine_;
    net::WireFormat format_ = net::WireFormat::Json;
    bool specOnly_ = false;  // refserver as a strict GeoReport v2 server (docs/api.md "Spec-only mode")
};

TEST_F(SyncEngineTest, CasesArriveOnceAndThePlatformsUpdatesComeBack) {
    const storage::Receipt first = outbox_->submit(complaint());
    const storage::Receipt second = outbox_->submit(complaint("traffic"));
    startServer();
    startEngine(server_->baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }));
    EXPECT_EQ(server_->caseCount(), 2u);
    const auto stored = outbox_->find(first.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, storage::CaseState::Uploaded);
    EXPECT_TRUE(stored->phone.empty() && stored->description.empty()) << "personal fields erased once acknowledged";
    const auto arrived = server_->filedCase(stored->serviceRequestId);
    ASSERT_TRUE(arrived.has_value());
    EXPECT_EQ(arrived->trackingCode, first.trackingCode);
    EXPECT_EQ(arrived->address, "幸福里社区 · 社区广场");
    EXPECT_EQ(arrived->phone, "13800138000");
    EXPECT_EQ(arrived->description, "广场东侧垃圾桶好几天没人清运");
    EXPECT_TRUE(engine_->status().online);
    // The platform moves the case on; the kiosk's timeline follows, each update once.
    server_->progressAll();
    server_->progressAll();
    ASSERT_TRUE(testing::eventually([&] {
        const auto t = outbox_->track(first.trackingCode, "8000");
        return t && t->summary.state == storage::CaseState::InProgress;
    }));
    std::this_thread::sleep_for(200ms);  // more rounds: nothing is added twice
    const auto tracked = outbox_->track(first.trackingCode, "8000");
    ASSERT_TRUE(tracked.has_value());
    int accepted = 0;
    for (const auto& u : tracked->timeline) accepted += u.state == storage::CaseState::Accepted ? 1 : 0;
    EXPECT_EQ(accepted, 1);
    EXPECT_EQ(tracked->timeline.back().department, "幸福里社区居委会");
    EXPECT_EQ(server_->caseCount(), 2u);
    const auto secondStored = outbox_->find(second.id);
    EXPECT_FALSE(secondStored->serviceRequestId.empty());
    EXPECT_NE(secondStored->serviceRequestId, stored->serviceRequestId);
}

// platform.format = "xml": the Open311 calls go to the .xml endpoints, as widely used clients speak.
TEST_F(SyncEngineTest, InXmlACaseArrivesARefusalIsReadAndUpdatesComeBack) {
    format_ = net::WireFormat::Xml;
    const storage::Receipt good = outbox_->submit(complaint());
    const storage::Receipt refused = outbox_->submit(complaint("no_such_category"));
    startServer();
    startEngine(server_->baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }));
    EXPECT_EQ(server_->caseCount(), 1u);
    const auto stored = outbox_->find(good.id);
    ASSERT_FALSE(stored->serviceRequestId.empty());
    EXPECT_EQ(server_->filedCase(stored->serviceRequestId)->description, "广场东侧垃圾桶好几天没人清运");
    const auto refusedCase = outbox_->find(refused.id);
    EXPECT_EQ(refusedCase->state, storage::CaseState::NeedsAttention);
    const auto refusedTrack = outbox_->track(refused.trackingCode, "8000");
    ASSERT_TRUE(refusedTrack.has_value());
    const std::string reason = refusedTrack->timeline.back().note;
    // GeoReport v2: a service_code not found is 404; the kiosk judges the case by it only after the
    // server's own service list, read at the same address, lacks the service.
    EXPECT_EQ(reason.rfind("HTTP 404: ", 0), 0u) << reason;
    EXPECT_GT(reason.size(), std::string("HTTP 404: ").size()) << "the XML error's words are read";
    server_->progressAll();
    ASSERT_TRUE(testing::eventually([&] {
        const auto t = outbox_->track(good.trackingCode, "8000");
        return t && t->summary.state == storage::CaseState::Accepted;
    }));
    EXPECT_EQ(outbox_->track(good.trackingCode, "8000")->timeline.back().department, "幸福里社区居委会");
}

TEST_F(SyncEngineTest, APhotoGoesFirstAndArrivesIntact) {
    // A small real JPEG (SOI, APP0 "JFIF", EOI is enough for the server's check; the bytes are what matter).
    std::string jpeg = "\xFF\xD8\xFF\xE0";
    jpeg += std::string(3000, '\x5A');
    jpeg += "\xFF\xD9";
    const auto photo = dir_ / "photo-1.jpg";
    std::ofstream(photo, std::ios::binary).write(jpeg.data(), static_cast<std::streamsize>(jpeg.size()));
    storage::NewCase c = complaint();
    c.draft.photos = {photo.string(), (dir_ / "gone.jpg").string()};  // the second is missing on disk
    const storage::Receipt r = outbox_->submit(c);
    startServer();
    startEngine(server_->baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }));
    const auto arrived = server_->filedCase(outbox_->find(r.id)->serviceRequestId);
    ASSERT_TRUE(arrived.has_value());
    const std::string url = arrived->mediaUrl;
    ASSERT_EQ(url.rfind(server_->baseUrl().substr(0, server_->baseUrl().find("/open311")) + "/media/", 0), 0u) << url;
    const auto stored = dir_ / "server" / "media" / url.substr(url.rfind('/') + 1);
    std::ifstream in(stored, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes, jpeg) << "the photo arrives byte for byte";
    EXPECT_FALSE(std::filesystem::exists(photo)) << "acknowledged: the kiosk's copy is erased";
}

TEST_F(SyncEngineTest, ARefusedCaseNeedsAnOperatorAndTheQueueGoesOn) {
    const storage::Receipt refused = outbox_->submit(complaint("no_such_category"));
    const storage::Receipt good = outbox_->submit(complaint());
    startServer();
    startEngine(server_->baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }));
    EXPECT_EQ(server_->caseCount(), 1u);
    EXPECT_EQ(outbox_->find(good.id)->state, storage::CaseState::Uploaded);
    EXPECT_EQ(engine_->status().needsAttention, 1);
    EXPECT_EQ(outbox_->find(refused.id)->state, storage::CaseState::NeedsAttention);
    // Its phone and description stay: the platform never got them, an operator resolves it.
    EXPECT_EQ(outbox_->find(refused.id)->phone, "13800138000");
}

// Found by the attacker's review (issue 19): any 4xx but 408/429 marked a case "refused for good",
// so a mistyped or rotated token (403) or a wrong address (404) stranded every case filed
// meanwhile — never sent once the setup was mended, its phone number kept. Those are setup faults:
// the case waits.
TEST_F(SyncEngineTest, AWrongTokenOrAddressHoldsCasesUntilTheSetupIsMended) {
    const storage::Receipt r = outbox_->submit(complaint());
    startServer();
    startEngine(server_->baseUrl(), "rotated-token");
    ASSERT_TRUE(testing::eventually([&] { return engine_->status().lastError.find("403") != std::string::npos; }));
    engine_.reset();
    startEngine(server_->baseUrl().substr(0, server_->baseUrl().rfind('/')) + "/v3");  // 404
    ASSERT_TRUE(testing::eventually([&] { return engine_->status().lastError.find("404") != std::string::npos; }));
    engine_.reset();
    EXPECT_EQ(outbox_->find(r.id)->state, storage::CaseState::Pending);
    EXPECT_EQ(outbox_->needsAttentionCount(), 0u);
    startEngine(server_->baseUrl());  // mended
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }));
    EXPECT_EQ(outbox_->find(r.id)->state, storage::CaseState::Uploaded);
    EXPECT_EQ(server_->caseCount(), 1u);
}

TEST_F(SyncEngineTest, ADeadServerLosesNothingAndTheCaseGoesWhenItIsBack) {
    startServer();
    const int port = server_->port();
    const std::string url = server_->baseUrl();
    server_.reset();  // down
    const storage::Receipt r = outbox_->submit(complaint());
    startEngine(url);
    ASSERT_TRUE(testing::eventually([&] { return engine_->status().everTried; }));
    std::this_thread::sleep_for(150ms);
    EXPECT_FALSE(engine_->status().online);
    EXPECT_EQ(outbox_->depth(), 1u);
    startServer(port);  // back
    engine_->wake();
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }));
    EXPECT_EQ(server_->caseCount(), 1u);
    EXPECT_EQ(outbox_->find(r.id)->state, storage::CaseState::Uploaded);
}

TEST_F(SyncEngineTest, RatingsAndJoinsReachThePlatformOnce) {
    const storage::Receipt r = outbox_->submit(complaint());
    outbox_->recordRating(r.trackingCode, "unsatisfied", "too_slow", "2026-11-23T09:00:00+08:00");
    outbox_->recordJoin(r.trackingCode, "2026-11-23T09:05:00+08:00");
    outbox_->recordJoin(r.trackingCode, "2026-11-23T09:06:00+08:00");
    startServer();
    startEngine(server_->baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return engine_->status().eventsSent == 3; }));
    EXPECT_EQ(server_->ratingOf(r.trackingCode), "unsatisfied");
    EXPECT_EQ(server_->joinCount(r.trackingCode), 2);
    std::this_thread::sleep_for(200ms);  // more rounds send nothing again
    EXPECT_EQ(engine_->status().eventsSent, 3);
    EXPECT_TRUE(outbox_->unsentRatings().empty());
    EXPECT_TRUE(outbox_->unsentJoins().empty());
}

TEST_F(SyncEngineTest, HeartbeatsTellThePlatformHowTheKioskIsAndBringItsCommands) {
    outbox_->submit(complaint("no_such_category"));  // refused: needs attention
    startServer();
    const std::string syncNow = server_->queueCommand("kiosk-test-1", "sync_now");
    const std::string reload = server_->queueCommand("kiosk-test-1", "reload_config");
    startEngine(server_->baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return engine_->status().heartbeats >= 1; }));
    const auto body = server_->lastHeartbeat("kiosk-test-1");
    ASSERT_TRUE(body.has_value());
    const auto hb = nlohmann::json::parse(*body);
    EXPECT_EQ(hb["outbox_depth"], 0);
    EXPECT_EQ(hb["needs_attention"], 1);
    EXPECT_EQ(hb["last_sync"], "2026-11-22T10:16:00+08:00");
    EXPECT_EQ(hb["counters"]["date"], "2026-11-22");
    EXPECT_EQ(hb["counters"]["visits"], 31);
    EXPECT_EQ(hb["counters"]["visits_by_screen"]["payouts"], 12);
    EXPECT_EQ(hb["counters"]["cases_by_category"]["env"], 4);
    EXPECT_EQ(body->find("13800138000"), std::string::npos) << "no personal data in a heartbeat";
    // sync_now is the worker's own, answered done; reload_config waits for the app.
    const auto commands = engine_->status().commands;
    ASSERT_EQ(commands.size(), 1u);
    EXPECT_EQ(commands[0].id, reload);
    EXPECT_EQ(commands[0].name, core::RemoteCommandName::ReloadConfig);
    ASSERT_TRUE(testing::eventually([&] {
        const auto record = server_->commandRecord(syncNow);
        return record && nlohmann::json::parse(*record)["status"] == "done";
    }));
    EXPECT_EQ(nlohmann::json::parse(*server_->commandRecord(reload))["status"], "") << "not answered by the worker";
}

TEST_F(SyncEngineTest, WithNothingToSendItStillLearnsWhetherThePlatformIsThere) {
    startServer();
    startEngine(server_->baseUrl());
    EXPECT_TRUE(testing::eventually([&] { return engine_->status().online; }));
    server_.reset();
    engine_->wake();
    EXPECT_TRUE(testing::eventually([&] { return !engine_->status().online; }));
    EXPECT_EQ(engine_->status().lastError, "connection refused");
}

// A loopback server that answers the first POSTs with `statuses`, then files like a platform.
class ScriptedServer {
public:
    explicit ScriptedServer(std::vector<std::pair<int, std::string>> answers) : answers_(std::move(answers)) {
        http_.Post("/open311/v2/requests.json", [this](const httplib::Request& req, httplib::Response& res) {
            times_.push_back(std::chrono::steady_clock::now());
            keys_.push_back(req.get_header_value("Idempotency-Key"));
            const std::size_t i = calls_++;
            if (i < answers_.size()) {
                res.status = answers_[i].first;
                if (res.status == 429) res.set_header("Retry-After", "1");
                res.set_content(answers_[i].second, "application/json");
                return;
            }
            res.status = 201;
            res.set_content(R"([{"service_request_id":"SR-7"}])", "application/json");
        });
        port_ = http_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { http_.listen_after_bind(); });
        while (!http_.is_running()) std::this_thread::sleep_for(1ms);
    }
    ~ScriptedServer() {
        http_.stop();
        thread_.join();
    }
    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(port_) + "/open311/v2"; }
    std::vector<std::chrono::steady_clock::time_point> times_;
    std::vector<std::string> keys_;

private:
    std::vector<std::pair<int, std::string>> answers_;
    std::atomic<std::size_t> calls_{0};
    httplib::Server http_;
    std::thread thread_;
    int port_ = 0;
};

TEST_F(SyncEngineTest, BusyBrokenAndGarbledAnswersAreRetriedWithTheSameKey) {
    ScriptedServer scripted({{500, "oops"},
                             {201, "{not json"},
                             {201, R"([{"service_request_id":"\u0001\u0002"}])"},
                             {429, R"([{"code":429,"description":"slow down"}])"}});
    const storage::Receipt r = outbox_->submit(complaint());
    startEngine(scripted.baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }, 8000ms));
    EXPECT_EQ(outbox_->find(r.id)->serviceRequestId, "SR-7");
    ASSERT_EQ(scripted.keys_.size(), 5u);
    for (const auto& key : scripted.keys_) EXPECT_EQ(key, scripted.keys_.front()) << "one case, one key";
    // Retry-After: 1 was honoured after the 429.
    EXPECT_GE(std::chrono::duration<double>(scripted.times_[4] - scripted.times_[3]).count(), 0.95);
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// Against a strict GeoReport v2 server (a batch server: POST answers a token; no updates
// extension, no kiosk endpoints) the kiosk files and tracks a case to its end, in both formats:
// the token is kept (the receipt never waited for it), GET tokens/{token} brings the id, and
// GET requests/{id} tells the case's status. A case filed "at the hall" carries its lat/long.
class SpecOnlySyncTest : public SyncEngineTest, public ::testing::WithParamInterface<net::WireFormat> {};

TEST_P(SpecOnlySyncTest, ACaseIsFiledWithATokenGetsItsIdAndIsTrackedToItsEnd) {
    specOnly_ = true;
    format_ = GetParam();
    storage::NewCase atHall = complaint();
    atHall.draft.atHall = true;
    const storage::Receipt receipt = outbox_->submit(atHall);
    EXPECT_FALSE(receipt.trackingCode.empty()) << "the receipt is printed before any answer";
    startServer();
    startEngine(server_->baseUrl());
    ASSERT_TRUE(testing::eventually([&] { return outbox_->depth() == 0; }));
    auto stored = outbox_->find(receipt.id);
    EXPECT_EQ(stored->state, storage::CaseState::Uploaded);
    EXPECT_TRUE(stored->serviceRequestId.empty()) << "a token only, so far";
    EXPECT_EQ(server_->caseCount(), 1u);

    EXPECT_EQ(server_->assignTokens(), 1);
    ASSERT_TRUE(testing::eventually([&] { return !outbox_->find(receipt.id)->serviceRequestId.empty(); }));
    const std::string id = outbox_->find(receipt.id)->serviceRequestId;
    const auto filed = server_->filedCase(id);
    ASSERT_TRUE(filed.has_value());
    EXPECT_NEAR(std::stod(filed->lat), 31.2304, 1e-6);
    EXPECT_NEAR(std::stod(filed->lon), 121.4737, 1e-6);
    EXPECT_EQ(filed->address, "幸福里社区 · 社区广场");

    for (int i = 0; i < 3; ++i) server_->progressAll();  // 已受理 → 办理中 → 已办结
    ASSERT_TRUE(testing::eventually([&] {
        const auto tracked = outbox_->track(receipt.trackingCode, "8000");  // the phone's last 4 digits
        return tracked && tracked->summary.state == storage::CaseState::Closed;
    })) << "the case is followed by GET requests/{id} to its end";
    EXPECT_EQ(engine_->status().needsAttention, 0);
}

INSTANTIATE_TEST_SUITE_P(BothFormats, SpecOnlySyncTest, ::testing::Values(net::WireFormat::Json, net::WireFormat::Xml),
                         [](const auto& p) { return p.param == net::WireFormat::Xml ? "Xml" : "Json"; });

}  // namespace
}  // namespace kiosk
