// Yidiantong Kiosk: the touchscreen terminal of the 监督一点通 platform.
#include <imgui.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/app.h"
#include "app/kiosk_paths.h"
#include "app/remote_config_start.h"
#include "app/ui_driver.h"
#include "commands/command_line.h"
#include "commands/decode_qr_files.h"
#include "commands/hash_pin_command.h"
#include "config/kiosk_config.h"
#include "core/speech_volume.h"
#include "core/startup_trace.h"
#include "core/ui_script.h"
#include "platform/gl_canvas.h"
#include "platform/gl_driver_preload.h"
#include "platform/gl_textures.h"
#include "platform/glfw_runner.h"
#include "platform/logging.h"
#include "platform/speech_worker.h"
#include "platform/wav_bytes.h"

namespace {

int runKiosk(const kiosk::CommandLine& cli) {
    using namespace kiosk;
    platform::setWindowEnvironment();  // before any thread: the driver's and the workers' getenv
    platform::preloadGlDriver();       // while the config is read and the screens are prepared
    const std::string configFile = cli.configFile.empty() ? kiosk::defaultConfigFile() : cli.configFile;
    config::ConfigLoadResult loaded = config::loadConfigFile(configFile);
    config::KioskConfig& cfg = loaded.config;
    if (!cli.dataDir.empty()) cfg.paths.dataDir = cli.dataDir;
    const std::string dataDir = resolveDataDir(cfg.paths.dataDir);
    // Logging starts on the operator's files: the remote config's choice is logged with them.
    const auto logRing = platform::setupLogging({(std::filesystem::path(dataDir) / "logs").string(), cfg.logging.level,
                                                 cfg.logging.maxFileKb, cfg.logging.maxFiles});
    AppSetup setup;
    setup.remoteConfig = applyRemoteConfig(dataDir, loaded);  // the platform's keys on top (never paths)
    core::startupTrace().mark("config");
    if (!cli.language.empty()) cfg.ui.language = cli.language;
    if (!cli.assetsDir.empty()) cfg.paths.assetsDir = cli.assetsDir;
    const bool scripted = !cli.scriptFile.empty();
    if (cli.windowed) {
        cfg.display.fullscreen = false;
        cfg.display.width = cli.windowed->first;
        cfg.display.height = cli.windowed->second;
    }
    setup.config = cfg;
    setup.assetsDir = resolveAssetsDir(cfg.paths.assetsDir);
    setup.dataDir = dataDir;
    setup.configFile = configFile;
    setup.demoCases = cli.demoCases;
    for (const auto& p : loaded.problems) {
        std::cerr << p.text() << "\n";
        setup.startupProblems.push_back(p.text());
    }

    // A script runs on a manual clock: `wait 95` takes a moment, and screenshots are repeatable.
    core::SystemClock systemClock;
    core::ManualClock scriptClock;
    core::Clock& clock = scripted ? static_cast<core::Clock&>(scriptClock) : systemClock;

    std::optional<UiDriver> driver;
    if (scripted) {
        std::ifstream in(cli.scriptFile);
        if (!in) {
            std::cerr << "cannot open script " << cli.scriptFile << "\n";
            return 2;
        }
        std::stringstream text;
        text << in.rdbuf();
        const core::ScriptParseResult script = core::parseUiScript(text.str());
        if (!script.ok()) {
            for (const auto& e : script.errors) std::cerr << cli.scriptFile << " " << e << "\n";
            return 2;
        }
        driver.emplace(scriptClock);
        driver->add(script.steps);
        std::filesystem::create_directories(cli.screenshotDir.empty() ? "." : cli.screenshotDir);
    }

    platform::GlfwRunner runner;
    ImFontAtlas bootAtlas;  // the context's first atlas; the app installs its own
    ImGui::CreateContext(&bootAtlas);
    int exitCode = 0;
    {
        platform::GlFontTexture fontTexture;
        platform::GlImageSource images(&platform::GlfwRunner::wake);
        platform::SpeechWorker speech(std::make_unique<platform::DeviceAudioSink>());
        platform::GlFrameTexture pictureTexture;
        platform::GlCanvases canvases;
        App app(setup, AppServices{clock, images, fontTexture, &platform::GlfwRunner::wake, &speech, &pictureTexture,
                                   &platform::GlfwRunner::wakeForPicture, &canvases,
                                   [logRing] { return logRing->last_formatted(40); }});
        core::startupTrace().mark("app");
        app.prepare();  // the font atlas builds on a worker while the window opens
        core::startupTrace().mark("prepared");
        if (auto error = runner.open({cfg.display.fullscreen, cfg.display.width, cfg.display.height, "监督一点通"})) {
            std::cerr << *error << "\n";
            return 3;
        }
        core::startupTrace().mark("window");
        app.start();
        core::startupTrace().mark("started");
        runner.watchPicture(&pictureTexture);
        if (driver) {
            const std::string shotDir = cli.screenshotDir.empty() ? "." : cli.screenshotDir;
            driver->setScreenshotter([&runner, shotDir](const std::string& name, std::string& error) {
                const std::string path = (std::filesystem::path(shotDir) / (name + ".png")).string();
                if (!runner.saveScreenshot(path, error)) return false;
                spdlog::info("screenshot {}", path);
                return true;
            });
        }
        exitCode = runner.run(app, driver ? &*driver : nullptr);
        runner.shutdownBackends();
    }
    ImGui::DestroyContext();
    return exitCode;
}

}  // namespace

// `kiosk --say TEXT --wav FILE`: what 朗读 would say, with the configured voice and volume, as a
// file. Checks speech on a kiosk without speakers (or before they are plugged in).
int sayToWav(const kiosk::CommandLine& cli) {
    using namespace kiosk;
    const std::string configFile = cli.configFile.empty() ? kiosk::defaultConfigFile() : cli.configFile;
    const config::ConfigLoadResult loaded = config::loadConfigFile(configFile);
    for (const auto& p : loaded.problems) std::cerr << p.text() << "\n";
    auto sink = std::make_unique<platform::MemoryAudioSink>();
    platform::MemoryAudioSink* memory = sink.get();
    platform::SpeechWorker speech(std::move(sink));
    const auto volume = core::speechVolumeFromName(loaded.config.speech.volume).value_or(core::SpeechVolume::Medium);
    speech.setVolume(core::speechVolumePercent(volume));
    speech.say(cli.sayText);
    speech.waitIdle();
    if (!speech.available()) {
        std::cerr << "kiosk: speech is not available (is espeak-ng-data installed?)\n";
        return 1;
    }
    const std::vector<std::int16_t> samples = memory->samples();
    std::ofstream out(cli.wavFile, std::ios::binary);
    out << platform::wavBytes(samples, memory->sampleRate());
    if (!out.flush()) {
        std::cerr << "kiosk: cannot write " << cli.wavFile << "\n";
        return 1;
    }
    std::cout << "wrote " << cli.wavFile << ": "
              << static_cast<double>(samples.size()) / std::max(1, memory->sampleRate()) << " s at volume "
              << core::speechVolumeName(volume) << "\n";
    return 0;
}

int main(int argc, char** argv) {
    const kiosk::CommandLineResult parsed = kiosk::parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::cerr << "kiosk: " << parsed.error << "\n" << kiosk::commandLineHelp();
        return 2;
    }
    if (parsed.options.showHelp) {
        std::cout << kiosk::commandLineHelp();
        return 0;
    }
    if (parsed.options.showVersion) {
        std::cout << "kiosk " << kiosk::versionText() << "\n";
        return 0;
    }
    if (!parsed.options.sayText.empty()) return sayToWav(parsed.options);
    if (!parsed.options.decodeQrFiles.empty()) return kiosk::decodeQrFiles(parsed.options.decodeQrFiles, std::cout);
    if (parsed.options.hashPin) return kiosk::printPinHash(std::cin, std::cout, std::cerr);
    return runKiosk(parsed.options);
}
