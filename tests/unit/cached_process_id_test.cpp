// getpid() answered from memory (platform/cached_process_id.cpp), linked into this test program
// the way it is linked into the kiosk: an object of the program, its symbol exported.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

TEST(CachedProcessId, EveryLibrarysCallBindsToTheProgramsAnswer) {
    // A library's call is bound through the global scope, which starts at the program: the
    // definition found there is the program's, not glibc's (found only past the program).
    void* global = dlsym(RTLD_DEFAULT, "getpid");
    void* glibcs = dlsym(RTLD_NEXT, "getpid");
    ASSERT_NE(glibcs, nullptr);
    EXPECT_EQ(global, reinterpret_cast<void*>(&getpid));
    EXPECT_NE(global, glibcs);
    EXPECT_EQ(getpid(), static_cast<pid_t>(syscall(SYS_getpid)));
}

TEST(CachedProcessId, AForkedChildAnswersWithItsOwnId) {
    const pid_t parent = getpid();  // asked once here, so the parent's answer is kept
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const pid_t answers[2] = {getpid(), static_cast<pid_t>(syscall(SYS_getpid))};
        const bool written = write(fds[1], answers, sizeof answers) == static_cast<ssize_t>(sizeof answers);
        _exit(written ? 0 : 1);
    }
    close(fds[1]);
    pid_t answers[2] = {0, 0};
    const ssize_t got = read(fds[0], answers, sizeof answers);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_EQ(got, static_cast<ssize_t>(sizeof answers));
    EXPECT_EQ(answers[0], child);
    EXPECT_EQ(answers[0], answers[1]);
    EXPECT_NE(answers[0], parent);
    EXPECT_EQ(getpid(), parent);
}

}  // namespace
