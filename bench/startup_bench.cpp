#include "startup_bench.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>
#include <vector>

#include "fresh_x_server.h"
#include "measures.h"

extern char** environ;

namespace kiosk::bench {
namespace {

constexpr int kRuns = 5;
constexpr std::chrono::milliseconds kSettle{2000};  // READY=1 → the memory read

struct SpawnedStart {
    bool ready = false;
    double readyMs = 0;                   // spawn → READY=1
    std::map<std::string, double> marks;  // the kiosk's own, from STATUS
    std::map<std::string, double> memoryMb;
};

// "STATUS=first screen shown; startup config=1.6 app=3.6 …" → {config: 1.6, app: 3.6, …}
std::map<std::string, double> marksOf(const std::string& message) {
    std::map<std::string, double> marks;
    const std::size_t at = message.find("startup ");
    if (at == std::string::npos) return marks;
    std::istringstream words(message.substr(at + 8));
    std::string word;
    while (words >> word) {
        const std::size_t eq = word.find('=');
        if (eq != std::string::npos) marks[word.substr(0, eq)] = std::atof(word.c_str() + eq + 1);
    }
    return marks;
}

// Which part of the process a mapping belongs to, by its name in /proc/PID/smaps.
std::string partOf(const std::string& name) {
    if (name.empty() || name == "[heap]" || name.rfind("[anon", 0) == 0) return "heap";
    if (name == "[stack]") return "stacks";
    if (name.find("/dev/shm") != std::string::npos || name.rfind("/memfd:", 0) == 0 || name.rfind("/SYSV", 0) == 0)
        return "gpu_shared";
    for (const char* gl : {"libgallium", "libLLVM", "/dri/", "libGL", "libglapi", "libEGL", "libX", "libxcb", "libdrm",
                           "libxshmfence", "libvulkan", "libelf", "libz3", "libsensors"}) {
        if (name.find(gl) != std::string::npos) return "gl";
    }
    for (const char* media : {"libgst", "gstreamer", "liborc", "libav", "libvpx", "libdav1d"}) {
        if (name.find(media) != std::string::npos) return "gstreamer";
    }
    if (name.find("espeak") != std::string::npos) return "speech";
    if (name.find("noto") != std::string::npos || name.find(".tt") != std::string::npos) return "font_files";
    return "libs";
}

// Rss and Pss of the whole process (smaps_rollup) and its Pss by part (smaps), in MB.
std::map<std::string, double> memoryOf(pid_t pid) {
    std::map<std::string, double> mb;
    std::ifstream rollup("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string line;
    while (std::getline(rollup, line)) {
        if (line.rfind("Rss:", 0) == 0) mb["rss"] = std::atof(line.c_str() + 4) / 1024.0;
        if (line.rfind("Pss:", 0) == 0) mb["pss"] = std::atof(line.c_str() + 4) / 1024.0;
    }
    std::ifstream smaps("/proc/" + std::to_string(pid) + "/smaps");
    std::string part = "heap";
    while (std::getline(smaps, line)) {
        if (line.empty()) continue;
        const bool header = std::isxdigit(static_cast<unsigned char>(line[0])) && line.find('-') < line.find(' ');
        if (header) {
            std::istringstream fields(line);
            std::string range, perms, offset, device, inode, name;
            fields >> range >> perms >> offset >> device >> inode;
            std::getline(fields >> std::ws, name);
            part = partOf(name);
        } else if (line.rfind("Pss:", 0) == 0) {
            mb["mem_" + part] += std::atof(line.c_str() + 4) / 1024.0;
        }
    }
    return mb;
}

// One start of the kiosk on `display` (empty: the bench's own).
SpawnedStart startOnce(const std::string& kiosk, const std::filesystem::path& dir, const std::string& assetsDir,
                       const std::string& display) {
    SpawnedStart start;
    const std::string socketPath = (dir / "notify.sock").string();
    std::filesystem::remove(socketPath);
    const int sock = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socketPath.c_str(), sizeof address.sun_path - 1);
    if (sock < 0 || ::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        std::perror("kiosk-bench: notify socket");
        if (sock >= 0) ::close(sock);
        return start;
    }
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const bool replaced =
            std::strncmp(*e, "NOTIFY_SOCKET=", 14) == 0 ||
            (!display.empty() && (std::strncmp(*e, "DISPLAY=", 8) == 0 || std::strncmp(*e, "XAUTHORITY=", 11) == 0));
        if (!replaced) env.emplace_back(*e);
    }
    env.push_back("NOTIFY_SOCKET=" + socketPath);
    if (!display.empty()) env.push_back("DISPLAY=" + display);
    std::vector<char*> envp = pointersOf(env);
    const std::string config = (dir / "kiosk.toml").string();
    const std::string data = (dir / "data").string();
    std::vector<std::string> args = {kiosk,      "--config", config,       "--data-dir", data,
                                     "--assets", assetsDir,  "--windowed", "1920x1080"};
    std::vector<char*> argv = pointersOf(args);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    pid_t pid = 0;
    const auto spawned = std::chrono::steady_clock::now();
    if (posix_spawn(&pid, kiosk.c_str(), &actions, nullptr, argv.data(), envp.data()) != 0) {
        std::perror("kiosk-bench: cannot start the kiosk");
        posix_spawn_file_actions_destroy(&actions);
        ::close(sock);
        return start;
    }
    posix_spawn_file_actions_destroy(&actions);
    while (msSince(spawned) < 20000) {
        pollfd p{sock, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0) continue;
        char buffer[4096];
        const ssize_t n = ::recv(sock, buffer, sizeof buffer - 1, 0);
        if (n <= 0) continue;
        const std::string message(buffer, static_cast<std::size_t>(n));
        if (message.find("READY=1") == std::string::npos) continue;
        start.readyMs = msSince(spawned);
        start.ready = true;
        start.marks = marksOf(message);
        // Memory on the first screen once it has settled: the content loaded on its worker and
        // the start's scratch memory returned, as the screen then stays until someone comes.
        std::this_thread::sleep_for(kSettle);
        start.memoryMb = memoryOf(pid);
        break;
    }
    ::kill(pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 50 && ::waitpid(pid, &status, WNOHANG) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (::waitpid(pid, &status, WNOHANG) == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ::close(sock);
    std::filesystem::remove(socketPath);
    return start;
}

double median(std::vector<double> v) {
    return percentile(std::move(v), 0.5);
}

}  // namespace

void benchStartupSpawned(const std::string& assetsDir, const Figure& figure) {
    const std::string kiosk = (std::filesystem::read_symlink("/proc/self/exe").parent_path() / "kiosk").string();
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("kiosk-bench-start-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "kiosk.toml") << "# kiosk-bench: the defaults\n";
    // One start first, not counted, in a new data folder: afterwards the page cache holds the
    // program and its libraries, and the data folder its content and font atlas, as on a kiosk
    // that has run before (a kiosk's very first start builds its atlas: font_atlas_ms).
    // Each start on an X server of its own, started and ready first (fresh_x_server.h).
    auto startOnItsOwnServer = [&] {
        const FreshXServer server;
        if (server.display().empty())
            std::fprintf(stderr, "kiosk-bench: no Xvfb for a server of each start's own: the bench's display\n");
        return startOnce(kiosk, dir, assetsDir, server.display());
    };
    startOnItsOwnServer();
    std::vector<SpawnedStart> starts;
    for (int i = 0; i < kRuns; ++i) {
        SpawnedStart s = startOnItsOwnServer();
        if (s.ready) starts.push_back(std::move(s));
    }
    std::filesystem::remove_all(dir);
    if (starts.empty()) {
        std::fprintf(stderr, "kiosk-bench: the kiosk never said READY=1 (%s)\n", kiosk.c_str());
        return;
    }
    const auto medianOf = [&](const std::function<double(const SpawnedStart&)>& pick) {
        std::vector<double> values;
        values.reserve(starts.size());
        for (const SpawnedStart& s : starts) values.push_back(pick(s));
        return median(values);
    };
    figure("startup_first_frame_ms", medianOf([](const SpawnedStart& s) { return s.readyMs; }), "ms");
    figure("startup_exec_ms", medianOf([](const SpawnedStart& s) {
               const auto it = s.marks.find("first_frame");
               return it == s.marks.end() ? 0.0 : s.readyMs - it->second;
           }),
           "ms");
    for (const char* phase : {"config", "app", "prepared", "gl_driver_loaded", "display", "gl_context", "atlas_built",
                              "window", "started", "first_frame"}) {
        figure(("startup_at_" + std::string(phase) + "_ms").c_str(), medianOf([phase](const SpawnedStart& s) {
                   const auto it = s.marks.find(phase);
                   return it == s.marks.end() ? -1.0 : it->second;
               }),
               "ms");
    }
    figure("rss_mb", medianOf([](const SpawnedStart& s) { return s.memoryMb.at("rss"); }), "MB");
    figure("pss_mb", medianOf([](const SpawnedStart& s) { return s.memoryMb.at("pss"); }), "MB");
    for (const char* part : {"gl", "libs", "heap", "stacks", "gpu_shared", "gstreamer", "speech", "font_files"}) {
        const std::string key = "mem_" + std::string(part);
        figure((key + "_mb").c_str(), medianOf([&key](const SpawnedStart& s) {
                   const auto it = s.memoryMb.find(key);
                   return it == s.memoryMb.end() ? 0.0 : it->second;
               }),
               "MB");
    }
}

}  // namespace kiosk::bench
