#include "core/web_address.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(WebAddress, ReadsAnAddressAsCurlDoes) {
    std::string problem;
    const auto a = readWebAddress("https://JD.example.gov.cn/open311/v2", PlainHttp::Refused, &problem);
    ASSERT_TRUE(a) << problem;
    EXPECT_EQ(a->scheme, "https");
    EXPECT_EQ(a->host, "jd.example.gov.cn");
    EXPECT_EQ(a->port, 443);
    EXPECT_EQ(a->path, "/open311/v2");
    EXPECT_EQ(a->origin(), "https://jd.example.gov.cn");
    const auto local = readWebAddress("http://127.0.0.1:8443/open311/v2", PlainHttp::LoopbackOnly);
    ASSERT_TRUE(local);
    EXPECT_EQ(local->origin(), "http://127.0.0.1:8443");
}

TEST(WebAddress, UserInfoIsRefusedEverywhere) {
    // Issue 19: this passed the "http only to loopback" prefix test, and curl connected to
    // other.host in clear — with the device token, the api key and a resident's phone number.
    for (const char* text : {"http://127.0.0.1:@other.host/open311/v2", "https://user:pw@jd.example.gov.cn/",
                             "https://jd.example.gov.cn@evil.example/", "https://:@jd.example.gov.cn/",
                             "http://localhost;auth=x@evil.example/"}) {
        std::string problem;
        EXPECT_FALSE(readWebAddress(text, PlainHttp::LoopbackOnly, &problem)) << text;
        EXPECT_EQ(problem.find("evil"), std::string::npos);
    }
}

TEST(WebAddress, PlainHttpOnlyToLoopbackAndOnlyWhenAllowed) {
    EXPECT_TRUE(readWebAddress("http://localhost/x", PlainHttp::LoopbackOnly));
    EXPECT_TRUE(readWebAddress("http://[::1]:9/x", PlainHttp::LoopbackOnly));
    EXPECT_FALSE(readWebAddress("http://127.0.0.1/x", PlainHttp::Refused));
    for (const char* text : {"http://127.0.0.1.evil.example/", "http://localhost.evil.example/", "http://10.0.0.1/",
                             "http://jd.example.gov.cn/", "ftp://127.0.0.1/", "file:///etc/passwd",
                             "javascript:alert(1)", "//127.0.0.1/x", "127.0.0.1/x"}) {
        EXPECT_FALSE(readWebAddress(text, PlainHttp::LoopbackOnly)) << text;
    }
}

TEST(WebAddress, RefusesWhatIsNotOnePrintableAddress) {
    for (const char* text :
         {"", "https://jd.example.gov.cn/a b", "https://jd.example.gov.cn/\x01", "https://监督.cn/",
          "https://jd.example.gov.cn/#top", "https://jd.example.gov.cn\\@evil/", "https://jd.example.gov.cn:99999/"}) {
        EXPECT_FALSE(readWebAddress(text, PlainHttp::Refused)) << text;
    }
    EXPECT_FALSE(readWebAddress(std::string(2001, 'a'), PlainHttp::Refused));
}

TEST(WebAddress, AFragmentOnlyWhereTheCallerAllowsOne) {
    EXPECT_FALSE(readWebAddress("https:/hps:/#", PlainHttp::Refused));  // an empty one too (found by fuzzing)
    const auto h5 =
        readWebAddress("https://jd.example.gov.cn/h5/#/t/1", PlainHttp::Refused, nullptr, Fragment::Allowed);
    ASSERT_TRUE(h5);
    EXPECT_EQ(h5->origin(), "https://jd.example.gov.cn");
}

TEST(WebAddress, OriginsCompareSchemeExactHostAndPort) {
    const auto platform = readWebAddress("https://jd.example.gov.cn/t/1", PlainHttp::Refused);
    ASSERT_TRUE(platform);
    for (const char* other : {"https://jd.example.gov.cn.evil.example/n/1", "https://jd-example.gov.cn/n/1",
                              "https://jd.example.gov.cn:8443/n/1", "https://xjd.example.gov.cn/n/1"}) {
        const auto a = readWebAddress(other, PlainHttp::Refused);
        ASSERT_TRUE(a) << other;
        EXPECT_FALSE(platform->sameOrigin(*a)) << other;
    }
    const auto same = readWebAddress("https://JD.EXAMPLE.GOV.CN:443/n/1", PlainHttp::Refused);
    ASSERT_TRUE(same);
    EXPECT_TRUE(platform->sameOrigin(*same));
}

}  // namespace
}  // namespace kiosk::core
