#pragma once
// refserver as a third party meets it: the installed program, started with its flags, spoken to
// only over HTTPS. The conformance suite knows the server through this process and nothing else.
#include <sys/types.h>

#include <string>
#include <vector>

namespace open311_conformance {

class RefServerProcess {
public:
    // Starts `program` with `flags` (plus --port 0) and reads the port it prints first.
    RefServerProcess(const std::string& program, std::vector<std::string> flags);
    ~RefServerProcess();  // SIGTERM, then waits
    RefServerProcess(const RefServerProcess&) = delete;
    RefServerProcess& operator=(const RefServerProcess&) = delete;

    int port() const { return port_; }
    // "https://127.0.0.1:PORT/open311/v2" — the spec's endpoint, as a city would publish it.
    std::string endpoint() const;

private:
    pid_t pid_ = -1;
    int port_ = 0;
};

}  // namespace open311_conformance
