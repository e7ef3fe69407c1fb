// The fleet page (issue 25) in a real browser: Debian's Chromium, headless, opens the platform's
// /fleet?key=… over TLS as an admin would — the key becomes a session cookie on the redirect — and
// the page lists each kiosk from its heartbeats: the one behind the newest version marked, a
// printer out of paper marked, today's visits per community, the enrolment waiting, the latest
// screenshot. A hall name with markup in it shows as text. The page's own screenshot is kept in
// the build folder (test-output/fleet-page.png) to be looked at.
#include <gtest/gtest.h>
#include <httplib.h>
#include <stb_image.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "ref_server.h"
#include "storage/png_bytes.h"
#include "support/platform_fixture.h"

namespace kiosk {
namespace {

using json = nlohmann::json;

// Chromium as the machine's notes say it runs headless here (no sandbox as root, no background
// traffic); the test CA is not in Chromium's store, so certificate errors are ignored for this
// loopback page.
std::string runChromium(const std::filesystem::path& profile, const std::string& args) {
    const std::string command =
        "timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic "
        "--no-first-run --disable-background-networking --disable-component-update "
        "--disable-sync --ignore-certificate-errors --user-data-dir=" +
        profile.string() + " " + args + " 2>/dev/null";
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
    ::pclose(pipe);
    return out;
}

std::string today() {
    const std::time_t t = std::time(nullptr) + 8 * 3600;  // refserver's zone, +08:00
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

class FleetPage : public testing::PlatformTest {
protected:
    std::unique_ptr<httplib::SSLClient> client(const std::string& token) const { return httpsClient(token); }

    json heartbeat(const std::string& device, const std::string& version, const std::string& hall,
                   const std::string& community, int visits) const {
        return {{"device_id", device},
                {"app_version", version},
                {"uptime_s", 100},
                {"outbox_depth", 0},
                {"needs_attention", 0},
                {"hall", {{"name", hall}, {"community", community}}},
                {"counters", {{"date", today()}, {"visits", visits}}}};
    }
};

TEST_F(FleetPage, AnAdminsBrowserSeesEveryKioskWhatNeedsAttentionAndTheLatestScreenshot) {
    server::RefServerOptions options = platformOptions({"kiosk-secret"});
    options.adminToken = "admin-secret";
    server::RefServer& server = startPlatform(options);
    auto device = client("kiosk-secret");
    auto post = [&](const json& beat) {
        const auto res = device->Post("/open311/v2/kiosk/heartbeat", beat.dump(), "application/json");
        ASSERT_TRUE(res);
        ASSERT_EQ(res->status, 200) << res->body;
    };
    post(heartbeat("hall-a", "0.2.0", "幸福里社区党群服务中心", "幸福里社区", 12));
    json behind = heartbeat("hall-b", "0.1.9", "<script>alert(1)</script>河畔村", "河畔村", 5);
    behind["printer"] = {{"state", "paper_end"}, {"paper_low", true}, {"status_known", true}};
    behind["needs_attention"] = 2;
    behind["out_of_service"] = 1;
    post(behind);
    json rolledBack = heartbeat("hall-c", "0.2.0", "幸福里社区东门服务站", "幸福里社区", 7);
    rolledBack["camera"] = {{"state", "failed"}};
    rolledBack["remote_config"] = {
        {"state", "rolled_back"}, {"version", "c9"}, {"problem", "no heartbeat in 5 minutes"}};
    post(rolledBack);
    // hall-a's screenshot: the command, the heartbeat that delivers it, the picture.
    const std::string shot = server.queueCommand("hall-a", "screenshot");
    post(heartbeat("hall-a", "0.2.0", "幸福里社区党群服务中心", "幸福里社区", 12));
    std::vector<std::uint8_t> rgba(320 * 180 * 4, 0);
    for (std::size_t i = 0; i < rgba.size(); i += 4) rgba[i] = 200, rgba[i + 1] = 40, rgba[i + 3] = 255;
    const auto uploaded = device->Post("/open311/v2/kiosk/commands/" + shot + "/screenshot?device_id=hall-a",
                                       storage::pngBytes(320, 180, rgba, 1 << 20), "image/png");
    ASSERT_TRUE(uploaded);
    ASSERT_EQ(uploaded->status, 200) << uploaded->body;
    // A kiosk waiting to be enrolled.
    const auto enrol = client("")->Post(
        "/open311/v2/kiosk/enrolments",
        json{{"claim_sha256", std::string(64, '0')}, {"hall", "新风社区服务站"}, {"app_version", "0.2.0"}}.dump(),
        "application/json");
    ASSERT_EQ(enrol->status, 201);
    const std::string code = json::parse(enrol->body)["code"];

    // Without the key there is no page.
    EXPECT_EQ(client("")->Get("/fleet")->status, 403);
    EXPECT_EQ(client("")->Get("/fleet?key=wrong")->status, 403);

    const std::string url = "https://127.0.0.1:" + std::to_string(server.port()) + "/fleet?key=admin-secret";
    const std::string dom = runChromium(dir_ / "chromium", "--dump-dom '" + url + "'");
    ASSERT_NE(dom.find("设备总览"), std::string::npos) << "the page loaded in Chromium:\n" << dom.substr(0, 400);
    for (const char* id : {"hall-a", "hall-b", "hall-c"})
        EXPECT_NE(dom.find(std::string("data-device=\"") + id + "\""), std::string::npos) << id << "'s row";
    EXPECT_NE(dom.find("0.1.9（落后）"), std::string::npos) << "the kiosk behind the newest version is marked";
    EXPECT_EQ(dom.find("0.2.0（落后）"), std::string::npos);
    EXPECT_NE(dom.find("<td class=\"bad\">缺纸</td>"), std::string::npos) << "a printer out of paper is marked";
    EXPECT_NE(dom.find("<td class=\"bad\">2</td>"), std::string::npos) << "cases needing an operator";
    EXPECT_NE(dom.find("<td>幸福里社区</td><td>19</td>"), std::string::npos) << "today's visits per community";
    EXPECT_NE(dom.find("<td>河畔村</td><td>5</td>"), std::string::npos);
    EXPECT_NE(dom.find(code.substr(0, 4) + " " + code.substr(4)), std::string::npos) << "the enrolment waiting";
    EXPECT_NE(dom.find("新风社区服务站"), std::string::npos);
    EXPECT_EQ(dom.find("<script>"), std::string::npos) << "a hall's name is text, never markup";
    EXPECT_NE(dom.find("&lt;script&gt;alert(1)&lt;/script&gt;河畔村"), std::string::npos);
    EXPECT_NE(dom.find("/fleet/devices/hall-a/screenshot.png"), std::string::npos) << "hall-a's screenshot";
    EXPECT_EQ(dom.find("key=admin-secret"), std::string::npos) << "the key leaves the address at once";
    EXPECT_NE(dom.find("<td class=\"bad\">故障</td>"), std::string::npos) << "a failed camera is marked";
    EXPECT_NE(dom.find("<td class=\"bad\">暂停服务（1 个配置问题，看日志）</td>"), std::string::npos)
        << "a kiosk on its out-of-service screen is marked";
    EXPECT_NE(dom.find("<td class=\"bad\">已回退：no heartbeat in 5 minutes</td>"), std::string::npos)
        << "a remote config rolled back is marked, with why";

    // The row's 测试摄像头 button, posted as the browser posts its form: the command is queued.
    const auto session = client("")->Get("/fleet?key=admin-secret");
    ASSERT_TRUE(session);
    const std::string cookie =
        session->get_header_value("Set-Cookie").substr(0, session->get_header_value("Set-Cookie").find(';'));
    httplib::Headers headers = {{"Cookie", cookie}};
    headers.emplace("Origin", "https://127.0.0.1:" + std::to_string(server.port()));  // the page's own
    const std::string page = client("")->Get("/fleet", headers)->body;  // this session's page and its form token
    const std::string tokenMark = "name=\"form_token\" value=\"";
    const std::size_t at = page.find(tokenMark);
    ASSERT_NE(at, std::string::npos);
    const std::size_t from = at + tokenMark.size();
    const std::string formToken = page.substr(from, page.find('"', from) - from);
    ASSERT_NE(dom.find("<button>测试摄像头</button>"), std::string::npos);
    const auto queued =
        client("")->Post("/fleet/devices/hall-c/commands", headers, "form_token=" + formToken + "&command=test_camera",
                         "application/x-www-form-urlencoded");
    ASSERT_TRUE(queued);
    EXPECT_EQ(queued->status, 303);
    httplib::Headers elsewhere = {{"Cookie", cookie}, {"Origin", "https://127.0.0.1.evil.example"}};
    EXPECT_EQ(client("")
                  ->Post("/fleet/devices/hall-c/commands", elsewhere, "form_token=" + formToken + "&command=restart",
                         "application/x-www-form-urlencoded")
                  ->status,
              403)
        << "a form posted from another site's page, even with the token";
    elsewhere = {{"Cookie", cookie}, {"Origin", "http://127.0.0.1:" + std::to_string(server.port())}};
    EXPECT_EQ(client("")
                  ->Post("/fleet/devices/hall-c/commands", elsewhere, "form_token=" + formToken + "&command=restart",
                         "application/x-www-form-urlencoded")
                  ->status,
              403)
        << "the same host without TLS is another origin";
    const auto delivered = device->Post("/open311/v2/kiosk/heartbeat", rolledBack.dump(), "application/json");
    EXPECT_EQ(json::parse(delivered->body)["commands"][0]["name"], "test_camera");
    EXPECT_EQ(client("")
                  ->Post("/fleet/devices/hall-c/commands", headers, "form_token=" + formToken + "&command=set_config",
                         "application/x-www-form-urlencoded")
                  ->status,
              400)
        << "a command with fields goes by the admin API";

    // The page as the admin sees it: kept for a person to look at, and not blank.
    const auto picture = std::filesystem::current_path() / "test-output" / "fleet-page.png";
    std::filesystem::create_directories(picture.parent_path());
    std::filesystem::remove(picture);
    runChromium(dir_ / "chromium-shot", "--window-size=1600,900 --screenshot=" + picture.string() + " '" + url + "'");
    int w = 0, h = 0, n = 0;
    unsigned char* pixels = stbi_load(picture.c_str(), &w, &h, &n, 3);
    ASSERT_NE(pixels, nullptr) << "Chromium saved the page's screenshot";
    EXPECT_EQ(w, 1600);
    // The screenshot's red (200, 40, 0) shows on the page: the <img> loaded with the session.
    int red = 0;
    for (int i = 0; i < w * h; ++i) red += (pixels[i * 3] > 180 && pixels[i * 3 + 1] < 70 && pixels[i * 3 + 2] < 30);
    stbi_image_free(pixels);
    EXPECT_GT(red, 5000) << "hall-a's screenshot is drawn on the page";
}

}  // namespace
}  // namespace kiosk
