#pragma once
// kiosk-bench's "content_sync" group: a generated set of 100k payouts served by the reference
// server on loopback over TLS (certificates made here).
//   sync_100k_payouts_s         a full content pull into an empty cache                target < 5
//   sync_rss_delta_mb           the kiosk side's peak resident memory over its start during it
//   frame_cpu_ms_during_sync    the real app (settled on the demo set) when the platform publishes
//                               the 100k set: its UI thread per frame while the sync worker pulls
//                               it and the content worker loads it (median; _max: the worst)
//   frame_ms_during_sync_max    the longest frame a resident could see in that time   target < 50
//                               (pessimistic: the server shares this machine's two cores)
#include <functional>
#include <string>

#include "app/app.h"
#include "platform/glfw_runner.h"

namespace kiosk::bench {

using Figure = std::function<void(const char*, double, const char*)>;

void benchContentSync(platform::GlfwRunner& runner, AppSetup setup, const Figure& figure);

}  // namespace kiosk::bench
