#include "input/recorded_strokes.h"

#include <charconv>

namespace kiosk::input {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            if (i > start) parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

bool parsePoint(std::string_view text, PadPoint& point) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos) return false;
    int x = 0;
    int y = 0;
    const auto xs = text.substr(0, comma);
    const auto ys = text.substr(comma + 1);
    if (std::from_chars(xs.data(), xs.data() + xs.size(), x).ec != std::errc{}) return false;
    if (std::from_chars(ys.data(), ys.data() + ys.size(), y).ec != std::errc{}) return false;
    point = {static_cast<float>(x), static_cast<float>(y)};
    return true;
}

}  // namespace

std::vector<RecordedCharacter> parseRecordedStrokes(std::string_view text) {
    std::vector<RecordedCharacter> out;
    for (std::string_view line : split(text, '\n')) {
        if (line.front() == '#') continue;
        const auto tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0) continue;
        RecordedCharacter recorded{std::string(line.substr(0, tab)), {}};
        bool ok = true;
        for (std::string_view strokeText : split(line.substr(tab + 1), '|')) {
            Stroke stroke;
            for (std::string_view pointText : split(strokeText, ' ')) {
                PadPoint p;
                ok = ok && parsePoint(pointText, p);
                stroke.push_back(p);
            }
            recorded.strokes.push_back(std::move(stroke));
        }
        if (ok && !recorded.strokes.empty()) out.push_back(std::move(recorded));
    }
    return out;
}

}  // namespace kiosk::input
