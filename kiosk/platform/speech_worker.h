#pragma once
// Read-aloud with espeak-ng on a worker thread: Mandarin voice `cmn-latn-pinyin` (the plain `cmn`
// voice reads tone digits in English). Text is synthesised to 16-bit PCM and written to an
// AudioSink: the sound card in the kiosk, a memory buffer in tests. With no audio device the
// kiosk stays silent, logs one line, and carries on.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "ui/speech_output.h"

struct audio_object;  // pcaudiolib

namespace kiosk::platform {

struct SpeechLibraries;  // platform/speech_libraries.h: espeak-ng and pcaudiolib, opened at first use

class AudioSink {
public:
    virtual ~AudioSink() = default;
    virtual bool open(int sampleRate, std::string& error) = 0;
    virtual bool write(const std::int16_t* samples, std::size_t count) = 0;
    virtual void drain() = 0;  // let what was written finish playing
    virtual void flush() = 0;  // drop what was written but not yet played
};

// The default sound device through pcaudiolib (ALSA or PulseAudio), as espeak-ng itself uses.
class DeviceAudioSink final : public AudioSink {
public:
    ~DeviceAudioSink() override;
    bool open(int sampleRate, std::string& error) override;
    bool write(const std::int16_t* samples, std::size_t count) override;
    void drain() override;
    void flush() override;

private:
    const SpeechLibraries* lib_ = nullptr;  // set by open()
    ::audio_object* device_ = nullptr;
    bool opened_ = false;
};

// Collects the PCM (tests, and `kiosk --say` style checks without a sound card).
class MemoryAudioSink final : public AudioSink {
public:
    bool open(int sampleRate, std::string&) override {
        sampleRate_ = sampleRate;
        return true;
    }
    bool write(const std::int16_t* samples, std::size_t count) override;
    void drain() override {}
    void flush() override {}
    std::vector<std::int16_t> samples() const;
    int sampleRate() const { return sampleRate_; }

private:
    mutable std::mutex mutex_;
    std::vector<std::int16_t> samples_;
    int sampleRate_ = 0;
};

class SpeechWorker final : public ui::SpeechOutput {
public:
    explicit SpeechWorker(std::unique_ptr<AudioSink> sink, std::string voice = "cmn-latn-pinyin");
    ~SpeechWorker() override;

    void say(const std::string& text) override;
    void stop() override;
    void setVolume(int percent) override;  // 0..200; takes effect from the next utterance

    // For tests and diagnostics: wait until nothing is queued or being spoken.
    void waitIdle();
    int utterancesFinished() const { return finished_; }
    int utterancesCancelled() const { return cancelled_; }
    // False once starting the engine (at the first text) failed: no voice data, no sound device.
    bool available() const { return available_; }

private:
    void run();
    void startEngine();
    bool speak(const std::string& text);  // false when cancelled

    std::unique_ptr<AudioSink> sink_;
    std::string voice_;
    const SpeechLibraries* lib_ = nullptr;  // the speech thread's, from its first text on
    std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<std::string> next_;  // only the newest request matters
    bool busy_ = false;
    bool quitting_ = false;
    std::atomic<bool> cancel_{false};
    std::atomic<int> volume_{100};
    std::atomic<bool> available_{true};
    std::atomic<int> finished_{0};
    std::atomic<int> cancelled_{0};
    std::thread thread_;
};

}  // namespace kiosk::platform
