#include "core/tracking_link.h"

#include <gtest/gtest.h>

#include "core/tracking_code.h"

namespace kiosk::core {
namespace {

constexpr std::string_view kTemplate = "https://jd.example.gov.cn/t/{code}?from=kiosk";

TEST(TrackingLink, TheCodeGoesWhereTheTemplateSays) {
    EXPECT_EQ(trackingLink(kTemplate, "2026110267"), "https://jd.example.gov.cn/t/2026110267?from=kiosk");
}

TEST(TrackingLink, ALinkTheKioskPrintedGivesItsCodeBack) {
    for (std::uint64_t seed : {1ull, 77ull, 123456789ull}) {
        const std::string code = makeTrackingCode(seed);
        EXPECT_EQ(codeFromTrackingLink(kTemplate, trackingLink(kTemplate, code)), code);
    }
}

TEST(TrackingLink, AnythingElseIsNotACode) {
    const std::string good = trackingLink(kTemplate, "2026110267");
    EXPECT_FALSE(codeFromTrackingLink(kTemplate, trackingLink(kTemplate, "2026110268")));  // check digit
    EXPECT_FALSE(codeFromTrackingLink(kTemplate, trackingLink(kTemplate, "202611026")));   // short
    EXPECT_FALSE(codeFromTrackingLink(kTemplate, "https://jd.example.gov.cn.evil.cn/t/2026110267?from=kiosk"));
    EXPECT_FALSE(codeFromTrackingLink(kTemplate, "http://jd.example.gov.cn/t/2026110267?from=kiosk"));
    EXPECT_FALSE(codeFromTrackingLink(kTemplate, good + "&x=1"));
    EXPECT_FALSE(codeFromTrackingLink(kTemplate, ""));
    EXPECT_FALSE(codeFromTrackingLink(kTemplate, trackingLink(kTemplate, "20261102a7")));
}

TEST(TrackingLink, TemplatesAreCheckedInPlainWords) {
    EXPECT_FALSE(trackingLinkTemplateProblem(kTemplate));
    EXPECT_EQ(trackingLinkTemplateProblem("http://x.cn/{code}"), "must start with https://");
    EXPECT_EQ(trackingLinkTemplateProblem("https://x.cn/t/"), "must hold {code} once (where the case's code goes)");
    EXPECT_EQ(trackingLinkTemplateProblem("https://x.cn/{code}/{code}"),
              "must hold {code} once (where the case's code goes)");
    EXPECT_EQ(trackingLinkTemplateProblem("https://{code}"), "needs a host before {code}");
    EXPECT_EQ(trackingLinkTemplateProblem("https://x.cn/查/{code}"), "may hold only printable ASCII without spaces");
    EXPECT_TRUE(trackingLinkTemplateProblem("https://x.cn/" + std::string(300, 'a') + "{code}"));
}

}  // namespace
}  // namespace kiosk::core
