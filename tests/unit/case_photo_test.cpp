// Case photos on disk: scaled to fit 1600 px, nothing but the picture in the JPEG, written whole,
// and removed when no case needs them.
#include "storage/case_photo.h"

#include <gtest/gtest.h>
#include <stb_image.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "storage/sqlite_db.h"

namespace kiosk::storage {
namespace {

// A picture with something in it: a horizontal red ramp, a vertical green ramp, blue constant.
std::vector<std::uint8_t> rampPicture(int width, int height) {
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(width) * height * 4);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            p[0] = static_cast<std::uint8_t>(x * 255 / (width - 1));
            p[1] = static_cast<std::uint8_t>(y * 255 / (height - 1));
            p[2] = 128;
            p[3] = 255;
        }
    }
    return rgba;
}

struct Decoded {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;
};

Decoded decode(const std::vector<std::uint8_t>& jpeg) {
    Decoded d;
    int channels = 0;
    unsigned char* pixels =
        stbi_load_from_memory(jpeg.data(), static_cast<int>(jpeg.size()), &d.width, &d.height, &channels, 3);
    if (!pixels) return {};
    d.rgb.assign(pixels, pixels + static_cast<std::size_t>(d.width) * d.height * 3);
    stbi_image_free(pixels);
    return d;
}

// The JPEG markers before the picture data (SOI ... SOS).
std::vector<int> markersBeforeScan(const std::vector<std::uint8_t>& jpeg) {
    std::vector<int> markers;
    std::size_t at = 2;  // after SOI
    while (at + 4 <= jpeg.size() && jpeg[at] == 0xFF) {
        const int marker = jpeg[at + 1];
        markers.push_back(marker);
        if (marker == 0xDA) break;  // SOS: the picture data follows
        at += 2 + (static_cast<std::size_t>(jpeg[at + 2]) << 8 | jpeg[at + 3]);
    }
    return markers;
}

TEST(CasePhotoEncoding, APictureWithinTheLimitKeepsItsSizeAndItsColours) {
    const auto rgba = rampPicture(1280, 720);
    const EncodedPhoto photo = encodeCasePhoto(rgba.data(), 1280, 720);
    ASSERT_FALSE(photo.jpeg.empty());
    const Decoded d = decode(photo.jpeg);
    ASSERT_EQ(d.width, 1280);
    ASSERT_EQ(d.height, 720);
    for (const auto& [x, y] : {std::pair{10, 10}, std::pair{640, 360}, std::pair{1270, 710}}) {
        const std::uint8_t* p = &d.rgb[(static_cast<std::size_t>(y) * 1280 + x) * 3];
        EXPECT_NEAR(p[0], x * 255 / 1279, 8) << x << "," << y;
        EXPECT_NEAR(p[1], y * 255 / 719, 8) << x << "," << y;
        EXPECT_NEAR(p[2], 128, 8) << x << "," << y;
    }
}

TEST(CasePhotoEncoding, ALargerPictureIsScaledToSixteenHundredOnItsLongSide) {
    const auto wide = rampPicture(2560, 1440);
    const Decoded w = decode(encodeCasePhoto(wide.data(), 2560, 1440).jpeg);
    EXPECT_EQ(w.width, 1600);
    EXPECT_EQ(w.height, 900);
    // Still the same picture: the middle of the ramp is in the middle.
    const std::uint8_t* middle = &w.rgb[(static_cast<std::size_t>(450) * 1600 + 800) * 3];
    EXPECT_NEAR(middle[0], 128, 8);
    EXPECT_NEAR(middle[1], 128, 8);

    const auto tall = rampPicture(1080, 1920);
    const EncodedPhoto t = encodeCasePhoto(tall.data(), 1080, 1920);
    EXPECT_EQ(t.width, 900);
    EXPECT_EQ(t.height, 1600);
    const Decoded td = decode(t.jpeg);
    EXPECT_EQ(td.width, 900);
    EXPECT_EQ(td.height, 1600);
}

TEST(CasePhotoEncoding, TheJpegCarriesNoMetadata) {
    const auto rgba = rampPicture(640, 480);
    const EncodedPhoto photo = encodeCasePhoto(rgba.data(), 640, 480);
    ASSERT_GE(photo.jpeg.size(), 4u);
    EXPECT_EQ(photo.jpeg[0], 0xFF);
    EXPECT_EQ(photo.jpeg[1], 0xD8);
    const std::vector<int> markers = markersBeforeScan(photo.jpeg);
    ASSERT_FALSE(markers.empty());
    EXPECT_EQ(markers.back(), 0xDA) << "the walk reached the picture data";
    for (const int m : markers) {
        // APP1..APP15 hold EXIF, XMP, ICC and makers' notes; COM free text. Only JFIF (APP0) may be there.
        EXPECT_FALSE(m >= 0xE1 && m <= 0xEF) << "an APPn segment: " << std::hex << m;
        EXPECT_NE(m, 0xFE) << "a comment segment";
    }
}

TEST(CasePhotoEncoding, NoPixelsNoPhoto) {
    EXPECT_TRUE(encodeCasePhoto(nullptr, 10, 10).jpeg.empty());
    const std::vector<std::uint8_t> one(4, 255);
    EXPECT_TRUE(encodeCasePhoto(one.data(), 0, 1).jpeg.empty());
}

class PhotoFolderTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ =
            std::filesystem::temp_directory_path() / ("kiosk-photos-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::filesystem::path dir_;
};

std::vector<std::uint8_t> readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_F(PhotoFolderTest, APhotoIsSavedWholeUnderAFreshName) {
    PhotoFolder folder((dir_ / "photos").string());
    const auto rgba = rampPicture(320, 240);
    const EncodedPhoto photo = encodeCasePhoto(rgba.data(), 320, 240);
    const std::string first = folder.save(photo.jpeg);
    const std::string second = folder.save(photo.jpeg);
    EXPECT_NE(first, second);
    EXPECT_EQ(std::filesystem::path(first).parent_path(), dir_ / "photos");
    EXPECT_EQ(std::filesystem::path(first).extension(), ".jpg");
    EXPECT_EQ(readAll(first), photo.jpeg);
    // Nothing half-written is left beside it.
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir_ / "photos")) {
        EXPECT_EQ(entry.path().extension(), ".jpg");
        ++files;
    }
    EXPECT_EQ(files, 2);
}

TEST_F(PhotoFolderTest, AFolderThatCannotBeMadeIsAStorageError) {
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "not-a-folder") << "x";
    PhotoFolder folder((dir_ / "not-a-folder" / "photos").string());
    EXPECT_THROW(folder.save({0xFF, 0xD8, 0xFF, 0xD9}), StorageError);
}

TEST_F(PhotoFolderTest, OnlyItsOwnPhotosAreRemoved) {
    PhotoFolder folder((dir_ / "photos").string());
    const std::string photo = folder.save({0xFF, 0xD8, 0xFF, 0xD9});
    std::ofstream(dir_ / "elsewhere.jpg") << "x";
    EXPECT_FALSE(folder.remove((dir_ / "elsewhere.jpg").string()));
    EXPECT_FALSE(folder.remove((dir_ / "photos" / ".." / "elsewhere.jpg").string()));
    EXPECT_TRUE(std::filesystem::exists(dir_ / "elsewhere.jpg"));
    EXPECT_TRUE(folder.remove(photo));
    EXPECT_FALSE(std::filesystem::exists(photo));
}

TEST_F(PhotoFolderTest, TheSweepKeepsWhatCasesNeedAndRemovesTheRest) {
    PhotoFolder folder((dir_ / "photos").string());
    const std::string kept = folder.save({0xFF, 0xD8, 0xFF, 0xD9});
    const std::string orphan = folder.save({0xFF, 0xD8, 0xFF, 0xD9});
    std::ofstream(dir_ / "photos" / "cut.jpg.tmp") << "half";  // a power cut mid-write
    EXPECT_EQ(folder.removeAllBut({kept}), 2);
    EXPECT_TRUE(std::filesystem::exists(kept));
    EXPECT_FALSE(std::filesystem::exists(orphan));
    EXPECT_FALSE(std::filesystem::exists(dir_ / "photos" / "cut.jpg.tmp"));
    // No folder yet: nothing to sweep, no error.
    PhotoFolder none((dir_ / "none").string());
    EXPECT_EQ(none.removeAllBut({}), 0);
}

}  // namespace
}  // namespace kiosk::storage
