#include "core/ticker.h"

#include <cmath>

#include "core/playlist.h"

namespace kiosk::core {

std::string tickerText(const std::vector<Slogan>& slogans, const LocalMoment& at, std::string_view separator) {
    std::string text;
    for (const Slogan& s : slogans) {
        if (!isScheduled(s.schedule, at)) continue;
        if (!text.empty()) text += separator;
        text += s.text;
    }
    // The end of the text meets the start of its next copy: the separator goes there too.
    if (!text.empty()) text += separator;
    return text;
}

float tickerFirstCopyX(double elapsedSeconds, float speed, float period) {
    if (period < 1.0f || speed <= 0.0f || elapsedSeconds <= 0.0) return 0.0f;
    // fmod in double: after a day at 90 px/s the distance run is ~8e6 px, past float's whole pixels.
    const double run = std::fmod(elapsedSeconds * static_cast<double>(speed), static_cast<double>(period));
    const float x = -static_cast<float>(std::round(run));
    return x <= -period ? 0.0f : x;
}

}  // namespace kiosk::core
