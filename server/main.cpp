// refserver: the reference platform server (docs/api.md) for the demo and the tests.
//   refserver --cert server.crt --key server.key --port 8443 --data-dir DIR --token T [--token T2]
//             [--admin-token A] [--catalog FILE] [--auto-progress SECONDS]
//             [--workers N] [--max-connections-per-client N] [--pending-connections N]
//             [--read-timeout SECONDS] [--keep-alive SECONDS] [--request-timeout SECONDS]
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <iostream>
#include <string>
#include <thread>

#include "ref_server.h"

namespace {
std::atomic<bool> stopping{false};
}

int main(int argc, char** argv) {
    kiosk::server::RefServerOptions options;
    options.catalogPath = std::string(KIOSK_DEFAULT_ASSETS_DIR) + "/demo/case_catalog.json";
    options.dataDir = "refserver-data";
    int autoProgressSeconds = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--help") {
            std::cout << "refserver --cert FILE --key FILE [--host 127.0.0.1] [--port N] [--data-dir DIR]\n"
                         "          --token T [--token T2 ...] [--admin-token A] [--catalog FILE] [--content DIR]\n"
                         "          [--auto-progress SECONDS]   (advance open cases one station each period)\n"
                         "          [--client-ca FILE]          (require kiosks' client certificates signed by it)\n"
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
        else if (a == "--port")
            options.port = std::stoi(v);
        else if (a == "--data-dir")
            options.dataDir = v;
        else if (a == "--token")
            options.deviceTokens.push_back(v);
        else if (a == "--admin-token")
            options.adminToken = v;
        else if (a == "--catalog")
            options.catalogPath = v;
        else if (a == "--content")
            options.contentDir = v;
        else if (a == "--auto-progress")
            autoProgressSeconds = std::stoi(v);
        else if (a == "--workers")
            options.workerThreads = std::stoi(v);
        else if (a == "--max-connections-per-client")
            options.maxConnectionsPerClient = std::stoi(v);
        else if (a == "--pending-connections")
            options.pendingConnections = std::stoi(v);
        else if (a == "--read-timeout")
            options.readTimeoutSeconds = std::stoi(v);
        else if (a == "--keep-alive")
            options.keepAliveSeconds = std::stoi(v);
        else if (a == "--request-timeout")
            options.requestSeconds = std::stoi(v);
        else {
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
