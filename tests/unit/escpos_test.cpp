// ESC/POS bytes and answers, checked against the command reference's own definitions.
#include <gtest/gtest.h>

#include "core/escpos.h"
#include "core/printer_address.h"

namespace kiosk::core {
namespace {

using escpos::Bytes;

TEST(Escpos, InitializeIsEscAt) {
    Bytes out;
    escpos::appendInitialize(out);
    EXPECT_EQ(out, (Bytes{0x1B, 0x40}));
}

// GS v 0 m xL xH yL yH d1…dk: x counts bytes across, y dots down; the leftmost dot is bit 7.
TEST(Escpos, RasterRowsArePackedMostSignificantBitFirstAndPaddedWithWhite) {
    escpos::MonoBitmap bitmap{10, 2, std::vector<std::uint8_t>(20, 0)};
    bitmap.dots[0] = 1;       // (0,0): the leftmost dot of the first row
    bitmap.dots[9] = 1;       // (9,0): the second byte's bit 6
    bitmap.dots[10 + 7] = 1;  // (7,1): the first byte's bit 0 in the second row
    Bytes out;
    escpos::appendRaster(out, bitmap);
    EXPECT_EQ(out, (Bytes{0x1D, 0x76, 0x30, 0x00, 2, 0, 2, 0, 0x80, 0x40, 0x01, 0x00}));
}

TEST(Escpos, ATallRasterGoesInBandsThatEachSayTheirHeight) {
    escpos::MonoBitmap bitmap{8, escpos::kRasterBandRows + 3, {}};
    bitmap.dots.assign(static_cast<std::size_t>(bitmap.width) * static_cast<std::size_t>(bitmap.height), 1);
    Bytes out;
    escpos::appendRaster(out, bitmap);
    const std::size_t first = 8 + escpos::kRasterBandRows;
    ASSERT_EQ(out.size(), first + 8 + 3);
    EXPECT_EQ(out[6] + out[7] * 256, escpos::kRasterBandRows);
    EXPECT_EQ((Bytes(out.begin() + first, out.begin() + first + 8)), (Bytes{0x1D, 0x76, 0x30, 0, 1, 0, 3, 0}));
}

TEST(Escpos, FeedAndCut) {
    Bytes out;
    escpos::appendFeedLines(out, 3);
    escpos::appendFeedLines(out, 999);
    escpos::appendCut(out, escpos::Cut::Partial);
    escpos::appendCut(out, escpos::Cut::Full);
    escpos::appendCut(out, escpos::Cut::None);
    EXPECT_EQ(out, (Bytes{0x1B, 0x64, 3, 0x1B, 0x64, 255, 0x1D, 0x56, 66, 0, 0x1D, 0x56, 65, 0}));
}

TEST(Escpos, NativeQrStoresItsTextThenPrintsIt) {
    Bytes out;
    escpos::appendNativeQr(out, "https://a.cn/t/1", 6);
    const Bytes store{0x1D, 0x28, 0x6B, 16 + 3, 0, 49, 80, 48};
    const auto at = std::search(out.begin(), out.end(), store.begin(), store.end());
    ASSERT_NE(at, out.end());
    EXPECT_EQ(std::string(at + 8, at + 8 + 16), "https://a.cn/t/1");
    const Bytes print{0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48};
    EXPECT_TRUE(std::equal(print.begin(), print.end(), out.end() - 8));
    Bytes none;
    escpos::appendNativeQr(none, "", 6);
    EXPECT_TRUE(none.empty());
}

TEST(Escpos, StatusRequestsAreDleEot) {
    EXPECT_EQ(escpos::statusRequest(escpos::StatusQuery::Paper), (Bytes{0x10, 0x04, 4}));
}

// The answers' bits as the reference defines them; every answer is 0xx1xx10.
TEST(Escpos, StatusAnswersReadIntoWords) {
    using Q = escpos::StatusQuery;
    escpos::PrinterStatus fine;
    EXPECT_TRUE(escpos::readStatusByte(Q::Printer, 0x12, fine));
    EXPECT_TRUE(escpos::readStatusByte(Q::Offline, 0x12, fine));
    EXPECT_TRUE(escpos::readStatusByte(Q::Error, 0x12, fine));
    EXPECT_TRUE(escpos::readStatusByte(Q::Paper, 0x12, fine));
    EXPECT_FALSE(fine.offline || fine.coverOpen || fine.paperEnd || fine.paperNearEnd || fine.error);

    escpos::PrinterStatus s;
    EXPECT_TRUE(escpos::readStatusByte(Q::Printer, 0x1A, s));  // bit 3: offline
    EXPECT_TRUE(s.offline);
    EXPECT_TRUE(escpos::readStatusByte(Q::Offline, 0x16, s));  // bit 2: cover open
    EXPECT_TRUE(s.coverOpen);
    EXPECT_FALSE(s.paperEnd);
    EXPECT_TRUE(escpos::readStatusByte(Q::Offline, 0x32, s));  // bit 5: stopped at paper end
    EXPECT_TRUE(s.paperEnd);

    escpos::PrinterStatus low;
    EXPECT_TRUE(escpos::readStatusByte(Q::Paper, 0x1E, low));  // bits 2, 3: near end
    EXPECT_TRUE(low.paperNearEnd);
    EXPECT_FALSE(low.paperEnd);
    escpos::PrinterStatus out;
    EXPECT_TRUE(escpos::readStatusByte(Q::Paper, 0x72, out));  // bits 5, 6: paper end
    EXPECT_TRUE(out.paperEnd);
    escpos::PrinterStatus jam;
    EXPECT_TRUE(escpos::readStatusByte(Q::Error, 0x1A, jam));  // bit 3: autocutter error
    EXPECT_TRUE(jam.error);
}

TEST(Escpos, ABytesWithWrongFixedBitsIsNoAnswer) {
    escpos::PrinterStatus s;
    for (std::uint8_t noise : {0x00, 0xFF, 0x13, 0x10, 0x92, 0x41}) {
        EXPECT_FALSE(escpos::readStatusByte(escpos::StatusQuery::Paper, noise, s)) << int(noise);
    }
    EXPECT_FALSE(s.paperEnd || s.paperNearEnd);
}

TEST(PrinterAddress, DevicePathsAndTcp) {
    const auto usb = parsePrinterAddress("/dev/usb/lp0");
    ASSERT_TRUE(usb);
    EXPECT_EQ(usb->kind, PrinterAddress::Kind::File);
    EXPECT_EQ(usb->path, "/dev/usb/lp0");
    const auto net = parsePrinterAddress("tcp://192.168.1.50:9100");
    ASSERT_TRUE(net);
    EXPECT_EQ(net->kind, PrinterAddress::Kind::Tcp);
    EXPECT_EQ(net->host, "192.168.1.50");
    EXPECT_EQ(net->port, 9100);
    EXPECT_TRUE(parsePrinterAddress("tcp://printer-2.hall.local:9100"));
}

TEST(PrinterAddress, RefusesWhatCouldPointElsewhere) {
    for (const char* bad :
         {"", "lp0", "dev/usb/lp0", "/dev/../etc/passwd", "/dev/usb/..", "tcp://", "tcp://host", "tcp://host:0",
          "tcp://host:65536", "tcp://host:9100/x", "tcp://user@host:9100", "tcp://host:9100?x", "tcp://:9100",
          "tcp://-host:9100", "tcp://host:91a0", "/dev/usb/lp0 ", "/dev/usb/\tlp0", "http://host:9100"}) {
        std::string problem;
        EXPECT_FALSE(parsePrinterAddress(bad, &problem)) << bad;
        EXPECT_FALSE(problem.empty()) << bad;
    }
}

}  // namespace
}  // namespace kiosk::core
