#pragma once
// Where a start's time goes: the kiosk marks each phase on its way to the first screen (config,
// the app's objects, the window and its GL context, the font atlas, the first frame), in
// milliseconds since the process's static initialisers ran. At the first frame the marks go to
// the log and to systemd's STATUS (`systemctl status` shows them), and kiosk-bench reads them
// from there. A process's time before its static initialisers (exec, the dynamic loader) is not
// in here: the bench measures it from outside.
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct StartupMark {
    std::string phase;
    double ms = 0;  // since the process started
};

class StartupTrace {
public:
    void mark(std::string_view phase);  // any thread; a phase marked twice keeps its first time
    std::vector<StartupMark> marks() const;
    // "config=3.1 app=40.2 window=230.0 …": phase=ms pairs in the order marked.
    std::string summary() const;

private:
    mutable std::mutex mutex_;
    std::vector<StartupMark> marks_;
};

StartupTrace& startupTrace();  // the process's one trace
double msSinceProcessStart();  // from the same origin as the marks

}  // namespace kiosk::core
