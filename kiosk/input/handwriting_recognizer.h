#pragma once
// One handwritten character to hanzi, with zinnia and the tegaki Simplified Chinese model (both
// from Debian: libzinnia0, tegaki-zinnia-simplified-chinese; GB2312, loads in ~30 ms).
#include <memory>
#include <string>
#include <vector>

#include "core/ink.h"

namespace kiosk::input {

using core::PadPoint;  // in pad coordinates, y downwards
using core::Stroke;

class HandwritingRecognizer {
public:
    static std::unique_ptr<HandwritingRecognizer> open(const std::string& modelPath, std::string& error);
    ~HandwritingRecognizer();
    HandwritingRecognizer(const HandwritingRecognizer&) = delete;
    HandwritingRecognizer& operator=(const HandwritingRecognizer&) = delete;

    // Best guesses first, at most `max`, each a GB2312 character. `padSize` is the square the
    // strokes were drawn in. Thread-safe for one caller at a time.
    std::vector<std::string> recognise(const std::vector<Stroke>& strokes, float padSize, std::size_t max) const;

    static constexpr const char* kDefaultModel = "/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model";

private:
    HandwritingRecognizer() = default;
    struct Zinnia;
    std::unique_ptr<Zinnia> zinnia_;
};

}  // namespace kiosk::input
