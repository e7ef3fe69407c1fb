#include "input/handwriting_recognizer.h"

#include <zinnia.h>

#include <algorithm>
#include <cmath>

#include "core/utf8.h"
#include "input/gb2312.h"

namespace kiosk::input {
namespace {
constexpr float kMarginFraction = 0.1f;
}  // namespace

struct HandwritingRecognizer::Zinnia {
    zinnia_recognizer_t* recognizer = zinnia_recognizer_new();
    ~Zinnia() { zinnia_recognizer_destroy(recognizer); }
};

std::unique_ptr<HandwritingRecognizer> HandwritingRecognizer::open(const std::string& modelPath, std::string& error) {
    std::unique_ptr<HandwritingRecognizer> r(new HandwritingRecognizer());
    r->zinnia_ = std::make_unique<Zinnia>();
    if (!zinnia_recognizer_open(r->zinnia_->recognizer, modelPath.c_str())) {
        error = "cannot open the handwriting model " + modelPath + " (install tegaki-zinnia-simplified-chinese)";
        return nullptr;
    }
    return r;
}

HandwritingRecognizer::~HandwritingRecognizer() = default;

std::vector<std::string> HandwritingRecognizer::recognise(const std::vector<Stroke>& strokes, float padSize,
                                                          std::size_t max) const {
    std::vector<std::string> out;
    if (strokes.empty() || padSize <= 0) return out;
    // The model knows characters that fill their box; a finger rarely does (small, or in a corner
    // of the pad). Scale the writing's bounding box, keeping its shape, to fill a 1000-unit box
    // with a small margin, centred. Measured on the recorded strokes: 10 → 12 of 15 first.
    float minX = padSize, minY = padSize, maxX = 0, maxY = 0;
    for (const Stroke& stroke : strokes) {
        for (const PadPoint& p : stroke) {
            minX = std::min(minX, p.x);
            minY = std::min(minY, p.y);
            maxX = std::max(maxX, p.x);
            maxY = std::max(maxY, p.y);
        }
    }
    constexpr float kBox = 1000.0f;
    constexpr float kMargin = kMarginFraction * kBox;
    const float extent = std::max({maxX - minX, maxY - minY, padSize * 0.05f});
    const float scale = (kBox - 2 * kMargin) / extent;
    const float offsetX = kMargin + ((kBox - 2 * kMargin) - (maxX - minX) * scale) / 2;
    const float offsetY = kMargin + ((kBox - 2 * kMargin) - (maxY - minY) * scale) / 2;
    zinnia_character_t* character = zinnia_character_new();
    zinnia_character_set_width(character, static_cast<std::size_t>(kBox));
    zinnia_character_set_height(character, static_cast<std::size_t>(kBox));
    std::size_t id = 0;
    for (const Stroke& stroke : strokes) {
        if (stroke.empty()) continue;
        for (const PadPoint& p : stroke) {
            const int x = static_cast<int>(std::lround(offsetX + (p.x - minX) * scale));
            const int y = static_cast<int>(std::lround(offsetY + (p.y - minY) * scale));
            zinnia_character_add(character, id, x, y);
        }
        ++id;
    }
    // Ask for more than needed: a few answers may be symbols outside GB2312 hanzi.
    if (zinnia_result_t* result = zinnia_recognizer_classify(zinnia_->recognizer, character, max * 2)) {
        for (std::size_t i = 0; i < zinnia_result_size(result) && out.size() < max; ++i) {
            const std::string value = zinnia_result_value(result, i);
            const std::u32string chars = core::decodeUtf8(value);
            if (chars.size() == 1 && isGb2312(chars[0])) out.push_back(value);
        }
        zinnia_result_destroy(result);
    }
    zinnia_character_destroy(character);
    return out;
}

}  // namespace kiosk::input
