#include "features/typing/input_engines.h"

#include <spdlog/spdlog.h>

namespace kiosk {

InputEngines::InputEngines(std::string pinyinDictionary, std::string handwritingModel, std::function<void()> opened)
    : pinyinDictionary_(std::move(pinyinDictionary)),
      handwritingModel_(std::move(handwritingModel)),
      opened_(std::move(opened)) {}

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
    if (opened_) opened_();

    for (;;) {
        Request job;
        {
            std::unique_lock lock(mutex_);
            wakeWorker_.wait(lock, [&] { return stopping_ || toRecognise_.has_value(); });
            if (stopping_) return;
            job = std::move(*toRecognise_);
            toRecognise_.reset();
        }
        Candidates candidates;
        if (handwriting_) candidates = handwriting_->recognise(job.ink, 1.0f, kMaxHandwritingCandidates);
        if (job.answer) job.answer(std::move(candidates));
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

void InputEngines::recognise(core::Ink ink, std::function<void(Candidates)> answer) {
    {
        std::lock_guard lock(mutex_);
        toRecognise_ = Request{std::move(ink), std::move(answer)};
    }
    wakeWorker_.notify_all();
}

}  // namespace kiosk
