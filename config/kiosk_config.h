#pragma once
// The kiosk's one configuration file (config/kiosk.toml). Every key, its default and its meaning
// is listed in kiosk_config.cpp's schema and documented in config/kiosk.toml and docs/configuration.md.
#include <string>
#include <vector>

namespace kiosk::config {

struct KioskConfig {
    struct Hall {
        std::string name = "幸福里社区党群服务中心";
        std::string community = "幸福里社区";
        // "31.2304,121.4737" (WGS84 latitude, longitude): sent as the case's lat/long when the
        // resident chooses 就在本服务大厅附近; "" sends the place in words only.
        std::string location;
        // The hall's phone number for residents, e.g. "0571-8765 4321": 查询进度 names it for a
        // lost 查询码. "" names the hall's staff only.
        std::string phone;
    } hall;
    struct Display {
        bool fullscreen = true;
        int width = 1920;  // used only when not fullscreen
        int height = 1080;
        std::string hours;                 // "07:30-20:00": the unattended display's opening hours; "": always
        std::string outsideHours = "dim";  // dim | blank: the unattended display outside the hours
    } display;
    struct Session {
        int idleTimeoutSeconds = 90;
        int warningCountdownSeconds = 30;
    } session;
    struct Attract {
        int slideSeconds = 12;
    } attract;
    struct Content {
        int staleAfterDays = 35;  // disclosures older than this are flagged as possibly out of date
    } content;
    struct Ui {
        std::string language = "zh-CN";
        std::string textSize = "standard";  // standard | large | extra_large
        std::string colors = "standard";    // standard | high_contrast
    } ui;
    struct Speech {
        std::string volume = "medium";  // low | medium | high: 朗读's step when a session starts
    } speech;
    struct Platform {
        std::string baseUrl;  // "" : no sync (the kiosk works offline from its cache and outbox)
        std::string deviceToken;
        std::string deviceId = "kiosk-1";
        std::string caFile;           // "" : the system's CA bundle
        std::string pinnedPublicKey;  // "sha256//…" or ""
        std::string clientCert;
        std::string clientKey;
        int syncIntervalSeconds = 60;
        std::string format = "json";  // of the Open311 calls: "json" | "xml"
    } platform;
    struct Camera {
        // GStreamer source up to raw video; the kiosk adds the conversion and its sink.
        std::string pipeline = "v4l2src device=/dev/video0 ! video/x-raw,width=1280,height=720";
    } camera;
    struct Printer {
        // The receipt printer (ESC/POS): "/dev/usb/lp0", a serial port "/dev/ttyUSB0", or
        // "tcp://192.168.1.50:9100"; "" : none (no print button anywhere).
        std::string device;
        int paperDots = 576;          // dots across: 576 on 80 mm paper, 384 on 58 mm
        std::string cut = "partial";  // full | partial | none
        bool autoPrint = false;       // the slip comes out by itself when the receipt shows
        std::string qr = "raster";    // raster (drawn by the kiosk) | native (the printer's GS ( k)
        int baud = 9600;              // serial ports only
    } printer;
    struct IdCard {
        // The resident ID card reader (SAM serial protocol, a USB serial port): "/dev/ttyUSB0";
        // "" : none (no 查我本人的记录 anywhere).
        std::string device;
        int baud = 115200;
    } idCard;
    struct Cases {
        // The platform's page for one case: the receipt's QR code (cases.tracking_link).
        std::string trackingLink = "https://jdydt.example.cn/t/{code}";
    } cases;
    struct Fonts {
        std::string path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
        int faceIndex = 2;  // 2 = Simplified Chinese; face 0 is Japanese (门, 令, 直 take Japanese shapes)
    } fonts;
    struct Paths {
        std::string assetsDir;  // empty: the assets folder the kiosk was built with
        std::string dataDir;    // empty: $XDG_STATE_HOME/yidiantong-kiosk or ~/.local/state/yidiantong-kiosk
    } paths;
    struct Staff {
        // The staff PIN as `kiosk --hash-pin` prints it; "" : no staff mode on this kiosk.
        std::string pinHash;
    } staff;
    struct Logging {
        std::string level = "info";  // trace | debug | info | warn | error
        int maxFileKb = 5120;
        int maxFiles = 3;
    } logging;
};

struct ConfigProblem {
    std::string key;  // "session.idle_timeout_s"; empty for a syntax error
    int line = 0;     // 0 when unknown
    std::string message;
    std::string file;          // a drop-in's name ("kiosk.d/50-staff.toml"); empty: the config itself
    std::string text() const;  // "config line 7: key 'session.idle_timeout_s' must be ..."
};

struct ConfigLoadResult {
    KioskConfig config;
    std::vector<ConfigProblem> problems;
    bool ok() const { return problems.empty(); }
};

ConfigLoadResult parseConfig(const std::string& tomlText, const std::string& sourceName);
// The config file, then its drop-ins on top of it key by key: the files ending in .toml in the
// folder beside it named after it (kiosk.toml: kiosk.d/), in name order — so an operator's
// setting lives in a file of its own that no upgrade edits, and a table may appear in several.
// A missing config file is a problem too: the operator must know the kiosk is not running their
// settings.
ConfigLoadResult loadConfigFile(const std::string& path);
// One more TOML text's keys on top of `into.config` (the platform's remote config, read after the
// operator's files); its problems are added to `into.problems`, named by `name`.
void applyConfigLayer(const std::string& tomlText, const std::string& name, ConfigLoadResult& into);
// The drop-ins loadConfigFile reads after `path`, in the order it reads them.
std::vector<std::string> configDropIns(const std::string& path);

// Every key of the schema with its default rendered as TOML, for docs and tests.
struct ConfigKeyDoc {
    std::string key;
    std::string defaultValue;
    std::string meaning;
};
std::vector<ConfigKeyDoc> describeConfigKeys();

}  // namespace kiosk::config
