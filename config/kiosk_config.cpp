#include "config/kiosk_config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include "core/device_path.h"
#include "core/display_schedule.h"
#include "core/geo_point.h"
#include "core/printer_address.h"
#include "core/serial_speed.h"
#include "core/staff_entry.h"
#include "core/text_rule.h"
#include "core/tracking_link.h"
#include "core/web_address.h"

namespace kiosk::config {
namespace {

// One key of the schema: how to read it into the config and how to show its default.
struct KeySpec {
    const char* key;
    const char* meaning;
    // Applies the node's value; returns an error message in plain words, or nothing when fine.
    std::function<std::optional<std::string>(const toml::node&, KioskConfig&)> apply;
    std::function<std::string(const KioskConfig&)> showDefault;
};

template <typename Section>
KeySpec intKeyIn(const char* key, const char* meaning, Section KioskConfig::*section, int Section::*field, int min,
                 int max) {
    return KeySpec{key, meaning,
                   [=](const toml::node& node, KioskConfig& c) -> std::optional<std::string> {
                       const auto value = node.value<int64_t>();
                       if (!node.is_integer() || !value || *value < min || *value > max) {
                           return "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
                       }
                       (c.*section).*field = static_cast<int>(*value);
                       return std::nullopt;
                   },
                   [=](const KioskConfig& c) { return std::to_string((c.*section).*field); }};
}

template <typename Section>
KeySpec boolKeyIn(const char* key, const char* meaning, Section KioskConfig::*section, bool Section::*field) {
    return KeySpec{key, meaning,
                   [=](const toml::node& node, KioskConfig& c) -> std::optional<std::string> {
                       if (!node.is_boolean()) return "must be true or false";
                       (c.*section).*field = node.value<bool>().value_or(false);
                       return std::nullopt;
                   },
                   [=](const KioskConfig& c) { return std::string((c.*section).*field ? "true" : "false"); }};
}

template <typename Section>
KeySpec stringKeyIn(const char* key, const char* meaning, Section KioskConfig::*section, std::string Section::*field,
                    const std::vector<std::string>& allowed = {}, std::size_t maxBytes = 512) {
    return KeySpec{key, meaning,
                   [=](const toml::node& node, KioskConfig& c) -> std::optional<std::string> {
                       if (!node.is_string()) return std::string("must be text in quotes");
                       const std::string value = node.value<std::string>().value_or("");
                       if (value.size() > maxBytes) return "is longer than " + std::to_string(maxBytes) + " bytes";
                       // The one text rule (core/text_rule): no controls or invisible characters.
                       if (auto problem = core::textProblem(value, core::Lines::One, maxBytes, false)) return problem;
                       if (!allowed.empty()) {
                           bool found = false;
                           std::string list;
                           for (const auto& a : allowed) {
                               found = found || a == value;
                               list += (list.empty() ? "" : ", ") + ("\"" + a + "\"");
                           }
                           if (!found) return "must be one of " + list;
                       }
                       (c.*section).*field = value;
                       return std::nullopt;
                   },
                   [=](const KioskConfig& c) { return "\"" + (c.*section).*field + "\""; }};
}

// A text key whose value `problem` checks as the core will use it (nothing: fine). With
// `emptyAllowed`, "" always passes (the feature is off).
template <typename Section>
KeySpec checkedStringKeyIn(const char* key, const char* meaning, Section KioskConfig::*section,
                           std::string Section::*field, std::optional<std::string> (*problem)(std::string_view),
                           bool emptyAllowed) {
    return KeySpec{key, meaning,
                   [=](const toml::node& node, KioskConfig& c) -> std::optional<std::string> {
                       if (!node.is_string()) return std::string("must be text in quotes");
                       const std::string value = node.value<std::string>().value_or("");
                       if (!(emptyAllowed && value.empty())) {
                           if (auto why = problem(value)) return why;
                       }
                       (c.*section).*field = value;
                       return std::nullopt;
                   },
                   [=](const KioskConfig& c) { return "\"" + (c.*section).*field + "\""; }};
}

std::optional<std::string> hallLocationProblem(std::string_view value) {
    if (core::parseGeoPoint(value)) return std::nullopt;
    return std::string("must be \"latitude,longitude\" in decimal degrees, like \"31.2304,121.4737\" (or \"\")");
}

// Digits with the separators people write (space, -), 3 to 20 characters: it is shown to
// residents as it is written here.
std::optional<std::string> hallPhoneProblem(std::string_view value) {
    const bool allowed =
        std::all_of(value.begin(), value.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == ' '; });
    const auto digits = std::count_if(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (allowed && digits >= 3 && value.size() <= 20 && value.front() != ' ' && value.back() != ' ') {
        return std::nullopt;
    }
    return std::string("must be a phone number of digits, spaces and -, like \"0571-8765 4321\" (or \"\")");
}

std::optional<std::string> printerDeviceProblem(std::string_view value) {
    std::string problem;
    if (core::parsePrinterAddress(value, &problem)) return std::nullopt;
    return problem + " (or \"\" for no printer)";
}

// A serial port's speed: one of the standard rates (core::kSerialSpeeds), which the port is then
// set to — not a number the port would quietly replace by another.
template <typename Section>
KeySpec serialSpeedKeyIn(const char* key, const char* meaning, Section KioskConfig::*section, int Section::*field) {
    return KeySpec{
        key, meaning,
        [=](const toml::node& node, KioskConfig& c) -> std::optional<std::string> {
            const auto value = node.value<int64_t>();
            if (!node.is_integer() || !value || *value > 10'000'000 || !core::isSerialSpeed(static_cast<int>(*value))) {
                return "must be one of " + core::serialSpeedList();
            }
            (c.*section).*field = static_cast<int>(*value);
            return std::nullopt;
        },
        [=](const KioskConfig& c) { return std::to_string((c.*section).*field); }};
}

// Dots across the paper: whole bytes (the raster is sent in bytes), 256 to 832.
KeySpec paperDotsKey(const char* key, const char* meaning) {
    return KeySpec{key, meaning,
                   [](const toml::node& node, KioskConfig& c) -> std::optional<std::string> {
                       const auto value = node.value<int64_t>();
                       if (!node.is_integer() || !value || *value < 256 || *value > 832 || *value % 8 != 0) {
                           return std::string(
                               "must be a whole number of dots from 256 to 832 divisible by 8 (576 "
                               "for 80 mm paper, 384 for 58 mm)");
                       }
                       c.printer.paperDots = static_cast<int>(*value);
                       return std::nullopt;
                   },
                   [](const KioskConfig& c) { return std::to_string(c.printer.paperDots); }};
}

std::optional<std::string> displayHoursProblem(std::string_view value) {
    if (core::parseDisplayHours(value)) return std::nullopt;
    return std::string("must be two times like \"07:30-20:00\" (or \"\" for always on)");
}

// The platform's address: https (plain http only to loopback, for development), or "" for none.
KeySpec baseUrlKey(const char* key, const char* meaning) {
    return KeySpec{key, meaning,
                   [](const toml::node& node, KioskConfig& c) -> std::optional<std::string> {
                       if (!node.is_string()) return std::string("must be text in quotes");
                       const std::string value = node.value<std::string>().value_or("");
                       // Read the way curl will read it: a prefix test let "http://127.0.0.1:@other.host"
                       // through to other.host in clear (core/web_address).
                       std::string problem;
                       if (!value.empty()) {
                           const auto address = core::readWebAddress(value, core::PlainHttp::LoopbackOnly, &problem);
                           if (!address) return problem;
                           if (!address->query.empty()) return std::string("must not hold a ?query");
                           if (value.back() == '/') return std::string("must not end with /");
                       }
                       c.platform.baseUrl = value;
                       return std::nullopt;
                   },
                   [](const KioskConfig& c) { return "\"" + c.platform.baseUrl + "\""; }};
}

using C = KioskConfig;

const std::vector<KeySpec>& schema() {
    static const std::vector<KeySpec> keys{
        stringKeyIn("hall.name", "name of this service hall, shown in the top bar", &C::hall, &C::Hall::name, {}, 120),
        stringKeyIn("hall.community", "the community this hall serves (default for disclosures)", &C::hall,
                    &C::Hall::community, {}, 120),
        checkedStringKeyIn("hall.location",
                           "the hall's place, latitude,longitude (sent with cases filed 'at the hall')", &C::hall,
                           &C::Hall::location, &hallLocationProblem, true),
        checkedStringKeyIn("hall.phone", "the hall's phone number, named to residents who lost their 查询码", &C::hall,
                           &C::Hall::phone, &hallPhoneProblem, true),
        boolKeyIn("display.fullscreen", "fullscreen on the primary monitor (cursor hidden, close ignored)", &C::display,
                  &C::Display::fullscreen),
        intKeyIn("display.width", "window width when not fullscreen", &C::display, &C::Display::width, 640, 7680),
        intKeyIn("display.height", "window height when not fullscreen", &C::display, &C::Display::height, 480, 7680),
        checkedStringKeyIn("display.hours", "the unattended display's opening hours (empty: always on)", &C::display,
                           &C::Display::hours, &displayHoursProblem, true),
        stringKeyIn("display.outside_hours", "the unattended display outside the hours", &C::display,
                    &C::Display::outsideHours, {"dim", "blank"}),
        intKeyIn("session.idle_timeout_s", "seconds without a touch before \"还在吗？\" appears", &C::session,
                 &C::Session::idleTimeoutSeconds, 20, 3600),
        // WCAG 2.2.1 asks for at least 20 s to extend a time limit.
        intKeyIn("session.warning_countdown_s", "seconds the \"还在吗？\" countdown runs before the session is wiped",
                 &C::session, &C::Session::warningCountdownSeconds, 20, 600),
        intKeyIn("attract.slide_seconds", "seconds each announcement stays on the unattended display", &C::attract,
                 &C::Attract::slideSeconds, 3, 600),
        intKeyIn("content.stale_after_days", "days after which disclosure data is marked as possibly out of date",
                 &C::content, &C::Content::staleAfterDays, 1, 3650),
        stringKeyIn("ui.language", "language of the UI text", &C::ui, &C::Ui::language, {"zh-CN", "en"}),
        stringKeyIn("ui.text_size", "text size a session starts with", &C::ui, &C::Ui::textSize,
                    {"standard", "large", "extra_large"}),
        stringKeyIn("ui.colors", "colours a session starts with (high_contrast: white and yellow on black)", &C::ui,
                    &C::Ui::colors, {"standard", "high_contrast"}),
        stringKeyIn("speech.volume", "read-aloud loudness a session starts with (the hall's level is the mixer's)",
                    &C::speech, &C::Speech::volume, {"low", "medium", "high"}),
        baseUrlKey("platform.base_url", "the platform's Open311 endpoint (empty: no sync)"),
        stringKeyIn("platform.device_token", "this kiosk's device token (a secret; empty: the kiosk enrols)",
                    &C::platform, &C::Platform::deviceToken),
        stringKeyIn("platform.device_id", "this kiosk's name on the platform", &C::platform, &C::Platform::deviceId),
        stringKeyIn("platform.ca_file", "CA bundle for the platform's certificate (empty: the system's)", &C::platform,
                    &C::Platform::caFile),
        stringKeyIn("platform.pinned_public_key", "sha256//… pin of the platform's key (empty: none)", &C::platform,
                    &C::Platform::pinnedPublicKey),
        stringKeyIn("platform.client_cert", "client certificate (PEM) the kiosk presents (empty: none)", &C::platform,
                    &C::Platform::clientCert),
        stringKeyIn("platform.client_key", "its private key (PEM)", &C::platform, &C::Platform::clientKey),
        intKeyIn("platform.sync_interval_s", "seconds between sync rounds", &C::platform,
                 &C::Platform::syncIntervalSeconds, 5, 3600),
        stringKeyIn("platform.format", "format of the Open311 calls (xml: for a platform that speaks only XML)",
                    &C::platform, &C::Platform::format, {"json", "xml"}),
        stringKeyIn("camera.pipeline",
                    "GStreamer source of the camera, up to raw video (the kiosk adds conversion and sink)", &C::camera,
                    &C::Camera::pipeline, {}, 500),
        checkedStringKeyIn("printer.device",
                           "the receipt printer (ESC/POS): /dev/usb/lp0, a serial port, or tcp://host:9100 (empty: "
                           "none, no print button)",
                           &C::printer, &C::Printer::device, &printerDeviceProblem, true),
        paperDotsKey("printer.paper_dots", "dots across the paper: 576 on 80 mm paper, 384 on 58 mm"),
        stringKeyIn("printer.cut", "how the slip is cut off", &C::printer, &C::Printer::cut,
                    {"full", "partial", "none"}),
        boolKeyIn("printer.auto_print", "print the slip by itself when the receipt shows", &C::printer,
                  &C::Printer::autoPrint),
        stringKeyIn("printer.qr", "the slip's QR code: drawn by the kiosk (raster) or the printer's own (native)",
                    &C::printer, &C::Printer::qr, {"raster", "native"}),
        serialSpeedKeyIn("printer.baud", "speed of a serial printer's port", &C::printer, &C::Printer::baud),
        checkedStringKeyIn("id_card.device",
                           "the resident ID card reader's serial port, /dev/ttyUSB0 (empty: none, no 查我本人的记录)",
                           &C::idCard, &C::IdCard::device, &core::devicePathProblem, true),
        serialSpeedKeyIn("id_card.baud", "speed of the ID card reader's port (most readers: 115200)", &C::idCard,
                         &C::IdCard::baud),
        checkedStringKeyIn("cases.tracking_link",
                           "the platform's page for a case, {code} where its code goes (receipt QR)", &C::cases,
                           &C::Cases::trackingLink, &core::trackingLinkTemplateProblem, false),
        stringKeyIn("fonts.path", "CJK font file (package fonts-noto-cjk)", &C::fonts, &C::Fonts::path),
        intKeyIn("fonts.face_index", "face in the .ttc file: 2 is Simplified Chinese", &C::fonts, &C::Fonts::faceIndex,
                 0, 32),
        stringKeyIn("paths.assets_dir", "folder with i18n/, demo/ and images (empty: the built-in one)", &C::paths,
                    &C::Paths::assetsDir),
        stringKeyIn("paths.data_dir", "folder for the database, photos and logs (empty: ~/.local/state/...)", &C::paths,
                    &C::Paths::dataDir),
        checkedStringKeyIn("staff.pin_hash",
                           "the staff PIN, as `kiosk --hash-pin` prints it (empty: no staff mode; hold the top-left "
                           "corner 5 s to enter)",
                           &C::staff, &C::Staff::pinHash, &core::pinRecordProblem, true),
        stringKeyIn("logging.level", "least severe level written to the log", &C::logging, &C::Logging::level,
                    {"trace", "debug", "info", "warn", "error"}),
        intKeyIn("logging.max_file_kb", "size of one log file before it rotates", &C::logging, &C::Logging::maxFileKb,
                 64, 1048576),
        intKeyIn("logging.max_files", "rotated log files kept", &C::logging, &C::Logging::maxFiles, 1, 50),
    };
    return keys;
}

const KeySpec* findSpec(std::string_view key) {
    for (const auto& spec : schema()) {
        if (key == spec.key) return &spec;
    }
    return nullptr;
}

bool isSectionName(std::string_view name) {
    for (const auto& spec : schema()) {
        const std::string_view key = spec.key;
        if (key.substr(0, key.find('.')) == name) return true;
    }
    return false;
}

}  // namespace

std::string ConfigProblem::text() const {
    std::string out = file.empty() ? "config" : file;
    if (line > 0) out += " line " + std::to_string(line);
    out += ": ";
    if (!key.empty()) out += "key '" + key + "' ";
    return out + message;
}

namespace {

// One TOML text's keys applied on top of `config`; what is wrong goes to `problems`, named by
// `file` (empty: the config itself).
void applyConfigText(const std::string& tomlText, const std::string& sourceName, const std::string& file,
                     KioskConfig& config, std::vector<ConfigProblem>& problems) {
    auto problem = [&](std::string key, int line, std::string message) {
        problems.push_back({std::move(key), line, std::move(message), file});
    };
    toml::table root;
    try {
        root = toml::parse(tomlText, sourceName);
    } catch (const toml::parse_error& e) {
        problem("", static_cast<int>(e.source().begin.line), "is not valid TOML: " + std::string(e.description()));
        return;
    }
    for (const auto& [sectionKey, sectionNode] : root) {
        const std::string section(sectionKey.str());
        const int sectionLine = static_cast<int>(sectionNode.source().begin.line);
        const auto* table = sectionNode.as_table();
        if (!table) {
            problem(section, sectionLine, isSectionName(section) ? "must be a [section]" : "is not a known key");
            continue;
        }
        if (!isSectionName(section)) {
            problem(section, sectionLine, "is not a known section");
            continue;
        }
        for (const auto& [nameKey, node] : *table) {
            const std::string key = section + "." + std::string(nameKey.str());
            const int line = static_cast<int>(node.source().begin.line);
            const KeySpec* spec = findSpec(key);
            if (!spec) {
                problem(key, line, "is not a known key (see docs/configuration.md)");
                continue;
            }
            if (auto error = spec->apply(node, config)) problem(key, line, *error);
        }
    }
}

std::optional<std::string> readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

ConfigLoadResult parseConfig(const std::string& tomlText, const std::string& sourceName) {
    ConfigLoadResult result;
    applyConfigText(tomlText, sourceName, "", result.config, result.problems);
    return result;
}

void applyConfigLayer(const std::string& tomlText, const std::string& name, ConfigLoadResult& into) {
    applyConfigText(tomlText, name, name, into.config, into.problems);
}

std::vector<std::string> configDropIns(const std::string& path) {
    const std::filesystem::path file(path);
    const std::filesystem::path folder = file.parent_path() / (file.stem().string() + ".d");
    std::vector<std::string> found;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return found;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        // dpkg's and editors' leftovers (.toml.dpkg-old, .toml~, .#x.toml) are not read.
        if (name.empty() || name[0] == '.' || entry.path().extension() != ".toml") continue;
        if (!entry.is_regular_file(ec)) continue;
        found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

ConfigLoadResult loadConfigFile(const std::string& path) {
    ConfigLoadResult result;
    const auto text = readWholeFile(path);
    if (!text) {
        result.problems.push_back({"", 0, "cannot open the config file " + path, ""});
        return result;
    }
    applyConfigText(*text, path, "", result.config, result.problems);
    for (const std::string& dropIn : configDropIns(path)) {
        const std::filesystem::path p(dropIn);
        const std::string name = p.parent_path().filename().string() + "/" + p.filename().string();
        const auto more = readWholeFile(p);
        if (!more) {
            result.problems.push_back({"", 0, "cannot open the config file " + dropIn, name});
            continue;
        }
        applyConfigText(*more, dropIn, name, result.config, result.problems);
    }
    return result;
}

std::vector<ConfigKeyDoc> describeConfigKeys() {
    const KioskConfig defaults;
    std::vector<ConfigKeyDoc> docs;
    for (const auto& spec : schema()) docs.push_back({spec.key, spec.showDefault(defaults), spec.meaning});
    return docs;
}

}  // namespace kiosk::config
