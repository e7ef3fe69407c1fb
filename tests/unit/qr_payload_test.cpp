// What a QR code held up to the camera may do: every class of payload, hostile ones included.
#include "core/qr_payload.h"

#include <gtest/gtest.h>

#include "core/utf8.h"

namespace kiosk::core {
namespace {

constexpr const char* kTemplate = "https://jdydt.example.cn/t/{code}";

TEST(QrPayload, AReceiptOpensItsCase) {
    const QrAction a = routeQrPayload("https://jdydt.example.cn/t/2026110267", kTemplate);
    EXPECT_EQ(a.kind, QrKind::TrackCase);
    EXPECT_EQ(a.id, "2026110267");
    // A code with a wrong check digit is not a receipt the kiosk printed.
    EXPECT_EQ(routeQrPayload("https://jdydt.example.cn/t/2026110268", kTemplate).kind, QrKind::Unrecognized);
}

TEST(QrPayload, ThePlatformsOwnLinksOpenTheirContent) {
    const QrAction notice = routeQrPayload("https://jdydt.example.cn/n/xingfuli-2025-12-1", kTemplate);
    EXPECT_EQ(notice.kind, QrKind::Notice);
    EXPECT_EQ(notice.id, "xingfuli-2025-12-1");
    const QrAction community = routeQrPayload("https://jdydt.example.cn/d/xingfuli/", kTemplate);
    EXPECT_EQ(community.kind, QrKind::Disclosures);
    EXPECT_EQ(community.id, "xingfuli");
    EXPECT_EQ(platformOrigin(kTemplate), "https://jdydt.example.cn");
}

TEST(QrPayload, OtherTextIsShownNeverOpened) {
    for (const char* text :
         {"https://example.com/", "http://jdydt.example.cn/n/x",  // not https
          "https://jdydt.example.cn.evil.cn/n/x",                 // a lookalike host
          "https://jdydt.example.cn@evil.cn/n/x",                 // userinfo trick
          "https://jdydt.examp1e.cn/n/x", "https://xn--jdydt-example.cn/n/x", "https://jdydt.example.cn/n/../../admin",
          "https://jdydt.example.cn/n/x?y=1", "https://jdydt.example.cn:8443/n/x",  // another port
          "https://:@jdydt.example.cn/n/x", "https://JDYDT.example.cn@evil.cn/d/x", "WIFI:S:大厅;T:WPA;P:12345678;;",
          "你好，监督一点通"}) {
        const QrAction a = routeQrPayload(text, kTemplate);
        EXPECT_EQ(a.kind, QrKind::Unrecognized) << text;
        EXPECT_TRUE(a.id.empty()) << text;
        EXPECT_FALSE(a.shown.empty()) << text;
    }
    const QrAction longText = routeQrPayload(std::string(300, 'a') + "\n第二行", kTemplate);
    EXPECT_EQ(longText.kind, QrKind::Unrecognized);
    EXPECT_EQ(decodeUtf8(longText.shown).size(), kMaxShownQrChars) << "cut to one line";
    EXPECT_EQ(longText.shown.find('\n'), std::string::npos);
    EXPECT_EQ(routeQrPayload("第一行\n第二行", kTemplate).shown, "第一行 第二行");
}

TEST(QrPayload, HostilePayloadsAreRefusedWithoutShowingThem) {
    const std::string bidi = "https://jdydt.example.cn/n/\u202Egnp.exe";
    for (const std::string& text :
         {std::string(""), std::string(kMaxQrPayloadBytes + 1, 'x'), std::string("\xff\xfe\x00\x01", 4),
          std::string("abc\x07"
                      "def"),
          std::string("line\x1b[2Jclear"), bidi, std::string("\xc2\x85"), std::string("通知\u2066隐藏\u2069"),
          std::string("零\u200B宽"), std::string("\uFEFF开头"), std::string("分段\u2028符"), std::string("\u061C")}) {
        const QrAction a = routeQrPayload(text, kTemplate);
        EXPECT_EQ(a.kind, QrKind::Refused) << text;
        EXPECT_TRUE(a.shown.empty());
        EXPECT_FALSE(a.reason.empty());
    }
}

TEST(QrPayload, LinesFromPhonesAndTabsAreText) {
    const QrAction vcard = routeQrPayload("BEGIN:VCARD\r\nFN:幸福里社区\tTEL\r\nEND:VCARD", kTemplate);
    EXPECT_EQ(vcard.kind, QrKind::Unrecognized);
    EXPECT_EQ(vcard.shown, "BEGIN:VCARD FN:幸福里社区 TEL END:VCARD");
}

TEST(QrPayload, ATemplateWithoutAnHttpsOriginKnowsOnlyReceipts) {
    EXPECT_EQ(platformOrigin("ftp://x/{code}"), "");
    EXPECT_EQ(routeQrPayload("ftp://x/n/abc", "ftp://x/{code}").kind, QrKind::Unrecognized);
}

}  // namespace
}  // namespace kiosk::core
