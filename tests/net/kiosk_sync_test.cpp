// The whole way, as a resident and the platform see it: a case filed with taps in the headless
// kiosk arrives at the reference server over real TLS; the platform moves it on; the 进度查询
// screen shows the new station and the department's words without another tap.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <thread>

#include "ref_server.h"
#include "storage/content_store.h"
#include "storage/pin_hash.h"
#include "support/eventually.h"
#include "support/headless_ui.h"
#include "support/platform_fixture.h"
#include "support/virtual_printer.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

std::string keyTaps(const std::string& prefix, const std::string& digits) {
    std::string script;
    for (char c : digits) script += "tap " + prefix + c + "\n";
    return script;
}

// A platform per test (support/platform_fixture.h), and the kiosk's config that points at it.
class KioskSync : public testing::PlatformTest {
protected:
    // The [platform] section: the address, the device token, trust in the test CA; no device_id
    // when `deviceId` is empty.
    std::string platformToml(const std::string& baseUrl, const std::string& deviceId, int syncIntervalSeconds) const {
        std::string toml = "[platform]\nbase_url = \"" + baseUrl + "\"\ndevice_token = \"kiosk-secret\"\n";
        if (!deviceId.empty()) toml += "device_id = \"" + deviceId + "\"\n";
        return toml + "ca_file = \"" + pki_->caPath() + "\"\nsync_interval_s = " + std::to_string(syncIntervalSeconds) +
               "\n";
    }
};

TEST_F(KioskSync, ACaseFiledWithTapsReachesThePlatformAndItsProgressComesBack) {
    server::RefServer& server = startPlatform(platformOptions({"kiosk-secret"}));

    testing::HeadlessOptions kiosk;
    kiosk.configText = platformToml(server.baseUrl(), "hall-7", 5);
    testing::HeadlessUi ui(kiosk);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                     "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\ntap case.next\ntap case.contact.phone\n" +
                     keyTaps("case.phone.key.", "13800138000") +
                     "tap case.next\ntap case.review.submit\nexpect text 已经收到，谢谢您！"),
              "");
    const std::string code = ui.app().caseSession().receipt->trackingCode;
    // Sent at once (the engine is woken by the receipt), acknowledged, personal fields erased.
    ASSERT_TRUE(
        testing::eventually([&] { return server.caseCount() == 1 && ui.app().caseDesk().outbox()->depth() == 0; }));
    const auto stored = ui.app().caseDesk().outbox()->pending();
    EXPECT_TRUE(stored.empty());
    ui.frame();
    EXPECT_FALSE(ui.showsText("已联网")) << "the network's state is for staff (运维面板), not the resident's top bar";

    // The resident looks the case up; the platform accepts it meanwhile; the screen follows.
    ASSERT_EQ(ui.run("tap case.receipt.done\ntap home.tile.track\n" + keyTaps("track.key.", code) +
                     keyTaps("track.key.", "8000") + "tap track.lookup\nexpect text 已提交"),
              "");
    server.progressAll();  // 已受理 by 幸福里社区居委会
    ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("办理单位：幸福里社区居委会"); }))
        << "the new station shows without another tap";
    EXPECT_FALSE(ui.showsText("已受理    还没到这一步"));
}

// A category with questions of its own (消费购物): the resident answers them with taps, sees them
// on the review, and the platform gets them as Open311 attributes.
std::vector<char> readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The whole case the way a resident files it — the category's own questions answered with taps,
// two photos taken with the kiosk's camera — arrives at the platform with its attributes and
// both photos byte for byte.
TEST_F(KioskSync, ACaseWithQuestionsAndPhotosArrivesWithItsAttributesAndEveryPhoto) {
    server::RefServer& server = startPlatform(platformOptions({"kiosk-secret"}));
    testing::HeadlessOptions kiosk;
    kiosk.configText =
        platformToml(server.baseUrl(), "", 5) + "[camera]\n" +
        // A moving ball: every shot differs (the platform stores a photo by its content).
        "pipeline = \"videotestsrc pattern=ball is-live=true ! video/x-raw,width=640,height=360,framerate=10/1\"\n";
    testing::HeadlessUi ui(kiosk);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.consumer\n"
                     "expect text 第 2 步，共 8 步\ntap case.next\ntap case.place.here\ntap case.next\n"
                     "tap case.description.phrase.0\ntap case.next\nexpect text 第 5 步，共 8 步\n"
                     "expect text 在哪里买的？（必答）\ntap case.next\n"
                     "expect text 请回答标着“必答”的问题，点一个答案就行。\n"
                     "tap case.details.where_bought.market\ntap case.details.problems.expired\n"
                     "tap case.details.problems.refund\nexpect text ✓ 不给退换\ntap case.next\n"
                     "expect text 第 6 步，共 8 步"),
              "");
    // Two photos: 拍照 once the camera shows its picture, then 用这张, twice.
    for (std::size_t kept = 1; kept <= 2; ++kept) {
        std::this_thread::sleep_for(300ms);  // a moment between the two: the ball has moved on
        ASSERT_TRUE(
            ui.framesUntil([&] { return ui.run("tap case.photo.take\nexpect text 这张照片清楚吗？").empty(); }));
        ASSERT_EQ(ui.tap("case.photo.keep"), "");
        ASSERT_TRUE(ui.framesUntil([&] { return ui.app().caseSession().flow->draft().photos.size() == kept; }));
    }
    std::vector<std::vector<char>> photos;
    for (const std::string& p : ui.app().caseSession().flow->draft().photos) photos.push_back(readBytes(p));
    ASSERT_EQ(ui.run("tap case.next\ntap case.contact.anonymous\ntap case.next\n"
                     "expect text 在哪里买的？菜市场；是什么问题？过期变质、不给退换\nexpect text 2 张\n"
                     "tap case.review.submit\nexpect text 已经收到，谢谢您！"),
              "");
    const std::int64_t id = ui.app().caseSession().receipt->id;
    ASSERT_TRUE(testing::eventually([&] {
        const auto c = ui.app().caseDesk().outbox()->find(id);
        return c && !c->serviceRequestId.empty();
    }));
    const auto arrived = server.filedCase(ui.app().caseDesk().outbox()->find(id)->serviceRequestId);
    ASSERT_TRUE(arrived.has_value());
    EXPECT_EQ(arrived->serviceCode, "consumer");
    EXPECT_EQ(arrived->attributes, R"({"problems":["expired","refund"],"where_bought":["market"]})");
    const nlohmann::json urls = nlohmann::json::parse(arrived->mediaUrls);
    ASSERT_EQ(urls.size(), 2u);
    EXPECT_EQ(arrived->mediaUrl, urls[0].get<std::string>()) << "Open311's media_url is the first photo";
    for (std::size_t i = 0; i < 2; ++i) {
        const std::string url = urls[i].get<std::string>();
        EXPECT_EQ(readBytes(dir_ / "server" / "media" / url.substr(url.rfind('/') + 1)), photos[i])
            << "photo " << i + 1 << " arrives byte for byte";
    }
    // Acknowledged: the kiosk keeps no copy.
    EXPECT_TRUE(ui.app().caseDesk().outbox()->find(id)->photos.empty());
}

// The platform's reload_config: the kiosk reads its file again once it stands unattended and
// answers the command; a broken file is refused whole (the answer says why) and the kiosk goes
// on as it was.
TEST_F(KioskSync, ReloadConfigReadsTheFileAgainWhileNobodyUsesTheKiosk) {
    server::RefServer& server = startPlatform(platformOptions({"kiosk-secret"}));
    const std::string platform = platformToml(server.baseUrl(), "hall-9", 5);
    const auto file = dir_ / "kiosk.toml";
    std::ofstream(file) << "[hall]\nname = \"河畔村便民服务站\"\n[session]\nidle_timeout_s = 45\n" << platform;
    const std::string first = server.queueCommand("hall-9", "reload_config");  // with the first heartbeat

    testing::HeadlessOptions kiosk;
    kiosk.configText = platform;
    kiosk.configFile = file.string();
    testing::HeadlessUi ui(kiosk);
    ASSERT_TRUE(ui.framesUntil([&] {
        return ui.app().config().hall.name == "河畔村便民服务站" && !ui.app().animating();  // its glyphs in
    }));
    EXPECT_EQ(ui.app().config().session.idleTimeoutSeconds, 45);
    ASSERT_TRUE(ui.framesUntil([&] {
        const auto record = server.commandRecord(first);
        return record && nlohmann::json::parse(*record)["status"] == "done";
    })) << "the platform hears the command was carried out";
    ASSERT_EQ(ui.run("tap attract.wake\nexpect text 河畔村便民服务站"), "");

    // A broken file while a resident uses the kiosk: nothing changes now, and nothing later.
    std::ofstream(file) << "[hall]\nname = \"新名字\"\n[session]\nidle_timeout_s = \"soon\"\n";
    const std::string second = server.queueCommand("hall-9", "reload_config");
    const_cast<net::SyncEngine*>(ui.app().sync())->heartbeatNow();  // not five minutes from now
    ASSERT_TRUE(ui.framesUntil([&] {
        return !nlohmann::json::parse(*server.commandRecord(second))["delivered_at"].get<std::string>().empty();
    }));
    for (int i = 0; i < 5; ++i) ui.frame();
    EXPECT_EQ(ui.app().config().hall.name, "河畔村便民服务站") << "not under a resident's finger";
    EXPECT_EQ(nlohmann::json::parse(*server.commandRecord(second))["status"], "") << "waits for the visit to end";
    ASSERT_EQ(ui.run("wait 80\nexpect screen attract"), "");
    ASSERT_TRUE(ui.framesUntil(
        [&] { return !nlohmann::json::parse(*server.commandRecord(second))["status"].get<std::string>().empty(); }));
    const auto answer = nlohmann::json::parse(*server.commandRecord(second));
    EXPECT_EQ(answer["status"], "refused");
    EXPECT_NE(answer["result"]["detail"].get<std::string>().find("idle_timeout_s"), std::string::npos)
        << "the answer names the key at fault";
    EXPECT_EQ(ui.app().config().hall.name, "河畔村便民服务站") << "a broken file is refused whole";
    EXPECT_EQ(ui.app().config().session.idleTimeoutSeconds, 45);
    EXPECT_TRUE(ui.app().sync() != nullptr);
}

// The receipt printer's paper runs low: the platform hears it in a heartbeat sent for it (not five
// minutes later), so someone can bring a roll before residents meet an empty printer.
TEST_F(KioskSync, ThePlatformHearsAtOnceThatThePrintersPaperRunsLow) {
    server::RefServer& server = startPlatform(platformOptions({"kiosk-secret"}));
    testing::VirtualPrinter printer(testing::VirtualPrinter::Link::Tcp, testing::VirtualPrinter::State::Online);
    testing::HeadlessOptions kiosk;
    kiosk.configText =
        platformToml(server.baseUrl(), "hall-p", 3600) + "[printer]\ndevice = \"" + printer.device() + "\"\n";
    testing::HeadlessUi ui(kiosk);
    auto printerState = [&]() -> std::string {
        const auto beat = server.lastHeartbeat("hall-p");
        if (!beat) return "";
        const auto hb = nlohmann::json::parse(*beat);
        return hb.contains("printer") ? hb["printer"]["state"].get<std::string>() : "";
    };
    ASSERT_TRUE(ui.framesUntil([&] { return printerState() == "ready"; })) << printerState();
    printer.setState(testing::VirtualPrinter::State::PaperNearEnd);
    // The state is asked every few minutes while idle; a receipt printed asks it too.
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                     "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\ntap case.next\ntap case.contact.anonymous\ntap case.next\n"
                     "tap case.review.submit\nexpect text 查询密码\ntap print.receipt"),
              "");
    ASSERT_TRUE(ui.framesUntil([&] { return printerState() == "paper_near_end"; }, 15s)) << printerState();
    const auto hb = nlohmann::json::parse(*server.lastHeartbeat("hall-p"));
    EXPECT_EQ(hb["printer"]["paper_low"], true);
    EXPECT_EQ(hb["printer"]["status_known"], true);
}

// A kiosk whose config it cannot use stands on 本机暂停服务 but still syncs: its heartbeat says so
// (how many problems), so the fleet page does not show it as serving; a kiosk that serves says 0.
TEST_F(KioskSync, AKioskOutOfServiceSaysSoInItsHeartbeat) {
    server::RefServer& server = startPlatform(platformOptions({"kiosk-secret"}));
    const auto outOfService = [&](const std::string& device) -> std::int64_t {
        const auto beat = server.lastHeartbeat(device);
        if (!beat) return -1;
        return nlohmann::json::parse(*beat).value("out_of_service", std::int64_t{-1});
    };
    testing::HeadlessOptions broken;
    broken.configText = platformToml(server.baseUrl(), "hall-broken", 3600) + "[session]\nidle_timeout_s = 5\n";
    testing::HeadlessUi brokenUi(broken);
    ASSERT_TRUE(brokenUi.framesUntil([&] { return outOfService("hall-broken") >= 0; }));
    EXPECT_EQ(brokenUi.app().currentScreen(), core::ScreenId::OperatorError);
    EXPECT_EQ(outOfService("hall-broken"), 1);
    testing::HeadlessOptions serving;
    serving.configText = platformToml(server.baseUrl(), "hall-serving", 3600);
    testing::HeadlessUi servingUi(serving);
    ASSERT_TRUE(servingUi.framesUntil([&] { return outOfService("hall-serving") >= 0; }));
    EXPECT_EQ(outOfService("hall-serving"), 0);
}

TEST_F(KioskSync, TheOperatorPanelShowsThePlatformAndSyncNowRunsARoundAtOnce) {
    server::RefServer& server = startPlatform(platformOptions({"kiosk-secret"}));
    testing::HeadlessOptions kiosk;
    // An hour between rounds: only the first round and 立即同步 talk to the platform here.
    kiosk.configText = platformToml(server.baseUrl(), "hall-7", 3600) + "[staff]\npin_hash = \"" +
                       storage::hashPin("246813", 20000) + "\"\n";
    testing::HeadlessUi ui(kiosk);
    ASSERT_TRUE(ui.framesUntil([&] { return ui.app().sync()->status().outboxDepth >= 0; })) << "the first round";
    ASSERT_EQ(ui.run("hold top-left 5\ntap staff.key.2\ntap staff.key.4\ntap staff.key.6\ntap staff.key.8\ntap "
                     "staff.key.1\ntap staff.key.3\n"
                     "tap staff.pin.ok\ntap staff.operator\nexpect screen operator_panel"),
              "");
    EXPECT_TRUE(ui.showsText("hall-7"));
    EXPECT_TRUE(ui.showsText(server.baseUrl()));
    EXPECT_TRUE(ui.showsText("公钥固定")) << "how the connection is secured";
    EXPECT_TRUE(ui.showsText("已联网"));
    EXPECT_FALSE(ui.showsText("还没有")) << "a last sync time, not 'never'";
    // The platform goes away; the panel knows only at the next round, which 立即同步 starts now.
    server.stop();
    ASSERT_EQ(ui.run("tap operator.sync_now"), "");
    EXPECT_TRUE(ui.framesUntil([&] { return ui.showsText("未联网：平台拒绝连接"); })) << "an hour early";
}

// Issue 25: a kiosk whose token the platform refuses showed ● 已联网 (any answer counted). Now the
// panel says the device is not authorised, and what to check.
TEST_F(KioskSync, AWrongTokenIsDeviceNotAuthorisedOnTheOperatorPanel) {
    server::RefServer& server = startPlatform(platformOptions({"kiosk-secret"}));
    testing::HeadlessOptions kiosk;
    std::string toml = platformToml(server.baseUrl(), "hall-7", 3600);
    toml.replace(toml.find("kiosk-secret"), std::string("kiosk-secret").size(), "rotated-token");
    kiosk.configText = toml + "[staff]\npin_hash = \"" + storage::hashPin("246813", 20000) + "\"\n";
    testing::HeadlessUi ui(kiosk);
    ASSERT_TRUE(ui.framesUntil([&] { return !ui.app().sync()->status().problemKey.empty(); }));
    EXPECT_FALSE(ui.app().sync()->status().online);
    ASSERT_EQ(
        ui.run("hold top-left 5\ntap staff.key.2\ntap staff.key.4\ntap staff.key.6\ntap staff.key.8\ntap "
               "staff.key.1\ntap staff.key.3\ntap staff.pin.ok\ntap staff.operator\nexpect screen operator_panel"),
        "");
    EXPECT_TRUE(ui.showsText("设备未授权")) << "not 已联网, not 未联网";
    EXPECT_TRUE(ui.showsText("device_token"));
    EXPECT_FALSE(ui.showsText("已联网"));
}

TEST_F(KioskSync, OfflineTheKioskSaysSoInPlainWordsKeepsTheCaseAndSendsItLater) {
    server::RefServerOptions options = platformOptions({"kiosk-secret"});
    auto server = std::make_unique<server::RefServer>(options);
    server->start();
    const std::string url = server->baseUrl();
    options.port = server->port();
    server.reset();  // the platform is down

    testing::HeadlessOptions kiosk;
    kiosk.configText = platformToml(url, "", 5);
    testing::HeadlessUi ui(kiosk);
    ASSERT_EQ(ui.run("tap attract.wake\nexpect text 网络暂时断开了。您照常可以反映问题"), "");
    EXPECT_FALSE(ui.showsText("未联网")) << "said in words where it matters, not as a staff word in the top bar";
    ASSERT_EQ(ui.run("tap home.tile.case\ntap case.kind.advice\ntap case.category.other\ntap case.next\n"
                     "tap case.place.here\ntap case.next\ntap case.description.phrase.0\ntap case.next\n"
                     "tap case.next\ntap case.contact.anonymous\ntap case.next\ntap case.review.submit\n"
                     "expect text 已经保存在本机，谢谢您！"),
              "");
    // Not "已经收到": nothing has reached the platform yet. It says where the case is and what happens.
    EXPECT_FALSE(ui.showsText("已经收到，谢谢您！"));
    EXPECT_TRUE(ui.showsText("现在网络断开了。联网后会自动送出，不会丢失。"));
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 1u);
    // The platform comes back: the case goes by itself (backoff: within seconds) and the banner goes.
    server = std::make_unique<server::RefServer>(options);
    server->start();
    ASSERT_TRUE(testing::eventually([&] { return server->caseCount() == 1; }, 20000ms));
    ASSERT_EQ(ui.run("tap case.receipt.done\nexpect screen home"), "");
    EXPECT_TRUE(ui.framesUntil([&] { return !ui.showsText("网络暂时断开了"); }));
    server.reset();
}

// The platform changes an announcement and a notice: the unattended display shows the new
// announcement without a restart, and the notice list has the new title.
TEST_F(KioskSync, ThePlatformsNewContentReachesTheScreenWhileNobodyUsesTheKiosk) {
    namespace fs = std::filesystem;
    fs::create_directories(dir_ / "content");
    for (const char* file : {"disclosures.json", "announcements.json", "case_catalog.json"}) {
        fs::copy_file(fs::path(KIOSK_DEFAULT_ASSETS_DIR) / "demo" / file, dir_ / "content" / file);
    }
    nlohmann::json announcements = nlohmann::json::parse(std::ifstream(dir_ / "content" / "announcements.json"));
    announcements["announcements"][0]["title"] = "冬季供暖补贴开始申领";
    std::ofstream(dir_ / "content" / "announcements.json") << announcements.dump();
    nlohmann::json disclosures = nlohmann::json::parse(std::ifstream(dir_ / "content" / "disclosures.json"));
    std::string noticeId;
    for (auto& notice : disclosures["notices"]) {
        if (notice["community"] == "xingfuli" && notice["period"] == "2026-11") {
            notice["title"] = "关于冬季供暖补贴申领的通知";
            noticeId = notice["id"];
            break;
        }
    }
    ASSERT_FALSE(noticeId.empty());
    disclosures["version"] = disclosures["version"].get<std::string>() + "-platform";
    std::ofstream(dir_ / "content" / "disclosures.json") << disclosures.dump();

    server::RefServerOptions options = platformOptions({"kiosk-secret"});
    options.contentDir = (dir_ / "content").string();
    server::RefServer& server = startPlatform(options);

    testing::HeadlessOptions kiosk;
    kiosk.configText = platformToml(server.baseUrl(), "", 5);
    testing::HeadlessUi ui(kiosk);
    ASSERT_TRUE(testing::eventually([&] {
        ui.frame();
        // Both feeds: a start can read the cache between the two switches (each feed is its own).
        return ui.showsText("冬季供暖补贴开始申领") && ui.app().disclosures() &&
               ui.app().disclosures()->set().version == disclosures["version"].get<std::string>();
    })) << "the platform's announcement and disclosures are in while the kiosk stands unattended";
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.disclosure\ntap disclosure.notices\nexpect screen notices\n"
                     "expect text 关于冬季供暖补贴申领的通知"),
              "");
    EXPECT_EQ(ui.app().disclosures()->set().version, disclosures["version"].get<std::string>());
}

}  // namespace
}  // namespace kiosk
