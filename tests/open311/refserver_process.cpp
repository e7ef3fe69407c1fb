#include "refserver_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace open311_conformance {

RefServerProcess::RefServerProcess(const std::string& program, std::vector<std::string> flags) {
    flags.insert(flags.begin(), {program, "--port", "0"});
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::close(out[1]);
        std::vector<char*> argv;
        argv.reserve(flags.size() + 1);
        for (std::string& f : flags) argv.push_back(f.data());
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    // The first line is the port; the rest of stdout is left to the pipe (refserver logs to stderr).
    std::string line;
    char c = 0;
    while (::read(out[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(out[0]);
    try {
        port_ = std::stoi(line);
    } catch (const std::exception&) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        throw std::runtime_error("refserver did not print its port (got '" + line + "')");
    }
}

RefServerProcess::~RefServerProcess() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
}

std::string RefServerProcess::endpoint() const {
    return "https://127.0.0.1:" + std::to_string(port_) + "/open311/v2";
}

}  // namespace open311_conformance
