#include "content_sync_bench.h"

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "core/demo_content_generator.h"
#include "measures.h"
#include "net/content_sync.h"
#include "net/http_client.h"
#include "ref_server.h"
#include "support/gl_app.h"
#include "support/test_platform.h"

namespace kiosk::bench {
namespace {

namespace fs = std::filesystem;

// The highest RSS seen while it runs (sampled every 5 ms).
class PeakRss {
public:
    PeakRss()
        : thread_([this] {
              while (!stop_) {
                  peak_ = std::max(peak_.load(), rssMb());
                  std::this_thread::sleep_for(std::chrono::milliseconds(5));
              }
          }) {}
    double stop() {
        stop_ = true;
        thread_.join();
        return std::max(peak_.load(), rssMb());
    }

private:
    std::atomic<bool> stop_{false};
    std::atomic<double> peak_{0};
    std::thread thread_;
};

// The platform's content folder: a generated set of ~100k payouts, the demo announcements and catalog.
std::string writeContent(const fs::path& dir) {
    fs::create_directories(dir);
    core::GeneratorOptions options;
    options.payoutTarget = 103000;  // one-off payouts make the count fall a little short of the target
    core::DisclosureSet set = core::generateDisclosures(options);
    set.version = "bench-100k";
    std::ofstream(dir / "disclosures.json") << core::disclosuresToJson(set);
    for (const char* file : {"announcements.json", "case_catalog.json"}) {
        fs::copy_file(fs::path(KIOSK_DEFAULT_ASSETS_DIR) / "demo" / file, dir / file,
                      fs::copy_options::overwrite_existing);
    }
    return set.version;
}

}  // namespace

void benchContentSync(platform::GlfwRunner& runner, AppSetup setup, const Figure& figure) {
    const fs::path dir = setup.dataDir + "-content-sync";
    fs::remove_all(dir);
    const std::string version = writeContent(dir / "content");
    malloc_trim(0);
    testing::TestPki pki((dir / "pki").string());
    const testing::CertFiles cert = pki.issue("server", "127.0.0.1");
    server::RefServerOptions options = testing::testPlatformOptions(cert, (dir / "server").string(), {"bench"});
    options.contentDir = (dir / "content").string();
    server::RefServer server(options);
    server.start();

    // A full pull into an empty cache, as a new kiosk's first sync.
    {
        net::TlsSettings tls;
        tls.caPath = pki.caPath();
        net::HttpClient client(tls);
        net::ContentSync sync(
            client,
            [&](const std::string& path) {
                net::HttpRequest r;
                r.url = server.baseUrl() + path;
                r.headers["Authorization"] = "Bearer bench";
                return r;
            },
            (dir / "pull.db").string());
        malloc_trim(0);
        const double before = rssMb();
        PeakRss peak;
        const auto start = std::chrono::steady_clock::now();
        const net::ContentSyncOutcome outcome = sync.poll();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double top = peak.stop();
        if (!outcome.errors.empty() || outcome.appliedFeeds.size() != 3) {
            std::fprintf(stderr, "content sync failed: %s\n",
                         outcome.errors.empty() ? "not every feed applied" : outcome.errors.front().c_str());
        }
        figure("sync_100k_payouts_s", seconds, "s");
        figure("sync_rss_delta_mb", top - before, "MB");
        figure("sync_rejected_records", static_cast<double>(outcome.rejected.size()), "count");
    }

    // The real app in its steady state — started, synced to the platform's small demo set, settled —
    // when the platform publishes the 100k set: every frame from then until the set is on screen.
    server.stop();
    server::RefServerOptions demoOptions = options;
    demoOptions.contentDir = (fs::path(KIOSK_DEFAULT_ASSETS_DIR) / "demo").string();
    demoOptions.dataDir = (dir / "server-demo").string();
    auto platform = std::make_unique<server::RefServer>(demoOptions);
    platform->start();
    setup.dataDir = (dir / "kiosk").string();
    setup.config.platform.baseUrl = platform->baseUrl();
    setup.config.platform.deviceToken = "bench";
    setup.config.platform.caFile = pki.caPath();
    setup.config.platform.syncIntervalSeconds = 5;
    {
        testing::GlApp glApp(runner, setup);
        App& app = glApp.app();
        app.start();
        platform::RunLimits settle;
        settle.alwaysDraw = true;
        settle.maxSeconds = 30;
        settle.onFrame = [&](double) {
            return !(app.sync() && app.sync()->status().contentGeneration >= 1 && !app.animating());
        };
        runner.run(app, nullptr, settle);
        platform::RunLimits more;  // the demo set loaded and its glyphs in
        more.alwaysDraw = true;
        more.maxSeconds = 1;
        runner.run(app, nullptr, more);

        platform.reset();
        options.port = std::stoi(setup.config.platform.baseUrl.substr(setup.config.platform.baseUrl.rfind(':') + 1));
        platform = std::make_unique<server::RefServer>(options);  // the same address, the 100k set
        platform->start();
        std::vector<double> cpu;
        std::vector<double> wall;
        double lastCpu = threadCpuMs();
        auto lastFrame = std::chrono::steady_clock::now();
        const auto start = lastFrame;
        platform::RunLimits frames;
        frames.alwaysDraw = true;  // the unattended display redraws; every frame is measured
        frames.maxSeconds = 60;
        frames.onFrame = [&](double) {
            const double nowCpu = threadCpuMs();
            const auto now = std::chrono::steady_clock::now();
            cpu.push_back(nowCpu - lastCpu);
            wall.push_back(std::chrono::duration<double, std::milli>(now - lastFrame).count());
            lastCpu = nowCpu;
            lastFrame = now;
            if (std::getenv("KIOSK_BENCH_TRACE") && wall.back() > 30) {
                std::fprintf(stderr, "frame %zu: %.1f ms wall, %.1f ms cpu\n", wall.size(), wall.back(), cpu.back());
            }
            const bool loaded = app.disclosures() && app.disclosures()->set().version == version;
            return !loaded;
        };
        runner.run(app, nullptr, frames);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!app.disclosures() || app.disclosures()->set().version != version) {
            std::fprintf(stderr, "the app did not show the synced set within 60 s\n");
        }
        std::vector<double> sortedCpu = cpu;
        std::sort(sortedCpu.begin(), sortedCpu.end());
        figure("frame_cpu_ms_during_sync", sortedCpu[sortedCpu.size() / 2], "ms");
        figure("frame_cpu_ms_during_sync_max", sortedCpu.back(), "ms");
        figure("frame_ms_during_sync_max", *std::max_element(wall.begin(), wall.end()), "ms");
        figure("frames_over_50ms_during_sync",
               static_cast<double>(std::count_if(wall.begin(), wall.end(), [](double ms) { return ms > 50; })),
               "count");
        figure("sync_frames_measured", static_cast<double>(wall.size()), "count");
        figure("app_publish_to_screen_s", seconds, "s");  // includes up to one poll interval (5 s)
    }
    platform.reset();
    fs::remove_all(dir);
}

}  // namespace kiosk::bench
