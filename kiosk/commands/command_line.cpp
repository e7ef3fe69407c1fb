#include "commands/command_line.h"

#include <cstdio>

namespace kiosk {
namespace {

std::optional<std::pair<int, int>> parseSize(const std::string& text) {
    int w = 0;
    int h = 0;
    char x = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X')) return std::nullopt;
    if (w < 320 || h < 240 || w > 16384 || h > 16384) return std::nullopt;
    return std::pair{w, h};
}

}  // namespace

CommandLineResult parseCommandLine(const std::vector<std::string>& args) {
    CommandLineResult r;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) {
                r.error = a + " needs a value";
                return false;
            }
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--help" || a == "-h") {
            r.options.showHelp = true;
        } else if (a == "--version") {
            r.options.showVersion = true;
        } else if (a == "--config") {
            if (!value(r.options.configFile)) break;
        } else if (a == "--lang") {
            if (!value(r.options.language)) break;
            if (r.options.language != "zh-CN" && r.options.language != "en") {
                r.error = "--lang takes zh-CN or en";
                break;
            }
        } else if (a == "--script") {
            if (!value(r.options.scriptFile)) break;
        } else if (a == "--screenshot-dir") {
            if (!value(r.options.screenshotDir)) break;
        } else if (a == "--assets") {
            if (!value(r.options.assetsDir)) break;
        } else if (a == "--data-dir") {
            if (!value(r.options.dataDir)) break;
        } else if (a == "--demo-cases") {
            r.options.demoCases = true;
        } else if (a == "--hash-pin") {
            r.options.hashPin = true;
        } else if (a == "--decode-qr") {
            while (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) r.options.decodeQrFiles.push_back(args[++i]);
            if (r.options.decodeQrFiles.empty()) {
                r.error = "--decode-qr needs image files: kiosk --decode-qr frame1.png frame2.jpg";
                break;
            }
        } else if (a == "--say") {
            if (!value(r.options.sayText)) break;
        } else if (a == "--wav") {
            if (!value(r.options.wavFile)) break;
        } else if (a == "--windowed" || a == "--size") {
            if (!value(v)) break;
            r.options.windowed = parseSize(v);
            if (!r.options.windowed) {
                r.error = a + " takes WIDTHxHEIGHT, e.g. 1920x1080";
                break;
            }
        } else {
            r.error = "unknown option " + a + " (see --help)";
            break;
        }
    }
    if (r.error.empty() && r.options.sayText.empty() != r.options.wavFile.empty()) {
        r.error = "--say and --wav go together: kiosk --say 您好 --wav hello.wav";
    }
    return r;
}

std::string commandLineHelp() {
    return "Usage: kiosk [options]\n"
           "  --config FILE          configuration file (default: /etc/yidiantong-kiosk/kiosk.toml when installed,\n"
           "                         else config/kiosk.toml of the source tree)\n"
           "  --windowed WxH         a window of that size instead of fullscreen (development)\n"
           "  --size WxH             the same, for scripted tours\n"
           "  --lang zh-CN|en        UI language (overrides ui.language)\n"
           "  --script FILE          run a UI script (tap/type/wait/expect/shot) and exit\n"
           "  --screenshot-dir DIR   where the script's `shot` steps write PNG files\n"
           "  --assets DIR           assets folder (overrides paths.assets_dir)\n"
           "  --data-dir DIR         data folder for database, photos and logs (overrides paths.data_dir)\n"
           "  --hash-pin             read a staff PIN (6 to 8 digits) on standard input and print the\n"
           "                         staff.pin_hash line for the config (salted PBKDF2; the PIN is not kept)\n"
           "  --demo-cases           add the demonstration cases (assets/demo/demo_cases.json) to the outbox:\n"
           "                         查询进度 then has cases to show (staff demonstrations, tours); never on a real "
           "kiosk\n"
           "  --say TEXT --wav FILE  read TEXT aloud into a WAV file (voice and volume of the config), exit\n"
           "  --decode-qr FILE...    read the QR code in each image (PNG, JPEG) with the camera's decoder and print\n"
           "                         {\"file\", \"text\" (or null), \"ms\"} a line, exit (checking a camera mounting)\n"
           "  --version              print the version and exit\n";
}

}  // namespace kiosk
