#pragma once
// The slogan strip of the unattended display (电子屏滚动播放宣传标语): which slogans run now and
// where the running text stands. Pure: a time in, a position out (tests use a fake clock).
#include <string>
#include <string_view>
#include <vector>

#include "core/announcements.h"
#include "core/playlist.h"

namespace kiosk::core {

// The slogans scheduled at `at`, in the content's order, joined by `separator`; "" for none.
std::string tickerText(const std::vector<Slogan>& slogans, const LocalMoment& at, std::string_view separator);

// Where the running text stands after `elapsedSeconds` at `speed` px/s: the left edge of its
// first copy, relative to the strip's left edge, in [-period, 0). Copies follow every `period`
// px (the text's width and its gap) until the strip's right edge, so the strip is always full
// and the seam never shows. Whole pixels: text drawn at fractional positions shimmers.
float tickerFirstCopyX(double elapsedSeconds, float speed, float period);

}  // namespace kiosk::core
