// Exactly once over a network and power cuts: 200 cases in the outbox, an uploader process
// SIGKILLed at random moments while it sends them to the reference server over TLS and started
// again each time. At the end the server holds every case exactly once (the idempotency key
// turns a resend after a cut into a repeat, not a second case) and the outbox is empty.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <thread>

#include "ref_server.h"
#include "storage/outbox.h"
#include "support/platform_fixture.h"

namespace kiosk {
namespace {

pid_t startUploader(const std::vector<std::string>& args) {
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(KIOSK_SYNC_UPLOADER));
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(KIOSK_SYNC_UPLOADER, argv.data());
        _exit(127);
    }
    return pid;
}

class UploadDurability : public testing::PlatformTest {};

TEST_F(UploadDurability, EveryCaseReachesThePlatformExactlyOnceThroughSigkills) {
    server::RefServer& server = startPlatform(platformOptions({"t"}));

    const std::string outboxPath = (dir_ / "outbox.db").string();
    std::map<std::string, int> codes;
    {
        storage::Outbox outbox(outboxPath);
        for (int n = 0; n < 200; ++n) {
            storage::NewCase c;
            c.draft.kind = core::CaseKind::Complaint;
            c.draft.categoryCode = "env";
            c.draft.communityId = "xingfuli";
            c.draft.place = "社区广场";
            c.draft.description = "case " + std::to_string(n);
            c.draft.contact = core::ContactChoice::Anonymous;
            c.createdAt = "2026-11-22T10:15:00+08:00";
            codes[outbox.submit(c).trackingCode] = 0;
        }
    }
    const std::vector<std::string> args = {outboxPath, server.baseUrl(), pki_->caPath(), "t"};
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> delayMs(80, 500);
    int kills = 0;
    for (int run = 0; run < 50; ++run) {
        const pid_t pid = startUploader(args);
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
        const bool killed = ::kill(pid, SIGKILL) == 0;
        int status = 0;
        waitpid(pid, &status, 0);
        if (killed && WIFSIGNALED(status)) ++kills;
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) break;  // done before the kill
        if (storage::Outbox(outboxPath).depth() == 0) break;
    }
    const std::size_t sentWhileKilling = server.caseCount();
    // Whatever is left goes with an uploader left alone.
    const pid_t last = startUploader(args);
    int status = 0;
    waitpid(last, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    EXPECT_GE(kills, 10) << "the test must actually cut uploads";
    EXPECT_GE(sentWhileKilling, 50u) << "the kills must land while cases are being sent";
    storage::Outbox outbox(outboxPath);
    EXPECT_EQ(outbox.depth(), 0u);
    EXPECT_TRUE(outbox.integrityOk());
    EXPECT_EQ(server.caseCount(), 200u) << "no case lost, none twice";
    for (const std::string& code : server.trackingCodes()) ++codes[code];
    for (const auto& [code, count] : codes) EXPECT_EQ(count, 1) << code;
    // Resends after a kill between the server's answer and the outbox's mark: answered as repeats.
    std::printf("upload kills: %d, cases sent between kills: %zu of 200, resends recognised: %d\n", kills,
                sentWhileKilling, server.repeatCount());
}

}  // namespace
}  // namespace kiosk
