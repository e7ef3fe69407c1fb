#pragma once
// The keyboards' engines for the app: Google Pinyin and zinnia, opened on a worker the first time
// a text field is on screen (~40 ms together). Pinyin is asked on the UI thread (p95 0.2 ms);
// handwriting (p95 ~8 ms) runs on the worker and its answer goes to the request's callback, the
// newest request replacing any older one still waiting (whose callback is then never called).
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

class InputEngines {
public:
    // `opened` is called (on the worker) once the engines are open: the keyboards can show.
    InputEngines(std::string pinyinDictionary, std::string handwritingModel, std::function<void()> opened);
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
    using Candidates = std::vector<std::string>;
    // Queues recognition of `ink` (pad coordinates 0..1); `answer` gets the candidates on the worker.
    void recognise(core::Ink ink, std::function<void(Candidates)> answer);

    static constexpr std::size_t kMaxPinyinCandidates = 60;
    static constexpr std::size_t kMaxHandwritingCandidates = 10;

private:
    void run();

    std::string pinyinDictionary_;
    std::string handwritingModel_;
    std::function<void()> opened_;

    std::unique_ptr<input::PinyinDecoder> pinyin_;               // UI thread once ready
    std::unique_ptr<input::HandwritingRecognizer> handwriting_;  // worker only
    std::atomic<bool> ready_{false};

    mutable std::mutex mutex_;
    std::condition_variable wakeWorker_;
    bool started_ = false;
    bool stopping_ = false;
    struct Request {
        core::Ink ink;
        std::function<void(Candidates)> answer;
    };
    std::optional<Request> toRecognise_;
    std::thread worker_;

    std::string cachedLetters_;
    bool cachedBeforeReady_ = false;
    std::vector<input::PinyinCandidate> cachedCandidates_;
};

}  // namespace kiosk
