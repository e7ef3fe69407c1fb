// refserver: the reference platform server (docs/api.md) for the demo and the tests.
//   refserver --cert server.crt --key server.key --port 8443 --data-dir DIR --token T [--token T2]
//             [--admin-token A] [--catalog FILE] [--auto-progress SECONDS] [--jurisdiction ID] [--spec-only]
//             [--workers N] [--max-connections-per-client N] [--pending-connections N]
//             [--read-timeout SECONDS] [--keep-alive SECONDS] [--request-timeout SECONDS]
#include <spdlog/spdlog.h>

#include <atomic>
#include <charconv>
#include <csignal>
#include <iostream>
#include <optional>
#include <string>
#include <thread>

#include "ref_server.h"

namespace {

std::atomic<bool> stopping{false};

// A whole number flag within its range, or nothing (std::stoi aborted on "abc" and wrapped
// --port 70000 into 4464).
std::optional<int> numberFlag(const std::string& text, int min, int max) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < min || value > max) return std::nullopt;
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    kiosk::server::RefServerOptions options;
    options.catalogPath = std::string(KIOSK_DEFAULT_ASSETS_DIR) + "/demo/case_catalog.json";
    options.dataDir = "refserver-data";
    int autoProgressSeconds = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--spec-only") {
            options.specOnly = true;
            continue;
        }
        if (a == "--help") {
            std::cout << "refserver --cert FILE --key FILE [--host 127.0.0.1] [--port N] [--data-dir DIR]\n"
                         "          --token T [--token T2 ...] [--admin-token A] [--catalog FILE] [--content DIR]\n"
                         "          [--auto-progress SECONDS]   (advance open cases one station each period)\n"
                         "          [--client-ca FILE]          (require kiosks' client certificates signed by it)\n"
                         "          [--jurisdiction ID]         (Open311 jurisdiction_id served; another is 404)\n"
                         "          [--spec-only]               (strict GeoReport v2: no kiosk extensions, POST\n"
                         "                                       answers a token, its id assigned by\n"
                         "                                       --auto-progress; docs/api.md)\n"
                         "  What one client may hold (docs/api.md \"Limits\"; defaults in brackets):\n"
                         "          [--workers N]                    connections served at once [16]\n"
                         "          [--max-connections-per-client N] held by one address, served or waiting;\n"
                         "                                           0: no cap, for behind a proxy that caps [4]\n"
                         "          [--pending-connections N]        admitted, waiting for a worker; more are\n"
                         "                                           closed at once [64]\n"
                         "          [--read-timeout SECONDS]         one read or write [5]\n"
                         "          [--keep-alive SECONDS]           an idle connection between requests [5]\n"
                         "          [--request-timeout SECONDS]      a request's head and body, all of it\n"
                         "                                           (+1 s per 8 KB of its body) [30]\n";
            return 0;
        }
        if (!hasValue) {
            std::cerr << "refserver: " << a << " needs a value (see --help)\n";
            return 2;
        }
        const std::string v = argv[++i];
        if (a == "--cert")
            options.certPath = v;
        else if (a == "--key")
            options.keyPath = v;
        else if (a == "--client-ca")
            options.clientCaPath = v;
        else if (a == "--host")
            options.host = v;
        else if (a == "--port") {
            const auto n = numberFlag(v, 0, 65535);
            if (!n) {
                std::cerr << "refserver: --port takes a whole number from 0 to 65535\n";
                return 2;
            }
            options.port = *n;
        } else if (a == "--data-dir")
            options.dataDir = v;
        else if (a == "--token")
            options.deviceTokens.push_back(v);
        else if (a == "--jurisdiction")
            options.jurisdiction = v;
        else if (a == "--admin-token")
            options.adminToken = v;
        else if (a == "--catalog")
            options.catalogPath = v;
        else if (a == "--content")
            options.contentDir = v;
        else if (a == "--auto-progress") {
            const auto n = numberFlag(v, 0, 86400);
            if (!n) {
                std::cerr << "refserver: --auto-progress takes a whole number from 0 to 86400\n";
                return 2;
            }
            autoProgressSeconds = *n;
        } else if (a == "--workers") {
            const auto n = numberFlag(v, 1, 1024);
            if (!n) {
                std::cerr << "refserver: --workers takes a whole number from 1 to 1024\n";
                return 2;
            }
            options.workerThreads = *n;
        } else if (a == "--max-connections-per-client") {
            const auto n = numberFlag(v, 0, 10000);
            if (!n) {
                std::cerr << "refserver: --max-connections-per-client takes a whole number from 0 to 10000\n";
                return 2;
            }
            options.maxConnectionsPerClient = *n;
        } else if (a == "--pending-connections") {
            const auto n = numberFlag(v, 0, 100000);
            if (!n) {
                std::cerr << "refserver: --pending-connections takes a whole number from 0 to 100000\n";
                return 2;
            }
            options.pendingConnections = *n;
        } else if (a == "--read-timeout") {
            const auto n = numberFlag(v, 1, 3600);
            if (!n) {
                std::cerr << "refserver: --read-timeout takes a whole number from 1 to 3600\n";
                return 2;
            }
            options.readTimeoutSeconds = *n;
        } else if (a == "--keep-alive") {
            const auto n = numberFlag(v, 1, 3600);
            if (!n) {
                std::cerr << "refserver: --keep-alive takes a whole number from 1 to 3600\n";
                return 2;
            }
            options.keepAliveSeconds = *n;
        } else if (a == "--request-timeout") {
            const auto n = numberFlag(v, 1, 86400);
            if (!n) {
                std::cerr << "refserver: --request-timeout takes a whole number from 1 to 86400\n";
                return 2;
            }
            options.requestSeconds = *n;
        } else {
            std::cerr << "refserver: unknown option " << a << " (see --help)\n";
            return 2;
        }
    }
    if (options.workerThreads < 1 || options.maxConnectionsPerClient < 0 || options.pendingConnections < 0 ||
        options.readTimeoutSeconds < 1 || options.keepAliveSeconds < 1 || options.requestSeconds < 1) {
        std::cerr << "refserver: --workers and the timeouts must be at least 1, the caps at least 0\n";
        return 2;
    }
    if (options.deviceTokens.empty()) {
        std::cerr << "refserver: give at least one --token (the kiosks' device token)\n";
        return 2;
    }
    try {
        kiosk::server::RefServer server(options);
        const int port = server.start();
        std::cout << port << std::endl;  // scripts read the port from the first line
        spdlog::info("refserver listening on {}", server.baseUrl());
        std::signal(SIGINT, [](int) { stopping = true; });
        std::signal(SIGTERM, [](int) { stopping = true; });
        int waited = 0;
        while (!stopping) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            if (autoProgressSeconds > 0 && ++waited >= autoProgressSeconds) {
                waited = 0;
                if (const int moved = server.progressAll()) spdlog::info("auto-progress: {} case(s) moved on", moved);
            }
        }
        server.stop();
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}
