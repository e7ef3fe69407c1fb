#include "config/kiosk_config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kiosk::config {
namespace {

TEST(Config, ShippedFileLoadsCleanAndHoldsExactlyTheDefaults) {
    const ConfigLoadResult r = loadConfigFile(KIOSK_DEFAULT_CONFIG_FILE);
    ASSERT_TRUE(r.ok()) << r.problems.front().text();
    // Every documented key appears in the shipped file with its default value.
    std::ifstream in(KIOSK_DEFAULT_CONFIG_FILE);
    std::stringstream text;
    text << in.rdbuf();
    for (const ConfigKeyDoc& doc : describeConfigKeys()) {
        const std::string name = doc.key.substr(doc.key.find('.') + 1);
        EXPECT_NE(text.str().find(name + " = " + doc.defaultValue), std::string::npos) << doc.key;
    }
}

TEST(Config, TheOperatorGuideNamesEveryKey) {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/docs/configuration.md");
    std::stringstream text;
    text << in.rdbuf();
    for (const ConfigKeyDoc& doc : describeConfigKeys()) {
        EXPECT_NE(text.str().find("`" + doc.key + "`"), std::string::npos)
            << doc.key << " (run tools/make_config_doc.py)";
    }
}

// /etc/yidiantong-kiosk/kiosk.toml, then kiosk.d/*.toml in name order, key by key: an operator's
// setting in a file of its own, which no upgrade edits.
class ConfigDropIns : public ::testing::Test {
protected:
    void SetUp() override {
        std::filesystem::remove_all(etc_);
        std::filesystem::create_directories(etc_ / "kiosk.d");
        write("kiosk.toml", "[hall]\nname = \"一号厅\"\n[staff]\npin_hash = \"\"\n[session]\nidle_timeout_s = 90\n");
    }
    void TearDown() override { std::filesystem::remove_all(etc_); }
    void write(const std::string& name, const std::string& text) { std::ofstream(etc_ / name) << text; }
    ConfigLoadResult load() { return loadConfigFile((etc_ / "kiosk.toml").string()); }
    const std::filesystem::path etc_ = std::filesystem::temp_directory_path() / "kiosk-config-dropins";
};

TEST_F(ConfigDropIns, LaterFilesSetTheirKeysAndLeaveTheRest) {
    write("kiosk.d/20-hall.toml", "[hall]\nname = \"二号厅\"\n");
    write("kiosk.d/10-hall.toml", "[hall]\nname = \"不是这个\"\nphone = \"0571-8765 4321\"\n");
    write("kiosk.d/30-session.toml", "[session]\nwarning_countdown_s = 40\n");
    const ConfigLoadResult r = load();
    ASSERT_TRUE(r.ok()) << r.problems.front().text();
    EXPECT_EQ(r.config.hall.name, "二号厅") << "20- is read after 10-";
    EXPECT_EQ(r.config.hall.phone, "0571-8765 4321");
    EXPECT_EQ(r.config.session.idleTimeoutSeconds, 90) << "kiosk.toml's own key stays";
    EXPECT_EQ(r.config.session.warningCountdownSeconds, 40);
    EXPECT_EQ(configDropIns((etc_ / "kiosk.toml").string()).size(), 3u);
}

TEST_F(ConfigDropIns, OnlyTomlFilesAreReadNotTheLeftoversOfDpkgOrAnEditor) {
    for (const char* name : {"kiosk.d/50-x.toml.dpkg-old", "kiosk.d/50-x.toml.dpkg-dist", "kiosk.d/50-x.toml~",
                             "kiosk.d/.50-x.toml.swp", "kiosk.d/README"}) {
        write(name, "[hall]\nname = \"错的\"\nnot_a_key = 1\n");
    }
    const ConfigLoadResult r = load();
    ASSERT_TRUE(r.ok()) << r.problems.front().text();
    EXPECT_EQ(r.config.hall.name, "一号厅");
}

TEST_F(ConfigDropIns, AProblemInADropInNamesThatFileAndLine) {
    write("kiosk.d/50-staff.toml", "# the PIN\n[staff]\npin_hash = \"1234\"\n");
    write("kiosk.d/60-broken.toml", "[hall\n");
    const ConfigLoadResult r = load();
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].text().rfind("kiosk.d/50-staff.toml line 3: key 'staff.pin_hash' ", 0), 0u)
        << r.problems[0].text();
    EXPECT_EQ(r.problems[1].text().rfind("kiosk.d/60-broken.toml line 1: is not valid TOML", 0), 0u)
        << r.problems[1].text();
}

TEST(Config, EmptyTextGivesDefaults) {
    const ConfigLoadResult r = parseConfig("", "empty");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.config.session.idleTimeoutSeconds, 90);
    EXPECT_EQ(r.config.fonts.faceIndex, 2);
}

TEST(Config, ReadsValues) {
    const ConfigLoadResult r = parseConfig(
        "[hall]\nname = \"测试大厅\"\n[session]\nidle_timeout_s = 120\n[display]\nfullscreen = false\n"
        "[ui]\nlanguage = \"en\"\ntext_size = \"large\"\n",
        "t");
    ASSERT_TRUE(r.ok()) << r.problems.front().text();
    EXPECT_EQ(r.config.hall.name, "测试大厅");
    EXPECT_EQ(r.config.session.idleTimeoutSeconds, 120);
    EXPECT_FALSE(r.config.display.fullscreen);
    EXPECT_EQ(r.config.ui.language, "en");
    EXPECT_EQ(r.config.ui.textSize, "large");
}

TEST(Config, UnknownKeyNamesKeyAndLine) {
    const ConfigLoadResult r = parseConfig("[session]\nidle_timeout_s = 90\nidle_timout = 30\n", "t");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].key, "session.idle_timout");
    EXPECT_EQ(r.problems[0].line, 3);
    EXPECT_EQ(r.problems[0].text(),
              "config line 3: key 'session.idle_timout' is not a known key (see docs/configuration.md)");
}

TEST(Config, UnknownSectionAndBareKey) {
    const ConfigLoadResult r = parseConfig("colour = 1\n[network]\nurl = \"x\"\n", "t");
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].key, "colour");
    EXPECT_EQ(r.problems[1].key, "network");
}

TEST(Config, TheDisplayHoursAndTheStaffPinAreCheckedAsTheKioskUsesThem) {
    const ConfigLoadResult bad = parseConfig(
        "[display]\nhours = \"7:30 to 20:00\"\n[staff]\npin_hash = \"2468\"\n[cases]\ntracking_link = \"\"\n", "t");
    ASSERT_EQ(bad.problems.size(), 3u);
    auto messageFor = [&](const std::string& key) {
        for (const auto& p : bad.problems) {
            if (p.key == key) return p.message;
        }
        return std::string("(no problem)");
    };
    EXPECT_NE(messageFor("display.hours").find("07:30-20:00"), std::string::npos) << messageFor("display.hours");
    EXPECT_NE(messageFor("staff.pin_hash").find("kiosk --hash-pin"), std::string::npos) << messageFor("staff.pin_hash");
    EXPECT_NE(messageFor("cases.tracking_link").find("https://"), std::string::npos) << "empty is no link";
    EXPECT_EQ(bad.config.staff.pinHash, "") << "a bad PIN record never replaces none";
    const ConfigLoadResult good = parseConfig("[display]\nhours = \"22:00-06:00\"\n[staff]\npin_hash = \"\"\n", "t");
    EXPECT_TRUE(good.ok());
    EXPECT_EQ(good.config.display.hours, "22:00-06:00");
}

TEST(Config, TheHallPhoneIsANumberAsResidentsReadIt) {
    for (const char* good : {"0571-8765 4321", "12345", ""}) {
        const ConfigLoadResult r = parseConfig(std::string("[hall]\nphone = \"") + good + "\"\n", "t");
        EXPECT_TRUE(r.ok()) << good;
        EXPECT_EQ(r.config.hall.phone, good);
    }
    for (const char* bad : {"call 0571", "12", "0571\u202e8765", " 0571-8765", "0571-8765-4321-0000-1111"}) {
        const ConfigLoadResult r = parseConfig(std::string("[hall]\nphone = \"") + bad + "\"\n", "t");
        ASSERT_EQ(r.problems.size(), 1u) << bad;
        EXPECT_NE(r.problems[0].message.find("0571-8765 4321"), std::string::npos) << r.problems[0].message;
        EXPECT_EQ(r.config.hall.phone, "") << "a bad number never replaces none";
    }
}

TEST(Config, BadValuesSayWhatIsAllowed) {
    const ConfigLoadResult r = parseConfig(
        "[session]\nwarning_countdown_s = 5\nidle_timeout_s = \"ninety\"\n[ui]\nlanguage = \"fr\"\n"
        "[display]\nfullscreen = 1\n",
        "t");
    ASSERT_EQ(r.problems.size(), 4u);
    auto problemFor = [&](const std::string& key) {
        for (const auto& p : r.problems) {
            if (p.key == key) return p;
        }
        return ConfigProblem{};
    };
    EXPECT_EQ(problemFor("session.warning_countdown_s").text(),
              "config line 2: key 'session.warning_countdown_s' must be a whole number from 20 to 600");
    EXPECT_EQ(problemFor("session.idle_timeout_s").line, 3);
    EXPECT_EQ(problemFor("ui.language").message, "must be one of \"zh-CN\", \"en\"");
    EXPECT_EQ(problemFor("display.fullscreen").message, "must be true or false");
    // A bad value never replaces the default.
    EXPECT_EQ(r.config.session.warningCountdownSeconds, 30);
}

// A serial port's speed is one the port can be set to: 14400 was accepted and quietly run at 9600.
// [id_card] device is a device path or nothing; its speed a standard rate, like the printer's.
TEST(Config, TheIdCardReaderIsADevicePathAtAStandardSpeed) {
    const ConfigLoadResult good = parseConfig("[id_card]\ndevice = \"/dev/ttyUSB1\"\nbaud = 9600\n", "t");
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good.config.idCard.device, "/dev/ttyUSB1");
    EXPECT_EQ(good.config.idCard.baud, 9600);
    EXPECT_EQ(parseConfig("", "t").config.idCard.device, "") << "no reader unless one is named";
    EXPECT_EQ(parseConfig("", "t").config.idCard.baud, 115200);
    for (const char* bad : {"ttyUSB0", "/dev/../etc/passwd", "/dev/tty USB0", "tcp://10.0.0.5:9100"}) {
        const ConfigLoadResult r = parseConfig(std::string("[id_card]\ndevice = \"") + bad + "\"\n", "t");
        ASSERT_EQ(r.problems.size(), 1u) << bad;
        EXPECT_EQ(r.problems[0].key, "id_card.device") << bad;
        EXPECT_EQ(r.config.idCard.device, "") << bad;
    }
    const ConfigLoadResult slow = parseConfig("[id_card]\nbaud = 14400\n", "t");
    ASSERT_EQ(slow.problems.size(), 1u);
    EXPECT_EQ(slow.config.idCard.baud, 115200);
}

TEST(Config, APrintersSerialSpeedIsAStandardRate) {
    for (const int good : {9600, 115200, 921600}) {
        const ConfigLoadResult r = parseConfig("[printer]\nbaud = " + std::to_string(good) + "\n", "t");
        EXPECT_TRUE(r.ok()) << good;
        EXPECT_EQ(r.config.printer.baud, good);
    }
    for (const char* bad : {"14400", "0", "-9600", "99999999999", "\"9600\""}) {
        const ConfigLoadResult r = parseConfig(std::string("[printer]\nbaud = ") + bad + "\n", "t");
        ASSERT_EQ(r.problems.size(), 1u) << bad;
        EXPECT_EQ(r.problems[0].message,
                  "must be one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600")
            << bad;
        EXPECT_EQ(r.config.printer.baud, 9600) << "a bad speed never replaces the default";
    }
}

TEST(Config, TheReceiptLinkMustBeHttpsWithTheCodeInIt) {
    const ConfigLoadResult ok = parseConfig("[cases]\ntracking_link = \"https://x.gov.cn/c?id={code}\"\n", "t");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.config.cases.trackingLink, "https://x.gov.cn/c?id={code}");
    const ConfigLoadResult bad = parseConfig("[cases]\ntracking_link = \"http://x.gov.cn/{code}\"\n", "t");
    ASSERT_EQ(bad.problems.size(), 1u);
    EXPECT_EQ(bad.problems[0].text(), "config line 2: key 'cases.tracking_link' must start with https://");
    // A page for phones may route by fragment; user info or the code in the host may not be.
    EXPECT_TRUE(parseConfig("[cases]\ntracking_link = \"https://x.gov.cn/h5/#/t/{code}\"\n", "t").ok());
    for (const char* link :
         {"https://u:p@x.gov.cn/t/{code}", "https://x.gov.cn@evil.cn/t/{code}", "https://t{code}.x.gov.cn/"}) {
        const ConfigLoadResult refused = parseConfig("[cases]\ntracking_link = \"" + std::string(link) + "\"\n", "t");
        EXPECT_EQ(refused.problems.size(), 1u) << link;
    }
}

// Issue 19: "http://127.0.0.1:@other.host/…" passed the prefix test; curl reads 127.0.0.1: as user
// info and would have sent the token and residents' phone numbers to other.host in clear.
TEST(Config, ThePlatformAddressIsReadAsCurlReadsIt) {
    for (const char* url : {"http://127.0.0.1:@other.host/open311/v2", "https://user:pw@jd.example.gov.cn/open311/v2",
                            "http://localhost.evil.cn/open311/v2", "http://jd.example.gov.cn/open311/v2",
                            "https://jd.example.gov.cn/open311/v2#x", "https://jd.example.gov.cn/open311/v2?k=1"}) {
        const ConfigLoadResult r = parseConfig("[platform]\nbase_url = \"" + std::string(url) + "\"\n", "t");
        ASSERT_EQ(r.problems.size(), 1u) << url;
        EXPECT_EQ(r.problems[0].key, "platform.base_url");
        EXPECT_EQ(r.problems[0].message.find("other.host"), std::string::npos) << "never quoted";
        EXPECT_EQ(r.config.platform.baseUrl, "") << url;
    }
    for (const char* url : {"https://jd.example.gov.cn/open311/v2", "http://127.0.0.1:8443/open311/v2",
                            "http://localhost:8080/open311/v2", "http://[::1]:8080/open311/v2"}) {
        const ConfigLoadResult r = parseConfig("[platform]\nbase_url = \"" + std::string(url) + "\"\n", "t");
        EXPECT_TRUE(r.ok()) << url << ": " << (r.problems.empty() ? "" : r.problems[0].text());
    }
}

TEST(Config, TextValuesFollowTheOneTextRule) {
    const ConfigLoadResult r = parseConfig("[hall]\nname = \"幸福里\u202E社区服务大厅\"\n", "t");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].message, "holds a control or invisible character (character 4)");
}

TEST(Config, SyntaxErrorNamesTheLine) {
    const ConfigLoadResult r = parseConfig("[session]\nidle_timeout_s = = 3\n", "t");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].line, 2);
    EXPECT_NE(r.problems[0].message.find("not valid TOML"), std::string::npos);
}

TEST(Config, MissingFileIsAProblem) {
    const ConfigLoadResult r = loadConfigFile("/nonexistent/kiosk.toml");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_NE(r.problems[0].message.find("/nonexistent/kiosk.toml"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::config
