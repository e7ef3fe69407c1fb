#pragma once
// The fleet page (GET /fleet): one plain HTML page, no script, for the platform's admin — every
// kiosk with its last heartbeat, version (one behind the newest is marked), outbox, cases needing
// an operator, printer and camera, today's visits and its latest screenshot; today's visits per
// community; the enrolments waiting, each with a form to confirm it. Every value shown is escaped.
#include <cstdint>
#include <string>
#include <vector>

#include "fleet_store.h"

namespace kiosk::server {

struct FleetPageData {
    std::vector<DeviceRecord> devices;
    std::vector<PendingEnrolment> enrolments;
    std::int64_t now = 0;             // seconds since 1970
    std::string nowText;              // W3C, the server's zone
    std::string today;                // "2026-12-04", the server's day: counters of another day are not today's
    std::string formToken;            // the session's token every form carries back
    std::int64_t staleSeconds = 900;  // a heartbeat older than this is marked (3 missed at 5 minutes)
};

std::string fleetPageHtml(const FleetPageData& data);
// -1, 0, 1 as version `a` is older, the same, newer than `b` ("0.10.2" > "0.9.7"; digits runs compared as numbers).
int compareVersions(const std::string& a, const std::string& b);

}  // namespace kiosk::server
