#include "commands/command_line.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(CommandLine, ScriptTour) {
    const auto r =
        parseCommandLine({"--script", "t.tour", "--screenshot-dir", "out", "--size", "1080x1920", "--lang", "en"});
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(r.options.scriptFile, "t.tour");
    EXPECT_EQ(r.options.screenshotDir, "out");
    ASSERT_TRUE(r.options.windowed.has_value());
    EXPECT_EQ(r.options.windowed->first, 1080);
    EXPECT_EQ(r.options.windowed->second, 1920);
    EXPECT_EQ(r.options.language, "en");
}

TEST(CommandLine, Errors) {
    EXPECT_EQ(parseCommandLine({"--windowed", "big"}).error, "--windowed takes WIDTHxHEIGHT, e.g. 1920x1080");
    EXPECT_EQ(parseCommandLine({"--config"}).error, "--config needs a value");
    EXPECT_EQ(parseCommandLine({"--lang", "fr"}).error, "--lang takes zh-CN or en");
    EXPECT_EQ(parseCommandLine({"--fly"}).error, "unknown option --fly (see --help)");
    EXPECT_TRUE(parseCommandLine({"--version"}).options.showVersion);
    EXPECT_EQ(parseCommandLine({"--say", "您好"}).error,
              "--say and --wav go together: kiosk --say 您好 --wav hello.wav");
}

TEST(CommandLine, SayIntoAWavFile) {
    const CommandLineResult r = parseCommandLine({"--say", "您好", "--wav", "hello.wav"});
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(r.options.sayText, "您好");
    EXPECT_EQ(r.options.wavFile, "hello.wav");
}

}  // namespace
}  // namespace kiosk
