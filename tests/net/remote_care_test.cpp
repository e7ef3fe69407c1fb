// Remote care (issue 25, docs/api.md "Remote care"), driven the way an operator and a platform
// admin meet it: a kiosk with no token shows its enrolment code on the operator panel; the admin
// confirms it over the platform's admin API (a plain HTTPS client of the test's own); the kiosk
// then syncs with the token it was issued. Re-enrolment revokes the old token. Commands queued by
// the admin are carried out between visits and answered.
#include <gtest/gtest.h>
#include <httplib.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "config/kiosk_config.h"
#include "features/remote_care/remote_care.h"
#include "ref_server.h"
#include "storage/pin_hash.h"
#include "support/eventually.h"
#include "support/headless_ui.h"
#include "support/platform_fixture.h"
#include "support/test_camera.h"
#include "support/virtual_printer.h"

namespace kiosk {
namespace {

using json = nlohmann::json;
using namespace std::chrono_literals;

const char* kOperatorPanel =
    "hold top-left 5\ntap staff.key.2\ntap staff.key.4\ntap staff.key.6\ntap staff.key.8\ntap staff.key.1\n"
    "tap staff.key.3\ntap staff.pin.ok\ntap staff.operator\nexpect screen operator_panel";

class RemoteCare : public testing::PlatformTest {
protected:
    server::RefServer& startFleetPlatform() {
        server::RefServerOptions options = platformOptions({"kiosk-secret"});
        options.adminToken = "admin-secret";
        return startPlatform(options);
    }

    std::unique_ptr<httplib::SSLClient> client(const std::string& token) const { return httpsClient(token); }

    // The kiosk's config: the platform and its CA, a staff PIN, and no device token.
    std::string kioskToml(const std::string& extra = "") const {
        return "[hall]\nname = \"河畔村便民服务站\"\n[platform]\nbase_url = \"" + server_->baseUrl() +
               "\"\nca_file = \"" + pki_->caPath() + "\"\nsync_interval_s = 5\n[staff]\npin_hash = \"" +
               storage::hashPin("246813", 20000) + "\"\n" + extra;
    }

    int confirmStatus(const std::string& code, const std::string& deviceId, bool replace = false) const {
        json body = {{"device_id", deviceId}};
        if (replace) body["replace"] = true;
        const auto res =
            client("admin-secret")->Post("/admin/enrolments/" + code + "/confirm", body.dump(), "application/json");
        return res ? res->status : 0;
    }
    bool confirm(const std::string& code, const std::string& deviceId, bool replace = false) const {
        return confirmStatus(code, deviceId, replace) == 200;
    }

    json commandRecord(const std::string& id) const {
        const auto res = client("admin-secret")->Get("/admin/commands/" + id);
        return res && res->status == 200 ? json::parse(res->body) : json::object();
    }
};

// Every log line while it lives (the kiosk's log must never hold its token).
class LogCapture {
public:
    LogCapture() { spdlog::default_logger()->sinks().push_back(ring_); }
    ~LogCapture() { std::erase(spdlog::default_logger()->sinks(), ring_); }
    std::vector<std::string> lines() const { return ring_->last_formatted(); }

private:
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> ring_ =
        std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(2000);
};

TEST_F(RemoteCare, ANewKioskShowsItsCodeTheAdminConfirmsItAndItSyncsWithTheTokenItWasIssued) {
    LogCapture log;
    server::RefServer& server = startFleetPlatform();
    testing::HeadlessOptions kiosk;
    kiosk.configText = kioskToml();
    testing::HeadlessUi ui(kiosk);
    ASSERT_EQ(ui.run(kOperatorPanel), "");
    ASSERT_TRUE(ui.framesUntil([&] { return server.enrolmentCodes().size() == 1; }));
    const std::string code = server.enrolmentCodes().front();
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText(code.substr(0, 4) + " " + code.substr(4)); }))
        << "the code, in two groups of four, on the operator panel";
    EXPECT_TRUE(ui.showsText("设备登记码"));
    EXPECT_TRUE(ui.showsText("（还没登记）"));
    ASSERT_FALSE(ui.app().registry().qrCodes().empty()) << "the code's QR beside it";
    EXPECT_NE(ui.app().registry().qrCodes().back().text.find(code), std::string::npos);
    // Waiting: the platform lists it with the hall's name; the kiosk has no token yet.
    const auto waiting = client("admin-secret")->Get("/admin/enrolments");
    ASSERT_TRUE(waiting);
    EXPECT_EQ(json::parse(waiting->body)["enrolments"][0]["hall"], "河畔村便民服务站");
    EXPECT_FALSE(ui.app().sync()->status().online);

    ASSERT_TRUE(confirm(code, "hall-river-1"));
    ASSERT_TRUE(ui.framesUntil([&] { return server.lastHeartbeat("hall-river-1").has_value(); }))
        << "the kiosk claimed its token and sent its heartbeat as hall-river-1";
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("已联网") && ui.showsText("hall-river-1"); }));
    EXPECT_FALSE(ui.showsText("设备登记码")) << "nothing left to confirm";
    EXPECT_TRUE(server.enrolmentCodes().empty()) << "a code is used once";
    const json beat = json::parse(*server.lastHeartbeat("hall-river-1"));
    EXPECT_EQ(beat["hall"]["name"], "河畔村便民服务站");

    // The token is kept in the data folder, readable by the kiosk's user alone, and never logged.
    struct stat st {};
    const std::string enrolment = ui.dataDir() + "/enrolment.json";
    ASSERT_EQ(::stat(enrolment.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    const json kept = json::parse(std::ifstream(enrolment));
    const std::string token = kept["device_token"];
    ASSERT_EQ(token.size(), 32u);
    for (const std::string& line : log.lines()) EXPECT_EQ(line.find(token), std::string::npos) << line;
    // A cheat: the device's token for another device's heartbeat is refused.
    const auto other = client(token)->Post(
        "/open311/v2/kiosk/heartbeat", R"({"device_id":"hall-7","uptime_s":1,"outbox_depth":0,"needs_attention":0})",
        "application/json");
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 403);
}

TEST_F(RemoteCare, ReEnrolmentRevokesTheOldTokenOnceTheNewOneIsClaimed) {
    server::RefServer& server = startFleetPlatform();
    testing::HeadlessOptions kiosk;
    kiosk.configText = kioskToml();
    testing::HeadlessUi ui(kiosk);
    ASSERT_TRUE(ui.framesUntil([&] { return server.enrolmentCodes().size() == 1; }));
    ASSERT_TRUE(confirm(server.enrolmentCodes().front(), "hall-river-2"));
    ASSERT_TRUE(ui.framesUntil([&] { return server.lastHeartbeat("hall-river-2").has_value(); }));
    const std::string oldToken = json::parse(std::ifstream(ui.dataDir() + "/enrolment.json"))["device_token"];

    ASSERT_EQ(ui.run(kOperatorPanel + std::string("\ntap operator.re_enrol")), "");
    ASSERT_TRUE(ui.framesUntil([&] { return server.enrolmentCodes().size() == 1; }));
    const std::string code = server.enrolmentCodes().front();
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText(code.substr(0, 4) + " " + code.substr(4)); }));
    const std::string ok = R"({"device_id":"hall-river-2","uptime_s":1,"outbox_depth":0,"needs_attention":0})";
    EXPECT_EQ(client(oldToken)->Post("/open311/v2/kiosk/heartbeat", ok, "application/json")->status, 200)
        << "the old token works until the new one is claimed";

    EXPECT_EQ(confirmStatus(code, "hall-river-2"), 409) << "a device enrolled already is replaced only when said so";
    ASSERT_TRUE(confirm(code, "hall-river-2", true));
    ASSERT_TRUE(ui.framesUntil(
        [&] { return json::parse(std::ifstream(ui.dataDir() + "/enrolment.json"))["device_token"] != oldToken; }));
    EXPECT_EQ(client(oldToken)->Post("/open311/v2/kiosk/heartbeat", ok, "application/json")->status, 403) << "revoked";
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("已联网") && !ui.showsText("设备登记码"); }));
}

TEST_F(RemoteCare, EnrolmentRefusesWrongSecretsUnknownCodesAndMalformedBodies) {
    startFleetPlatform();
    auto bare = client("");
    const std::string secret(64, 'a');
    const std::string hash = "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb";  // sha256 of 64 'a'
    auto started = bare->Post("/open311/v2/kiosk/enrolments",
                              json{{"claim_sha256", hash}, {"hall", "测试大厅"}, {"app_version", "0.1.0"}}.dump(),
                              "application/json");
    ASSERT_TRUE(started);
    ASSERT_EQ(started->status, 201) << started->body;
    const std::string code = json::parse(started->body)["code"];
    const auto claim = [&](const std::string& c, const std::string& s) {
        return bare->Post("/open311/v2/kiosk/enrolments/" + c + "/claim", json{{"claim", s}}.dump(), "application/json")
            ->status;
    };
    EXPECT_EQ(claim(code, secret), 202) << "waiting for the admin";
    EXPECT_EQ(claim(code, std::string(64, 'b')), 404) << "another's secret";
    EXPECT_EQ(claim(code == "00000000" ? "00000001" : "00000000", secret), 404);
    ASSERT_TRUE(confirm(code, "hall-x"));
    EXPECT_FALSE(confirm(code, "hall-y")) << "confirmed once";
    const auto issued = bare->Post("/open311/v2/kiosk/enrolments/" + code + "/claim", json{{"claim", secret}}.dump(),
                                   "application/json");
    ASSERT_EQ(issued->status, 200);
    EXPECT_EQ(json::parse(issued->body)["device_id"], "hall-x");
    EXPECT_EQ(claim(code, secret), 404) << "the token is given once";
    for (const char* body : {R"({"claim_sha256":"xyz","hall":"a","app_version":"1"})",
                             R"({"claim_sha256":"ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",)"
                             R"("hall":"a\u202eb","app_version":"1"})",
                             R"({"claim_sha256":"ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",)"
                             R"("hall":"a","app_version":"1","extra":1})",
                             "[]", "not json"}) {
        const auto res = bare->Post("/open311/v2/kiosk/enrolments", body, "application/json");
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << body;
    }
    EXPECT_FALSE(confirm(code, "../etc")) << "a device id is not a path";
    // The token was made at the claim: the platform's files never held it, only its SHA-256.
    const std::string token = json::parse(issued->body)["device_token"];
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_ / "server")) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        EXPECT_EQ(bytes.find(token), std::string::npos) << entry.path();
    }
    // One address cannot fill the waiting list: three codes waiting from it, the fourth is refused.
    std::vector<int> statuses;
    statuses.reserve(4);
    for (int i = 0; i < 4; ++i) {
        statuses.push_back(bare->Post("/open311/v2/kiosk/enrolments",
                                      json{{"claim_sha256", std::string(63, 'c') + std::to_string(i)},
                                           {"hall", "洪水"},
                                           {"app_version", "1"}}
                                          .dump(),
                                      "application/json")
                               ->status);
    }
    EXPECT_EQ(statuses, (std::vector<int>{201, 201, 201, 429}));
    // The admin discards one; the address may ask again.
    const auto waiting = json::parse(client("admin-secret")->Get("/admin/enrolments")->body)["enrolments"];
    ASSERT_EQ(waiting.size(), 3u);
    EXPECT_EQ(client("admin-secret")->Delete("/admin/enrolments/" + waiting[0]["code"].get<std::string>())->status,
              200);
    EXPECT_EQ(bare->Post("/open311/v2/kiosk/enrolments",
                         json{{"claim_sha256", std::string(64, 'd')}, {"hall", "x"}, {"app_version", "1"}}.dump(),
                         "application/json")
                  ->status,
              201);
}

// An enrolled kiosk speaks only with its own token: the shared token (--token, for kiosks set up
// by hand) can neither take its commands nor answer them in its name, and the fleet page's newest
// version is the enrolled kiosks' — a claim on the shared token does not mark them 落后.
TEST_F(RemoteCare, AnEnrolledKioskSpeaksOnlyWithItsOwnToken) {
    server::RefServer& server = startFleetPlatform();
    auto bare = client("");
    const std::string secret(64, 'a');
    const std::string hash = "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb";  // sha256 of 64 'a'
    const auto started = bare->Post("/open311/v2/kiosk/enrolments",
                                    json{{"claim_sha256", hash}, {"hall", "测试大厅"}, {"app_version", "0.2.0"}}.dump(),
                                    "application/json");
    ASSERT_EQ(started->status, 201) << started->body;
    const std::string code = json::parse(started->body)["code"];
    ASSERT_TRUE(confirm(code, "hall-x"));
    const auto issued = bare->Post("/open311/v2/kiosk/enrolments/" + code + "/claim", json{{"claim", secret}}.dump(),
                                   "application/json");
    ASSERT_EQ(issued->status, 200);
    auto own = client(json::parse(issued->body)["device_token"].get<std::string>());
    auto shared = client("kiosk-secret");
    const std::string id = server.queueCommand("hall-x", "screenshot");

    const auto beat = [](const std::string& device, const std::string& version) {
        return json{{"device_id", device},
                    {"app_version", version},
                    {"uptime_s", 1},
                    {"outbox_depth", 0},
                    {"needs_attention", 0}}
            .dump();
    };
    const auto posed = shared->Post("/open311/v2/kiosk/heartbeat", beat("hall-x", "9.9.9"), "application/json");
    ASSERT_TRUE(posed);
    EXPECT_EQ(posed->status, 403) << "the shared token posing as an enrolled kiosk";
    EXPECT_EQ(posed->body.find(id), std::string::npos) << "its command stays queued for it";
    EXPECT_EQ(shared
                  ->Post("/open311/v2/kiosk/commands/" + id + "/result", R"({"device_id":"hall-x","status":"done"})",
                         "application/json")
                  ->status,
              403);
    EXPECT_EQ(
        shared->Post("/open311/v2/kiosk/commands/" + id + "/screenshot?device_id=hall-x", "x", "image/png")->status,
        403);
    EXPECT_EQ(own->Post("/open311/v2/kiosk/heartbeat", beat("hall-y", "0.2.0"), "application/json")->status, 403)
        << "an issued token speaks for its own device only";
    const auto real = own->Post("/open311/v2/kiosk/heartbeat", beat("hall-x", "0.2.0"), "application/json");
    ASSERT_EQ(real->status, 200);
    EXPECT_EQ(json::parse(real->body)["commands"][0]["id"], id) << "the command reaches its own kiosk";
    // A kiosk set up by hand still speaks on the shared token, for a device id no one enrolled.
    ASSERT_EQ(shared->Post("/open311/v2/kiosk/heartbeat", beat("hand-made", "9.9.9"), "application/json")->status, 200);

    // The fleet page as the admin's browser gets it: the key for a session cookie, then the page.
    auto browser = client("");
    const auto keyed = browser->Get("/fleet?key=admin-secret");
    ASSERT_TRUE(keyed);
    const std::string cookie =
        keyed->get_header_value("Set-Cookie").substr(0, keyed->get_header_value("Set-Cookie").find(';'));
    const auto fleet = browser->Get("/fleet", httplib::Headers{{"Cookie", cookie}});
    ASSERT_TRUE(fleet);
    ASSERT_EQ(fleet->status, 200);
    const std::string& html = fleet->body;
    EXPECT_NE(html.find("最新版本 0.2.0"), std::string::npos) << "the enrolled kiosks' newest";
    EXPECT_EQ(html.find("0.2.0（落后）"), std::string::npos);
    EXPECT_NE(html.find("hand-made（共用令牌）"), std::string::npos) << "a kiosk on the shared token is marked so";
}

// A command's answer: only from the device it was for, once, in its documented shape.
TEST_F(RemoteCare, ACommandIsAnsweredOnceByItsOwnDeviceInTheDocumentedShape) {
    server::RefServer& server = startFleetPlatform();
    auto admin = client("admin-secret");
    auto bad = admin->Post("/admin/devices/hall-7/commands", R"({"command":"format_disk"})", "application/json");
    EXPECT_EQ(bad->status, 400);
    bad = admin->Post("/admin/devices/hall-7/commands", R"({"command":"logs","lines":5000})", "application/json");
    EXPECT_EQ(bad->status, 400);
    const auto queued =
        admin->Post("/admin/devices/hall-7/commands", R"({"command":"logs","lines":20})", "application/json");
    ASSERT_EQ(queued->status, 201);
    const std::string id = json::parse(queued->body)["id"];
    auto device = client("kiosk-secret");
    const std::string result = "/open311/v2/kiosk/commands/" + id + "/result";
    const std::string answer = R"({"device_id":"hall-7","status":"done","detail":"2 lines","log":["a","b"]})";
    EXPECT_EQ(device->Post(result, answer, "application/json")->status, 404) << "not delivered yet";
    const auto beat =
        device->Post("/open311/v2/kiosk/heartbeat",
                     R"({"device_id":"hall-7","uptime_s":1,"outbox_depth":0,"needs_attention":0})", "application/json");
    EXPECT_EQ(json::parse(beat->body)["commands"][0],
              json::parse(R"({"id":")" + id + R"(","name":"logs","lines":20})"));
    EXPECT_EQ(device->Post(result, R"({"device_id":"hall-8","status":"done"})", "application/json")->status, 404)
        << "another device's";
    EXPECT_EQ(device->Post(result, R"({"device_id":"hall-7","status":"maybe"})", "application/json")->status, 400);
    EXPECT_EQ(device->Post(result, R"({"device_id":"hall-7","status":"done","log":["a\u0007b"]})", "application/json")
                  ->status,
              400)
        << "a log line is text by the rule";
    EXPECT_EQ(device->Post(result, answer, "application/json")->status, 200);
    EXPECT_EQ(device->Post(result, answer, "application/json")->status, 404) << "answered once";
    const json record = commandRecord(id);
    EXPECT_EQ(record["status"], "done");
    EXPECT_EQ(record["result"]["log"], json::array({"a", "b"}));
    (void)server;
}

// restart waits for the visit to end, answers, and then the kiosk exits for the service manager
// to start it again.
TEST_F(RemoteCare, RestartWaitsForTheVisitToEndAnswersAndExits) {
    server::RefServer& server = startFleetPlatform();
    testing::HeadlessOptions kiosk;
    kiosk.configText = "[hall]\nname = \"河畔村便民服务站\"\n[platform]\nbase_url = \"" + server.baseUrl() +
                       "\"\nca_file = \"" + pki_->caPath() +
                       "\"\nsync_interval_s = 5\ndevice_token = \"kiosk-secret\"\ndevice_id = \"hall-r\"\n";
    testing::HeadlessUi ui(kiosk);
    ASSERT_EQ(ui.run("tap attract.wake\nexpect screen home"), "");  // a resident
    const std::string id = server.queueCommand("hall-r", "restart");
    const_cast<net::SyncEngine*>(ui.app().sync())->heartbeatNow();
    ASSERT_TRUE(ui.framesUntil([&] { return !commandRecord(id)["delivered_at"].get<std::string>().empty(); }));
    for (int i = 0; i < 10; ++i) ui.frame();
    EXPECT_FALSE(ui.app().exitCode().has_value()) << "never under a resident's finger";
    EXPECT_EQ(commandRecord(id)["status"], "");
    ASSERT_EQ(ui.run("wait 200\nexpect screen attract"), "");  // the visit times out
    ASSERT_TRUE(ui.framesUntil([&] { return ui.app().exitCode().has_value(); }));
    EXPECT_EQ(*ui.app().exitCode(), RemoteCareFeature::kExitForRestart);
    EXPECT_EQ(commandRecord(id)["status"], "done") << "answered before the kiosk went";
}

// test_print: the slip comes out of the printer (a virtual ESC/POS printer here); a kiosk
// without one refuses and says why.
TEST_F(RemoteCare, TestPrintPrintsWhereThereIsAPrinterAndIsRefusedWhereThereIsNone) {
    server::RefServer& server = startFleetPlatform();
    testing::VirtualPrinter printer(testing::VirtualPrinter::Link::Tcp, testing::VirtualPrinter::State::Online);
    const std::string platform = "[platform]\nbase_url = \"" + server.baseUrl() + "\"\nca_file = \"" + pki_->caPath() +
                                 "\"\nsync_interval_s = 5\ndevice_token = \"kiosk-secret\"\n";
    const std::string printed = server.queueCommand("hall-p", "test_print");
    const std::string refused = server.queueCommand("hall-n", "test_print");
    {
        testing::HeadlessOptions kiosk;
        kiosk.configText = platform + "device_id = \"hall-p\"\n[printer]\ndevice = \"" + printer.device() + "\"\n";
        testing::HeadlessUi ui(kiosk);
        ASSERT_TRUE(ui.framesUntil([&] { return commandRecord(printed)["status"] == "done"; }));
        ASSERT_TRUE(testing::eventually([&] { return printer.received().size() > 100; })) << "the slip's bytes";
    }
    testing::HeadlessOptions kiosk;
    kiosk.configText = platform + "device_id = \"hall-n\"\n";
    testing::HeadlessUi ui(kiosk);
    ASSERT_TRUE(ui.framesUntil([&] { return !commandRecord(refused)["status"].get<std::string>().empty(); }));
    EXPECT_EQ(commandRecord(refused)["status"], "refused");
    EXPECT_EQ(commandRecord(refused)["result"]["detail"], "no receipt printer is configured");
}

// test_camera between visits: the camera's first picture, or why none came; the heartbeat says
// how the camera is (ready, failed, or not checked before anything used it).
TEST_F(RemoteCare, TestCameraTellsOfThePictureOrWhyNoneCame) {
    server::RefServer& server = startFleetPlatform();
    const std::string platform = "[platform]\nbase_url = \"" + server.baseUrl() + "\"\nca_file = \"" + pki_->caPath() +
                                 "\"\nsync_interval_s = 5\ndevice_token = \"kiosk-secret\"\n";
    auto cameraState = [&](const std::string& device) {
        const auto body = server.lastHeartbeat(device);
        return body ? json::parse(*body)["camera"]["state"] : json();
    };
    const std::string seen = server.queueCommand("hall-cam", "test_camera");
    const std::string missing = server.queueCommand("hall-nocam", "test_camera");
    {
        testing::HeadlessOptions kiosk;
        kiosk.configText =
            platform + "device_id = \"hall-cam\"\n" + testing::cameraConfig(testing::kAlwaysWorkingCamera);
        testing::HeadlessUi ui(kiosk);
        ASSERT_TRUE(ui.framesUntil([&] { return commandRecord(seen)["status"] == "done"; }, 20s));
        const std::string detail = commandRecord(seen)["result"]["detail"];
        EXPECT_EQ(detail.rfind("a 320x180 picture came ", 0), 0u) << detail;
        ASSERT_TRUE(ui.framesUntil([&] { return cameraState("hall-cam") == "ready"; }));
    }
    testing::HeadlessOptions kiosk;
    kiosk.configText =
        platform + "device_id = \"hall-nocam\"\n" + testing::cameraConfig("v4l2src device=/dev/video-not-here");
    testing::HeadlessUi ui(kiosk);
    ASSERT_TRUE(ui.framesUntil([&] { return !commandRecord(missing)["status"].get<std::string>().empty(); }, 20s));
    EXPECT_EQ(commandRecord(missing)["status"], "failed");
    const std::string detail = commandRecord(missing)["result"]["detail"];
    EXPECT_EQ(detail.rfind("the camera did not start: ", 0), 0u) << detail;
    ASSERT_TRUE(ui.framesUntil([&] { return cameraState("hall-nocam") == "failed"; }));
}

// The platform's remote config (set_config): checked by the files' own rules before it is kept,
// tried at a restart, kept once the platform hears from the kiosk running it, dropped by
// clear_config — every step seen from the platform's side, in the heartbeats it receives.
class RemoteConfig : public RemoteCare {
protected:
    // A kiosk on the shared token as device "hall-c", keeping its data folder across restarts.
    testing::HeadlessOptions kiosk() const {
        testing::HeadlessOptions options;
        options.configText = "[hall]\nname = \"河畔村便民服务站\"\n[platform]\nbase_url = \"" + server_->baseUrl() +
                             "\"\nca_file = \"" + pki_->caPath() +
                             "\"\nsync_interval_s = 5\ndevice_token = \"kiosk-secret\"\ndevice_id = \"hall-c\"\n";
        options.dataDir = (dir_ / "kiosk-data").string();
        options.configFile = (dir_ / "kiosk.toml").string();  // what reload_config reads
        std::ofstream(options.configFile) << options.configText;
        return options;
    }
    std::string setConfig(const std::string& toml) const {
        return server_->queueCommand("hall-c", "set_config", json{{"toml", toml}}.dump());
    }
    json lastHeartbeat() const {
        const auto body = server_->lastHeartbeat("hall-c");
        return body ? json::parse(*body) : json::object();
    }
    // A start of the kiosk until the platform heard from it with `state` (the service manager's restart).
    bool startsAndReports(const std::string& state) const {
        testing::HeadlessUi ui(kiosk());
        return ui.framesUntil([&] { return lastHeartbeat()["remote_config"]["state"] == state; });
    }
    // Runs a kiosk until it exits for a restart (what remote care asks after set_config/clear_config).
    static void runUntilRestart(testing::HeadlessUi& ui) {
        ASSERT_TRUE(ui.framesUntil([&] { return ui.app().exitCode().has_value(); }, 20s));
        EXPECT_EQ(*ui.app().exitCode(), RemoteCareFeature::kExitForRestart);
    }
};

TEST_F(RemoteConfig, IsCheckedLikeTheFilesTriedAtARestartKeptOnceThePlatformHearsAndCleared) {
    startFleetPlatform();
    // What an operator's file with the same text is told, word for word.
    const std::string wrongType = "[hall]\nname = \"新名字\"\n[session]\nidle_timeout_s = \"soon\"\n";
    const config::ConfigLoadResult asAFile = config::parseConfig(wrongType, "kiosk.toml");
    ASSERT_EQ(asAFile.problems.size(), 1u);
    const std::string wrong = setConfig(wrongType);
    const std::string moved = setConfig("[paths]\ndata_dir = \"/tmp/elsewhere\"\n");
    const std::string good = setConfig("[hall]\nname = \"远程设置的服务站\"\n[session]\nidle_timeout_s = 120\n");
    {
        testing::HeadlessUi ui(kiosk());
        runUntilRestart(ui);
        EXPECT_EQ(ui.app().config().hall.name, "河畔村便民服务站") << "nothing changes before the restart";
    }
    EXPECT_EQ(commandRecord(wrong)["status"], "refused");
    EXPECT_EQ(commandRecord(wrong)["result"]["detail"],
              "the config has a problem; nothing changed: remote config line 4: key 'session.idle_timeout_s' " +
                  asAFile.problems[0].message);
    EXPECT_EQ(commandRecord(moved)["status"], "refused");
    EXPECT_EQ(commandRecord(moved)["result"]["detail"],
              "the config has a problem; nothing changed: remote config line 2: key 'paths.data_dir' is set only "
              "in the kiosk's own config files");
    EXPECT_EQ(commandRecord(good)["status"], "done");

    // The restart tries it; the first heartbeat the platform takes keeps it, and says so at once.
    {
        testing::HeadlessUi ui(kiosk());
        EXPECT_EQ(ui.app().config().hall.name, "远程设置的服务站");
        EXPECT_EQ(ui.app().config().session.idleTimeoutSeconds, 120);
        ASSERT_TRUE(ui.framesUntil([&] { return lastHeartbeat()["remote_config"]["state"] == "applied"; }));
        EXPECT_EQ(lastHeartbeat()["remote_config"]["version"], good);
        EXPECT_EQ(lastHeartbeat()["hall"]["name"], "远程设置的服务站");
    }
    // Kept across restarts and over a config reload (the files read again, the remote config after them).
    {
        testing::HeadlessUi ui(kiosk());
        EXPECT_EQ(ui.app().config().hall.name, "远程设置的服务站");
        EXPECT_EQ(lastHeartbeat()["remote_config"]["state"], "applied");
        const std::string reload = server_->queueCommand("hall-c", "reload_config");
        const_cast<net::SyncEngine*>(ui.app().sync())->heartbeatNow();
        ASSERT_TRUE(ui.framesUntil([&] { return commandRecord(reload)["status"] == "done"; }));
        EXPECT_EQ(ui.app().config().hall.name, "远程设置的服务站")
            << "the files read again, the remote config after them";
        const std::string cleared = server_->queueCommand("hall-c", "clear_config");
        const_cast<net::SyncEngine*>(ui.app().sync())->heartbeatNow();
        runUntilRestart(ui);
        EXPECT_EQ(commandRecord(cleared)["status"], "done");
    }
    ASSERT_TRUE(startsAndReports("none"));
    EXPECT_EQ(lastHeartbeat()["hall"]["name"], "河畔村便民服务站") << "the operator's files alone";
}

// A remote config with which the kiosk cannot reach the platform: after five minutes without a
// heartbeat taken, the kiosk restarts with the last good config by itself and tells the platform.
TEST_F(RemoteConfig, ThatLosesThePlatformIsRolledBackAfterFiveMinutesToTheLastGoodOne) {
    startFleetPlatform();
    const std::string good = setConfig("[hall]\nname = \"第一次远程设置\"\n");
    {
        testing::HeadlessUi ui(kiosk());
        runUntilRestart(ui);
    }
    ASSERT_TRUE(startsAndReports("applied"));
    const std::string lost =
        setConfig("[hall]\nname = \"失联的设置\"\n[platform]\nbase_url = \"https://127.0.0.1:1/open311/v2\"\n");
    {
        testing::HeadlessUi ui(kiosk());
        const_cast<net::SyncEngine*>(ui.app().sync())->heartbeatNow();
        runUntilRestart(ui);
    }
    {
        testing::HeadlessUi ui(kiosk());
        EXPECT_EQ(ui.app().config().hall.name, "失联的设置") << "on trial";
        ASSERT_EQ(ui.run("wait 240"), "");
        EXPECT_FALSE(ui.app().exitCode().has_value()) << "five minutes are given";
        ASSERT_EQ(ui.run("wait 70"), "");
        runUntilRestart(ui);
    }
    testing::HeadlessUi ui(kiosk());
    EXPECT_EQ(ui.app().config().hall.name, "第一次远程设置") << "the last good one";
    ASSERT_TRUE(ui.framesUntil([&] { return lastHeartbeat()["remote_config"]["state"] == "rolled_back"; }));
    EXPECT_EQ(lastHeartbeat()["remote_config"]["version"], lost);
    EXPECT_EQ(lastHeartbeat()["remote_config"]["problem"],
              "no heartbeat reached the platform within 5 minutes of starting with this config");
    EXPECT_EQ(lastHeartbeat()["hall"]["name"], "第一次远程设置");
    (void)good;
}

// A kiosk that stops while it tries a remote config (a crash, a power cut) comes back on the last
// good one: the trial was marked started before it was used.
TEST_F(RemoteConfig, AKioskThatStopsDuringItsTrialComesBackOnTheLastGoodOne) {
    startFleetPlatform();
    const std::string trial =
        setConfig("[hall]\nname = \"没能启动的设置\"\n[platform]\nbase_url = \"https://127.0.0.1:1/open311/v2\"\n");
    {
        testing::HeadlessUi ui(kiosk());
        runUntilRestart(ui);
    }
    {
        testing::HeadlessUi ui(kiosk());
        EXPECT_EQ(ui.app().config().hall.name, "没能启动的设置");
        // … and the kiosk stops here, before the platform heard from it.
    }
    testing::HeadlessUi ui(kiosk());
    EXPECT_EQ(ui.app().config().hall.name, "河畔村便民服务站") << "no good one yet: the operator's files";
    ASSERT_TRUE(ui.framesUntil([&] { return lastHeartbeat()["remote_config"]["state"] == "rolled_back"; }));
    EXPECT_EQ(lastHeartbeat()["remote_config"]["version"], trial);
    EXPECT_EQ(lastHeartbeat()["remote_config"]["problem"],
              "the kiosk stopped before the platform heard from it with this config");
    // Nothing to drop: answered at once, no restart, and the report is cleared.
    const std::string cleared = server_->queueCommand("hall-c", "clear_config");
    const_cast<net::SyncEngine*>(ui.app().sync())->heartbeatNow();
    ASSERT_TRUE(ui.framesUntil([&] {
        return commandRecord(cleared)["status"] == "done" && lastHeartbeat()["remote_config"]["state"] == "none";
    }));
    EXPECT_EQ(commandRecord(cleared)["result"]["detail"], "there was no remote config to drop");
    EXPECT_FALSE(ui.app().exitCode().has_value());
}

}  // namespace
}  // namespace kiosk
