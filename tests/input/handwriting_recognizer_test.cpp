// Handwriting on real data: strokes written in a 400 px pad (tests/data/handwriting, made by
// tools/record_strokes.py) must be recognised by zinnia with the tegaki model.
#include "input/handwriting_recognizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "input/recorded_strokes.h"

namespace kiosk::input {
namespace {

constexpr float kRecordedPad = 400.0f;

std::vector<RecordedCharacter> recordedCharacters() {
    std::ifstream in(KIOSK_SOURCE_DIR "/tests/data/handwriting/strokes.txt");
    std::stringstream text;
    text << in.rdbuf();
    return parseRecordedStrokes(text.str());
}

const HandwritingRecognizer& recognizer() {
    static std::unique_ptr<HandwritingRecognizer> r = [] {
        std::string error;
        auto opened = HandwritingRecognizer::open(HandwritingRecognizer::kDefaultModel, error);
        if (!opened) throw std::runtime_error(error);
        return opened;
    }();
    return *r;
}

TEST(HandwritingRecognizer, RecognisesRecordedCommonCharacters) {
    // Measured: 12 of the 15 first, 13 on the candidate row. The tegaki model misses 水 and 灯
    // written in the standard stroke order (it offers 丹 / 赔): a limit of the model, which is why
    // the pad shows a row of candidates and the pinyin keyboard is one tap away.
    const auto recorded = recordedCharacters();
    ASSERT_GE(recorded.size(), 15u);
    int first = 0;
    int onRow = 0;
    for (const auto& r : recorded) {
        const auto candidates = recognizer().recognise(r.strokes, kRecordedPad, 8);
        ASSERT_FALSE(candidates.empty()) << r.character;
        if (candidates.front() == r.character) ++first;
        if (std::find(candidates.begin(), candidates.end(), r.character) != candidates.end()) ++onRow;
    }
    EXPECT_GE(first, 12);
    EXPECT_GE(onRow, 13);
}

TEST(HandwritingRecognizer, TheSameCharacterWrittenSmallerOrShiftedIsStillRecognised) {
    // A finger rarely fills the pad: write 监 at half size in the lower right corner of a 600 px pad.
    const auto recorded = recordedCharacters();
    const auto it = std::find_if(recorded.begin(), recorded.end(), [](const auto& r) { return r.character == "监"; });
    ASSERT_NE(it, recorded.end());
    std::vector<Stroke> moved = it->strokes;
    for (auto& stroke : moved) {
        for (auto& p : stroke) p = {p.x * 0.75f + 280, p.y * 0.75f + 280};
    }
    const auto candidates = recognizer().recognise(moved, 600.0f, 8);
    EXPECT_NE(std::find(candidates.begin(), candidates.end(), "监"), candidates.end());
}

TEST(HandwritingRecognizer, NoStrokesNoCandidates) {
    EXPECT_TRUE(recognizer().recognise({}, kRecordedPad, 8).empty());
    EXPECT_TRUE(recognizer().recognise({Stroke{}}, kRecordedPad, 8).empty());
}

TEST(HandwritingRecognizer, MissingModelIsAPlainError) {
    std::string error;
    EXPECT_EQ(HandwritingRecognizer::open("/nonexistent/model", error), nullptr);
    EXPECT_NE(error.find("tegaki-zinnia-simplified-chinese"), std::string::npos);
}

TEST(RecordedStrokes, MalformedLinesAreSkipped) {
    const auto parsed = parseRecordedStrokes("# comment\n人\t1,2 3,4|5,6\nbad line\n大\t1,x\n\t1,2\n");
    ASSERT_EQ(parsed.size(), 1u);
    EXPECT_EQ(parsed[0].character, "人");
    ASSERT_EQ(parsed[0].strokes.size(), 2u);
    EXPECT_EQ(parsed[0].strokes[0].size(), 2u);
    EXPECT_FLOAT_EQ(parsed[0].strokes[1][0].y, 6.0f);
}

}  // namespace
}  // namespace kiosk::input
