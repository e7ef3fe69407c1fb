#include "sync_bench.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "net/http_client.h"
#include "net/open311_codec.h"
#include "ref_server.h"
#include "support/test_platform.h"

namespace kiosk::bench {

void benchSync(const std::string& dataDir, const std::function<void(const char*, double, const char*)>& figure) {
    const std::filesystem::path dir = dataDir + "-sync";
    std::filesystem::remove_all(dir);
    testing::TestPki pki((dir / "pki").string());
    const testing::CertFiles cert = pki.issue("server", "127.0.0.1");
    server::RefServerOptions options = testing::testPlatformOptions(cert, (dir / "server").string(), {"bench"});
    options.maxConnectionsPerClient = 0;  // the fleet below comes from one address, 127.0.0.1
    server::RefServer server(options);
    server.start();
    net::TlsSettings tls;
    tls.caPath = pki.caPath();

    // One case after another, as a sync round sends them.
    {
        net::HttpClient client(tls);
        std::vector<double> ms;
        for (int i = 0; i < 100; ++i) {
            net::HttpRequest r;
            r.method = "POST";
            r.url = server.baseUrl() + "/requests.json";
            r.headers["Authorization"] = "Bearer bench";
            r.headers["Idempotency-Key"] = "b" + std::to_string(i);
            r.contentType = "application/x-www-form-urlencoded; charset=utf-8";
            r.body = net::formEncode({{"service_code", "env"},
                                      {"description", "广场东侧垃圾桶好几天没人清运"},
                                      {"address_string", "幸福里社区 · 社区广场"}});
            const auto start = std::chrono::steady_clock::now();
            const net::HttpResponse res = client.perform(r);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            if (!res.ok() || res.status != 201) std::fprintf(stderr, "upload %d failed\n", i);
        }
        std::sort(ms.begin(), ms.end());
        figure("case_upload_p95_ms", ms[94], "ms");
    }

    // A fleet polling the manifest: each kiosk's first poll is a full answer, then its ETag.
    constexpr int kKiosks = 500;
    constexpr int kPollsEach = 20;
    constexpr int kThreads = 8;
    std::atomic<int> answered{0};
    std::atomic<int> notModified{0};
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    threads.reserve(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            net::HttpClient client(tls);
            for (int k = t; k < kKiosks; k += kThreads) {
                std::string etag;
                for (int p = 0; p < kPollsEach; ++p) {
                    net::HttpRequest r;
                    r.url = server.baseUrl() + "/kiosk/manifest.json";
                    r.headers["Authorization"] = "Bearer bench";
                    if (!etag.empty()) r.headers["If-None-Match"] = etag;
                    const net::HttpResponse res = client.perform(r);
                    if (!res.ok()) continue;
                    ++answered;
                    if (res.status == 304) ++notModified;
                    if (res.status == 200) etag = res.header("etag");
                }
            }
        });
    }
    for (auto& t : threads) t.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    figure("fleet_500_kiosks_poll_rps", answered / seconds, "req/s");
    figure("fleet_poll_304_pct", 100.0 * notModified / std::max(1, answered.load()), "%");
    server.stop();
    std::filesystem::remove_all(dir);
}

}  // namespace kiosk::bench
