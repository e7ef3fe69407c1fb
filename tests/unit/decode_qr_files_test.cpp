// `kiosk --decode-qr FILE...` on saved frames: a code, no code, and a file that is no image.
#include "commands/decode_qr_files.h"

#include <gtest/gtest.h>
#include <stb_image_write.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands/command_line.h"
#include "support/qr_corpus.h"

namespace kiosk {
namespace {

TEST(DecodeQrFiles, PrintsOneJsonLineAFile) {
    const auto dir = std::filesystem::temp_directory_path() / ("decode-qr-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto corpus = testing::makeQrCorpus();
    const auto& coded = corpus.front();
    const auto& empty = corpus.back();
    ASSERT_TRUE(empty.expected.empty());
    const std::string codedPng = (dir / "coded.png").string();
    const std::string emptyJpg = (dir / "empty.jpg").string();
    stbi_write_png(codedPng.c_str(), testing::kFrameWidth, testing::kFrameHeight, 1, coded.pixels.data(),
                   testing::kFrameWidth);
    stbi_write_jpg(emptyJpg.c_str(), testing::kFrameWidth, testing::kFrameHeight, 1, empty.pixels.data(), 85);
    const std::string notImage = (dir / "notes.txt").string();
    std::ofstream(notImage) << "not an image";

    const CommandLineResult cli = parseCommandLine({"--decode-qr", codedPng, emptyJpg, notImage});
    ASSERT_TRUE(cli.error.empty()) << cli.error;
    std::ostringstream out;
    EXPECT_EQ(decodeQrFiles(cli.options.decodeQrFiles, out), 1) << "one file was not an image";
    std::istringstream lines(out.str());
    std::vector<nlohmann::json> results;
    for (std::string line; std::getline(lines, line);) results.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(results.size(), 3u);
    EXPECT_EQ(results[0]["file"], codedPng);
    EXPECT_EQ(results[0]["text"], coded.expected);
    EXPECT_GT(results[0]["ms"].get<double>(), 0.0);
    EXPECT_TRUE(results[1]["text"].is_null());
    EXPECT_TRUE(results[1].contains("ms"));
    EXPECT_TRUE(results[2]["text"].is_null());
    EXPECT_TRUE(results[2].contains("error"));
    EXPECT_FALSE(parseCommandLine({"--decode-qr"}).error.empty());
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kiosk
