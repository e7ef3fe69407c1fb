// A stand-in for the kiosk at the moment a receipt appears: submit a case, then "show" its
// receipt by printing it. The durability test kills this process at random moments.
// Usage: outbox_writer DB FIRST COUNT  — prints "N CODE" for cases FIRST .. FIRST+COUNT-1.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "storage/outbox.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: outbox_writer DB FIRST COUNT\n");
        return 2;
    }
    const int first = std::atoi(argv[2]);
    const int count = std::atoi(argv[3]);
    kiosk::storage::Outbox outbox(argv[1]);
    for (int n = first; n < first + count; ++n) {
        kiosk::storage::NewCase c;
        c.draft.kind = kiosk::core::CaseKind::Complaint;
        c.draft.categoryCode = "env";
        c.draft.communityId = "xingfuli";
        c.draft.place = "社区广场";
        c.draft.description = "case " + std::to_string(n);
        c.draft.contact = kiosk::core::ContactChoice::Anonymous;
        c.createdAt = "2026-11-22T10:15:00+08:00";
        const kiosk::storage::Receipt r = outbox.submit(c);
        // The receipt is shown only after submit returned, exactly as in the kiosk.
        std::printf("%d %s\n", n, r.trackingCode.c_str());
        std::fflush(stdout);
    }
    return 0;
}
