#include "platform/speech_worker.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "platform/speech_libraries.h"

namespace kiosk::platform {
namespace {

// espeak-ng keeps one global engine per process; only the speech thread uses it.
struct Utterance {
    AudioSink* sink;
    const std::atomic<bool>* cancel;
    bool sinkFailed = false;
};

int onSynthesised(short* wav, int count, espeak_EVENT* events) {
    auto* u = events ? static_cast<Utterance*>(events->user_data) : nullptr;
    if (!u) return 0;
    if (u->cancel->load()) return 1;  // abort the rest of this utterance
    if (wav && count > 0 && !u->sinkFailed) {
        u->sinkFailed = !u->sink->write(reinterpret_cast<const std::int16_t*>(wav), static_cast<std::size_t>(count));
    }
    return 0;
}

bool initialiseEngine(const SpeechLibraries& lib, const std::string& voice, int& sampleRate, std::string& error) {
    lib.initializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    if (lib.initialize(&context) != ENS_OK) {
        lib.clearErrorContext(&context);
        error = "espeak-ng cannot start (is espeak-ng-data installed?)";
        return false;
    }
    // Synchronous: synthesis hands PCM to our callback; playback is the sink's job.
    if (lib.initializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr) != ENS_OK) {
        error = "espeak-ng output cannot start";
        return false;
    }
    if (lib.setVoiceByName(voice.c_str()) != ENS_OK) {
        error = "espeak-ng has no voice " + voice;
        return false;
    }
    lib.setSynthCallback(&onSynthesised);
    lib.setParameter(espeakRATE, 140, 0);  // slower than the default 175: many listeners are old
    sampleRate = lib.getSampleRate();
    return true;
}

}  // namespace

DeviceAudioSink::~DeviceAudioSink() {
    if (device_) {
        if (opened_) lib_->closeDevice(device_);
        lib_->destroyDevice(device_);
    }
}

bool DeviceAudioSink::open(int sampleRate, std::string& error) {
    lib_ = speechLibraries(error);
    if (!lib_) return false;
    device_ = lib_->createDevice(nullptr, "yidiantong-kiosk", "Read aloud");
    if (!device_) {
        error = "no audio output";
        return false;
    }
    const int rc = lib_->openDevice(device_, AUDIO_OBJECT_FORMAT_S16LE, static_cast<uint32_t>(sampleRate), 1);
    if (rc != 0) {
        error = std::string("no audio device: ") + lib_->deviceError(device_, rc);
        return false;
    }
    opened_ = true;
    return true;
}

bool DeviceAudioSink::write(const std::int16_t* samples, std::size_t count) {
    return opened_ && lib_->writeDevice(device_, samples, count * sizeof(std::int16_t)) == 0;
}

void DeviceAudioSink::drain() {
    if (opened_) lib_->drainDevice(device_);
}

void DeviceAudioSink::flush() {
    if (opened_) lib_->flushDevice(device_);
}

bool MemoryAudioSink::write(const std::int16_t* samples, std::size_t count) {
    std::lock_guard lock(mutex_);
    samples_.insert(samples_.end(), samples, samples + count);
    return true;
}

std::vector<std::int16_t> MemoryAudioSink::samples() const {
    std::lock_guard lock(mutex_);
    return samples_;
}

SpeechWorker::SpeechWorker(std::unique_ptr<AudioSink> sink, std::string voice)
    : sink_(std::move(sink)), voice_(std::move(voice)), thread_([this] { run(); }) {}

SpeechWorker::~SpeechWorker() {
    {
        std::lock_guard lock(mutex_);
        quitting_ = true;
        next_.reset();
    }
    cancel_ = true;
    wake_.notify_all();
    thread_.join();
}

void SpeechWorker::say(const std::string& text) {
    {
        std::lock_guard lock(mutex_);
        next_ = text;
    }
    cancel_ = true;  // whatever is being read now stops; the new text follows
    wake_.notify_all();
}

void SpeechWorker::stop() {
    {
        std::lock_guard lock(mutex_);
        next_.reset();
    }
    cancel_ = true;
    wake_.notify_all();
}

void SpeechWorker::setVolume(int percent) {
    // Stored here, applied by the speech thread: espeak-ng's state belongs to that thread.
    volume_ = std::clamp(percent, 0, 200);
}

void SpeechWorker::waitIdle() {
    std::unique_lock lock(mutex_);
    wake_.wait(lock, [&] { return !next_ && !busy_; });
}

void SpeechWorker::startEngine() {
    int sampleRate = 0;
    std::string error;
    lib_ = speechLibraries(error);
    if (!lib_ || !initialiseEngine(*lib_, voice_, sampleRate, error) || !sink_->open(sampleRate, error)) {
        // One line, then silence: a kiosk without speakers still works.
        spdlog::warn("read aloud unavailable: {}", error);
        available_ = false;
    }
}

void SpeechWorker::run() {
    // espeak-ng and the sound device start with the first text, not with the kiosk: most visits
    // never press 朗读, and the engine's voice data and buffers are 2.8 MB resident from then on.
    bool engineStarted = false;
    for (;;) {
        std::string text;
        {
            std::unique_lock lock(mutex_);
            busy_ = false;
            wake_.notify_all();
            wake_.wait(lock, [&] { return quitting_ || next_.has_value(); });
            if (quitting_) return;
            text = std::move(*next_);
            next_.reset();
            busy_ = true;
            cancel_ = false;
        }
        if (!engineStarted) {
            startEngine();
            engineStarted = true;
        }
        if (!available_) continue;
        if (speak(text)) {
            ++finished_;
        } else {
            ++cancelled_;
        }
    }
}

bool SpeechWorker::speak(const std::string& text) {
    Utterance utterance{sink_.get(), &cancel_};
    lib_->setParameter(espeakVOLUME, volume_.load(), 0);
    lib_->synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &utterance);
    if (cancel_) {
        sink_->flush();
        return false;
    }
    sink_->drain();
    return true;
}

}  // namespace kiosk::platform
