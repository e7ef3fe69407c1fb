// getpid() answered from memory, for the whole kiosk process (this file is linked into the
// executable, which exports the symbol, so every library's call binds here instead of to glibc's).
//
// Why: the GL dispatch library (libglvnd's libGLX) calls getpid() on every glX call to notice a
// fork, and GLFW asks glXGetFBConfigAttrib about each of the X server's ~840 framebuffer
// configurations when it opens the window — some 12,000 system calls, ~35 ms of the start on these
// cores (a system call is dear in this VM). glibc answered getpid() from memory until 2.25;
// this does the same, and forgets the answer in a forked child (pthread_atfork), so a child asks
// the kernel for its own id. Children made by posix_spawn/vfork run no fork handlers, but they
// only exec and never ask for their id in between.

#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>

namespace {

std::atomic<pid_t> gProcessId{0};

void forgetInForkedChild() {
    gProcessId.store(0, std::memory_order_relaxed);
}

// Registered while the executable starts, before main and before any thread could fork.
[[maybe_unused]] const int gForkHandler = pthread_atfork(nullptr, nullptr, &forgetInForkedChild);

}  // namespace

extern "C" pid_t getpid() noexcept {
    pid_t id = gProcessId.load(std::memory_order_relaxed);
    if (id != 0) return id;
    id = static_cast<pid_t>(syscall(SYS_getpid));
    gProcessId.store(id, std::memory_order_relaxed);
    return id;
}
