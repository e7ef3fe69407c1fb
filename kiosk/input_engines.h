#pragma once
// The keyboards' engines for the app: Google Pinyin and zinnia, opened on a worker the first time
// a text field is on screen (~40 ms together). Pinyin is asked on the UI thread (p95 0.2 ms);
// handwriting (p95 ~8 ms) runs on the worker and its answer comes back through a queue, the newest
// request replacing any older one still waiting.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/ink.h"
#include "input/handwriting_recognizer.h"
#include "input/pinyin_decoder.h"

namespace kiosk {

struct HandwritingAnswer {
    std::uint64_t request = 0;  // which ink it answers
    std::vector<std::string> candidates;
};

class InputEngines {
public:
    InputEngines(std::string pinyinDictionary, std::string handwritingModel, std::function<void()> wakeUiThread);
    ~InputEngines();
    InputEngines(const InputEngines&) = delete;
    InputEngines& operator=(const InputEngines&) = delete;

    // Starts opening the engines (once); cheap to call every frame.
    void open();
    bool ready() const { return ready_.load(std::memory_order_acquire); }
    // Once ready: whether each engine opened (why not is in the log).
    bool pinyinAvailable() const { return ready() && pinyin_ != nullptr; }
    bool handwritingAvailable() const { return ready() && handwriting_ != nullptr; }

    // UI thread. Empty until ready or when the pinyin engine is missing. Cached per input.
    const std::vector<input::PinyinCandidate>& pinyin(const std::string& letters);
    // Queues recognition of `ink` (pad coordinates 0..1); the answer carries `request`.
    void recognise(std::uint64_t request, core::Ink ink);
    std::optional<HandwritingAnswer> takeHandwriting();

    static constexpr std::size_t kMaxPinyinCandidates = 60;
    static constexpr std::size_t kMaxHandwritingCandidates = 10;

private:
    void run();

    std::string pinyinDictionary_;
    std::string handwritingModel_;
    std::function<void()> wake_;

    std::unique_ptr<input::PinyinDecoder> pinyin_;               // UI thread once ready
    std::unique_ptr<input::HandwritingRecognizer> handwriting_;  // worker only
    std::atomic<bool> ready_{false};

    mutable std::mutex mutex_;
    std::condition_variable wakeWorker_;
    bool started_ = false;
    bool stopping_ = false;
    std::optional<std::pair<std::uint64_t, core::Ink>> toRecognise_;
    std::optional<HandwritingAnswer> answer_;
    std::thread worker_;

    std::string cachedLetters_;
    bool cachedBeforeReady_ = false;
    std::vector<input::PinyinCandidate> cachedCandidates_;
};

}  // namespace kiosk
