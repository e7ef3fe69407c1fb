// The app's inbox: workers' results reach the UI thread in the order they were posted, and a
// result for a visit that has ended never reaches the next resident.
#include "app/inbox.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {
namespace {

TEST(Inbox, WorkPostedFromOtherThreadsRunsOnTheDrainingThreadInOrderAndWakesIt) {
    std::atomic<int> wakes{0};
    Inbox inbox([&] { ++wakes; });
    std::vector<int> ran;  // touched only by the draining thread
    std::thread worker([&] {
        for (int i = 0; i < 100; ++i) inbox.post([&ran, i] { ran.push_back(i); });
    });
    worker.join();
    EXPECT_EQ(wakes.load(), 100);
    EXPECT_TRUE(ran.empty()) << "nothing runs before the frame drains it";
    EXPECT_FALSE(inbox.empty());
    inbox.drain(1);
    ASSERT_EQ(ran.size(), 100u);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(ran[static_cast<std::size_t>(i)], i);
    EXPECT_TRUE(inbox.empty());
}

TEST(Inbox, AResultForAVisitThatEndedIsDroppedOrHandedToItsStaleClosure) {
    Inbox inbox(nullptr);
    std::vector<std::string> ran;
    inbox.post(7, [&] { ran.push_back("receipt for visit 7"); });
    inbox.post(
        7, [&] { ran.push_back("photo for visit 7"); }, [&] { ran.push_back("photo deleted"); });
    inbox.post([&] { ran.push_back("font atlas"); });  // the kiosk's own work: never stale
    inbox.post(8, [&] { ran.push_back("code read in visit 8"); });
    inbox.drain(8);  // visit 7 ended before the frame came
    EXPECT_EQ(ran, (std::vector<std::string>{"photo deleted", "font atlas", "code read in visit 8"}));
}

TEST(Inbox, ReplyToCarriesTheWorkersValueToTheUiThread) {
    Inbox inbox(nullptr);
    std::string shown;
    std::string deleted;
    auto answer = inbox.replyTo<std::string>(
        3, [&](std::string text) { shown = std::move(text); }, [&](std::string text) { deleted = std::move(text); });
    std::thread([&] { answer("/photos/a.jpg"); }).join();
    std::thread([&] { answer("/photos/b.jpg"); }).join();
    inbox.drain(3);
    EXPECT_EQ(shown, "/photos/b.jpg");
    EXPECT_TRUE(deleted.empty());
    std::thread([&] { answer("/photos/c.jpg"); }).join();
    inbox.drain(4);
    EXPECT_EQ(shown, "/photos/b.jpg") << "visit 3 is over";
    EXPECT_EQ(deleted, "/photos/c.jpg");
}

TEST(Inbox, WorkPostedWhileDrainingWaitsForTheNextFrame) {
    Inbox inbox(nullptr);
    int second = 0;
    inbox.post([&] { inbox.post([&] { ++second; }); });
    inbox.drain(1);
    EXPECT_EQ(second, 0);
    EXPECT_FALSE(inbox.empty());
    inbox.drain(1);
    EXPECT_EQ(second, 1);
}

}  // namespace
}  // namespace kiosk
