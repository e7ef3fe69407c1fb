#pragma once
// kiosk's command-line options (documented in README.md and `kiosk --help`).
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct CommandLine {
    std::string configFile;                       // --config FILE
    std::optional<std::pair<int, int>> windowed;  // --windowed WxH (or --size WxH)
    std::string language;                         // --lang zh-CN|en
    std::string scriptFile;                       // --script FILE
    std::string screenshotDir;                    // --screenshot-dir DIR
    std::string assetsDir;                        // --assets DIR
    std::string dataDir;                          // --data-dir DIR
    std::string sayText;                          // --say TEXT: render 朗读 of TEXT ...
    std::string wavFile;                          // --wav FILE: ... into this WAV file, and exit
    std::vector<std::string> decodeQrFiles;       // --decode-qr FILE...: read QR codes in images, and exit
    bool demoCases = false;                       // --demo-cases: file the bundled demonstration cases
    bool hashPin = false;                         // --hash-pin: read a staff PIN, print its config line
    bool showVersion = false;                     // --version
    bool showHelp = false;                        // --help
};

struct CommandLineResult {
    CommandLine options;
    std::string error;  // empty when fine
};

CommandLineResult parseCommandLine(const std::vector<std::string>& args);
std::string commandLineHelp();

}  // namespace kiosk
