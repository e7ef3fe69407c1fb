#pragma once
// The hall corpus: 340 camera frames (1280x720 gray) as a kiosk's camera sees codes in a service
// hall — 30 each of glare spots, cast shadows, motion blur, defocus, low contrast, steep tilt,
// phone screens (half of them dark mode, all with moiré), small codes far away, heavy JPEG and
// two of these at once; then 40 frames with no code (clutter, checkerboards, a lone finder-like
// square, an empty phone, noise). Every frame is generated from its index alone (seeded), so a
// test can make them one at a time and a failure is the same failure every run.
// The ranges are the hard end of what a phone's scanner still reads; each is in qr_hall_corpus.cpp.
#include <string>

#include "support/qr_corpus.h"

namespace kiosk::testing {

constexpr int kHallCodedFrames = 300;
constexpr int kHallEmptyFrames = 40;
constexpr int kHallCorpusSize = kHallCodedFrames + kHallEmptyFrames;

// Frame `index` (0 .. kHallCorpusSize-1); its name is "<kind>_<n>" (e.g. "glare_7", "empty_3").
QrFrame makeHallFrame(int index);
// The kind of frame `index` ("glare", "shadow", ..., "empty"), for figures by kind.
std::string hallFrameKind(int index);

}  // namespace kiosk::testing
