// The whole way, as a resident and the platform see it: a case filed with taps in the headless
// kiosk arrives at the reference server over real TLS; the platform moves it on; the 进度查询
// screen shows the new station and the department's words without another tap.
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "ref_server.h"
#include "support/headless_ui.h"
#include "support/test_platform.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

std::string keyTaps(const std::string& prefix, const std::string& digits) {
    std::string script;
    for (char c : digits) script += "tap " + prefix + c + "\n";
    return script;
}

TEST(KioskSync, ACaseFiledWithTapsReachesThePlatformAndItsProgressComesBack) {
    const auto dir = std::filesystem::temp_directory_path() / ("kiosk-sync-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    testing::TestPki pki((dir / "pki").string());
    const testing::CertFiles cert = pki.issue("server", "127.0.0.1");
    server::RefServerOptions options = testing::testPlatformOptions(cert, (dir / "server").string(), {"kiosk-secret"});
    server::RefServer server(options);
    server.start();

    testing::HeadlessOptions kiosk;
    kiosk.configText = "[platform]\nbase_url = \"" + server.baseUrl() +
                       "\"\ndevice_token = \"kiosk-secret\"\ndevice_id = \"hall-7\"\nca_file = \"" + pki.caPath() +
                       "\"\nsync_interval_s = 5\n";
    testing::HeadlessUi ui(kiosk);
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.case\ntap case.kind.complaint\ntap case.category.env\n"
                     "tap case.next\ntap case.place.here\ntap case.next\ntap case.description.phrase.0\n"
                     "tap case.next\ntap case.photo.later\ntap case.contact.phone\n" +
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
    EXPECT_TRUE(ui.showsText("● 已联网"));

    // The resident looks the case up; the platform accepts it meanwhile; the screen follows.
    ASSERT_EQ(ui.run("tap case.receipt.done\ntap home.tile.track\n" + keyTaps("track.key.", code) +
                     keyTaps("track.key.", "8000") + "tap track.lookup\nexpect text 已提交"),
              "");
    server.progressAll();  // 已受理 by 幸福里社区居委会
    ASSERT_TRUE(testing::eventually([&] {
        ui.frame();
        return ui.showsText("办理单位：幸福里社区居委会");
    })) << "the new station shows without another tap";
    EXPECT_FALSE(ui.showsText("已受理    还没到这一步"));
    std::filesystem::remove_all(dir);
}

TEST(KioskSync, OfflineTheKioskSaysSoInPlainWordsKeepsTheCaseAndSendsItLater) {
    const auto dir = std::filesystem::temp_directory_path() / ("kiosk-offline-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    testing::TestPki pki((dir / "pki").string());
    const testing::CertFiles cert = pki.issue("server", "127.0.0.1");
    server::RefServerOptions options = testing::testPlatformOptions(cert, (dir / "server").string(), {"kiosk-secret"});
    auto server = std::make_unique<server::RefServer>(options);
    server->start();
    const std::string url = server->baseUrl();
    options.port = server->port();
    server.reset();  // the platform is down

    testing::HeadlessOptions kiosk;
    kiosk.configText = "[platform]\nbase_url = \"" + url + "\"\ndevice_token = \"kiosk-secret\"\nca_file = \"" +
                       pki.caPath() + "\"\nsync_interval_s = 5\n";
    testing::HeadlessUi ui(kiosk);
    ASSERT_EQ(ui.run("tap attract.wake\nexpect text 网络暂时断开了。您照常可以反映问题"), "");
    EXPECT_TRUE(ui.showsText("○ 未联网"));
    ASSERT_EQ(ui.run("tap home.tile.case\ntap case.kind.advice\ntap case.category.other\ntap case.next\n"
                     "tap case.place.here\ntap case.next\ntap case.description.phrase.0\ntap case.next\n"
                     "tap case.photo.skip\ntap case.contact.anonymous\ntap case.next\ntap case.review.submit\n"
                     "expect text 现在网络断开，您的反映已保存在本机，联网后自动发送，不会丢失。"),
              "");
    EXPECT_EQ(ui.app().caseDesk().outbox()->depth(), 1u);
    // The platform comes back: the case goes by itself (backoff: within seconds) and the banner goes.
    server = std::make_unique<server::RefServer>(options);
    server->start();
    ASSERT_TRUE(testing::eventually([&] { return server->caseCount() == 1; }, 20000ms));
    ASSERT_EQ(ui.run("tap case.receipt.done\nexpect text ● 已联网"), "");
    EXPECT_FALSE(ui.showsText("网络暂时断开了"));
    server.reset();
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kiosk
