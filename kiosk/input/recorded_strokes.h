#pragma once
// Recorded handwriting: "字<TAB>x,y x,y|x,y ..." one character a line, '#' comments. The tests,
// the benchmark and (later) the staff demonstration replay these on the handwriting pad.
#include <string>
#include <string_view>
#include <vector>

#include "input/handwriting_recognizer.h"

namespace kiosk::input {

struct RecordedCharacter {
    std::string character;
    std::vector<Stroke> strokes;
};

// Malformed lines are skipped; `padSize` of the recording is the caller's to know.
std::vector<RecordedCharacter> parseRecordedStrokes(std::string_view text);

}  // namespace kiosk::input
