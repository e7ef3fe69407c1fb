// The kiosk's own memory figures, as logged when a script ends: they follow what the process
// really touches.
#include "platform/process_memory.h"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>

namespace kiosk::platform {
namespace {

TEST(ProcessMemory, ResidentMemoryGrowsByWhatTheProcessTouches) {
    const auto before = readProcessMemory();
    ASSERT_TRUE(before.has_value());
    EXPECT_GT(before->residentMb, 1.0);
    EXPECT_GT(before->proportionalMb, 0.0);
    EXPECT_LE(before->proportionalMb, before->residentMb + 0.01) << "shared pages count in part, never more";

    constexpr std::size_t kBytes = 48u << 20;
    const auto block = std::make_unique<char[]>(kBytes);
    std::memset(block.get(), 0x5a, kBytes);  // touched: resident now
    const auto after = readProcessMemory();
    ASSERT_TRUE(after.has_value());
    EXPECT_GT(after->residentMb - before->residentMb, 40.0);
    EXPECT_GT(after->proportionalMb - before->proportionalMb, 40.0) << "private pages count whole";
    EXPECT_EQ(block[kBytes - 1], 0x5a);
}

}  // namespace
}  // namespace kiosk::platform
