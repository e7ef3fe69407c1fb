#include "input_engines.h"

#include <spdlog/spdlog.h>

namespace kiosk {

InputEngines::InputEngines(std::string pinyinDictionary, std::string handwritingModel,
                           std::function<void()> wakeUiThread)
    : pinyinDictionary_(std::move(pinyinDictionary)),
      handwritingModel_(std::move(handwritingModel)),
      wake_(std::move(wakeUiThread)) {}

InputEngines::~InputEngines() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wakeWorker_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void InputEngines::open() {
    std::lock_guard lock(mutex_);
    if (started_) return;
    started_ = true;
    worker_ = std::thread([this] { run(); });
}

void InputEngines::run() {
    std::string pinyinError;
    std::string handwritingError;
    auto pinyin = input::PinyinDecoder::open(pinyinDictionary_, pinyinError);
    auto handwriting = input::HandwritingRecognizer::open(handwritingModel_, handwritingError);
    pinyin_ = std::move(pinyin);  // published to the UI thread by ready_ below
    handwriting_ = std::move(handwriting);
    if (!pinyinError.empty()) spdlog::error("pinyin keyboard unavailable: {}", pinyinError);
    if (!handwritingError.empty()) spdlog::error("handwriting pad unavailable: {}", handwritingError);
    ready_.store(true, std::memory_order_release);
    if (wake_) wake_();

    for (;;) {
        std::pair<std::uint64_t, core::Ink> job;
        {
            std::unique_lock lock(mutex_);
            wakeWorker_.wait(lock, [&] { return stopping_ || toRecognise_.has_value(); });
            if (stopping_) return;
            job = std::move(*toRecognise_);
            toRecognise_.reset();
        }
        HandwritingAnswer answer{job.first, {}};
        if (handwriting_) answer.candidates = handwriting_->recognise(job.second, 1.0f, kMaxHandwritingCandidates);
        {
            std::lock_guard lock(mutex_);
            answer_ = std::move(answer);
        }
        if (wake_) wake_();
    }
}

const std::vector<input::PinyinCandidate>& InputEngines::pinyin(const std::string& letters) {
    if (letters != cachedLetters_ || cachedBeforeReady_) {
        cachedLetters_ = letters;
        cachedBeforeReady_ = !ready();
        cachedCandidates_.clear();
        if (ready() && pinyin_) cachedCandidates_ = pinyin_->candidates(letters, kMaxPinyinCandidates);
    }
    return cachedCandidates_;
}

void InputEngines::recognise(std::uint64_t request, core::Ink ink) {
    {
        std::lock_guard lock(mutex_);
        toRecognise_ = std::make_pair(request, std::move(ink));
    }
    wakeWorker_.notify_all();
}

std::optional<HandwritingAnswer> InputEngines::takeHandwriting() {
    std::lock_guard lock(mutex_);
    return std::exchange(answer_, std::nullopt);
}

}  // namespace kiosk
