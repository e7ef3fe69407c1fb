// Read-aloud: real espeak-ng synthesis into a memory buffer (no sound card needed here).
#include "platform/speech_worker.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <thread>

#include "core/speech_volume.h"
#include "platform/wav_bytes.h"

namespace kiosk::platform {
namespace {

double rms(const std::vector<std::int16_t>& samples) {
    double sum = 0;
    for (std::int16_t s : samples) sum += static_cast<double>(s) * s;
    return samples.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

const std::string kSentence = "您好，欢迎使用监督一点通。请选择您要办理的事情。";
const std::string kLong =
    "本月低保、特困供养、高龄津贴等补贴已按时发放。发放名单已在本机补贴发放中公示，姓名已作保护处理。"
    "如发现不符合条件人员享受补贴、或符合条件未纳入的情况，欢迎监督举报。";

TEST(SpeechWorker, SynthesisesMandarinIntoAudibleSound) {
    auto sink = std::make_unique<MemoryAudioSink>();
    MemoryAudioSink* memory = sink.get();
    SpeechWorker speech(std::move(sink));
    speech.say(kSentence);
    speech.waitIdle();
    ASSERT_TRUE(speech.available());
    EXPECT_EQ(speech.utterancesFinished(), 1);
    const auto samples = memory->samples();
    ASSERT_GT(memory->sampleRate(), 8000);
    const double seconds = static_cast<double>(samples.size()) / memory->sampleRate();
    EXPECT_GT(seconds, 2.0) << "a sentence of 24 characters takes seconds to say";
    EXPECT_GT(rms(samples), 500.0) << "the buffer is (nearly) silent";
}

TEST(SpeechWorker, TheEngineAndTheSoundDeviceStartWithTheFirstTextNotBefore) {
    auto sink = std::make_unique<MemoryAudioSink>();
    MemoryAudioSink* memory = sink.get();
    SpeechWorker speech(std::move(sink));
    // Time enough for a worker that starts its engine at once (espeak-ng takes ~50 ms here).
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    EXPECT_EQ(memory->sampleRate(), 0) << "the sound device was opened before anything was said";
    speech.say(kSentence);
    speech.waitIdle();
    ASSERT_TRUE(speech.available());
    EXPECT_GT(memory->sampleRate(), 8000);
    EXPECT_EQ(speech.utterancesFinished(), 1);
    EXPECT_GT(rms(memory->samples()), 500.0);
}

std::uint32_t readLe(const std::string& bytes, std::size_t at, int size) {
    std::uint32_t v = 0;
    for (int i = size - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return v;
}

TEST(SpeechWorker, ASentenceRendersToAWavFileThatIsNotSilent) {
    auto sink = std::make_unique<MemoryAudioSink>();
    MemoryAudioSink* memory = sink.get();
    SpeechWorker speech(std::move(sink));
    speech.say(kSentence);
    speech.waitIdle();
    const std::string wav = wavBytes(memory->samples(), memory->sampleRate());
    // Read the file back as a player would: header fields, then the samples of the data chunk.
    ASSERT_GT(wav.size(), 44u);
    EXPECT_EQ(wav.substr(0, 4), "RIFF");
    EXPECT_EQ(readLe(wav, 4, 4), wav.size() - 8);
    EXPECT_EQ(wav.substr(8, 8), "WAVEfmt ");
    EXPECT_EQ(readLe(wav, 20, 2), 1u) << "PCM";
    EXPECT_EQ(readLe(wav, 22, 2), 1u) << "mono";
    EXPECT_EQ(readLe(wav, 24, 4), static_cast<std::uint32_t>(memory->sampleRate()));
    EXPECT_EQ(readLe(wav, 34, 2), 16u);
    ASSERT_EQ(wav.substr(36, 4), "data");
    const std::uint32_t dataBytes = readLe(wav, 40, 4);
    ASSERT_EQ(dataBytes, wav.size() - 44);
    std::vector<std::int16_t> decoded;
    for (std::size_t at = 44; at < wav.size(); at += 2) {
        decoded.push_back(static_cast<std::int16_t>(readLe(wav, at, 2)));
    }
    EXPECT_EQ(decoded, memory->samples());
    EXPECT_GT(static_cast<double>(decoded.size()) / memory->sampleRate(), 2.0);
    EXPECT_GT(rms(decoded), 500.0) << "the rendered sentence is (nearly) silent";
}

TEST(SpeechWorker, StopCutsTheUtteranceShort) {
    std::size_t fullLength = 0;
    {
        auto sink = std::make_unique<MemoryAudioSink>();
        MemoryAudioSink* memory = sink.get();
        SpeechWorker speech(std::move(sink));
        speech.say(kLong);
        speech.waitIdle();
        fullLength = memory->samples().size();
    }
    auto sink = std::make_unique<MemoryAudioSink>();
    MemoryAudioSink* memory = sink.get();
    SpeechWorker speech(std::move(sink));
    speech.say(kLong);
    while (memory->samples().empty()) std::this_thread::yield();  // it has started speaking
    speech.stop();
    speech.waitIdle();
    EXPECT_EQ(speech.utterancesCancelled(), 1);
    EXPECT_EQ(speech.utterancesFinished(), 0);
    EXPECT_LT(memory->samples().size(), fullLength);
}

TEST(SpeechWorker, NewSpeechReplacesOld) {
    auto sink = std::make_unique<MemoryAudioSink>();
    SpeechWorker speech(std::move(sink));
    speech.say(kLong);
    speech.say(kSentence);  // a resident taps 朗读 on the next screen
    speech.waitIdle();
    EXPECT_EQ(speech.utterancesFinished(), 1);  // only the newest is read to the end
}

TEST(SpeechWorker, EachVolumeStepIsLouderThanTheOneBelow) {
    auto sink = std::make_unique<MemoryAudioSink>();
    MemoryAudioSink* memory = sink.get();
    SpeechWorker speech(std::move(sink));
    std::vector<double> loudness;
    for (core::SpeechVolume step : {core::SpeechVolume::Low, core::SpeechVolume::Medium, core::SpeechVolume::High}) {
        const std::size_t before = memory->samples().size();
        speech.setVolume(core::speechVolumePercent(step));
        speech.say(kSentence);
        speech.waitIdle();
        const auto all = memory->samples();
        loudness.push_back(
            rms(std::vector<std::int16_t>(all.begin() + static_cast<std::ptrdiff_t>(before), all.end())));
    }
    ASSERT_EQ(speech.utterancesFinished(), 3);
    // A step a resident can hear: at least a third louder each time (about 2.5 dB and more).
    EXPECT_GT(loudness[1], loudness[0] * 1.33) << loudness[0] << " -> " << loudness[1];
    EXPECT_GT(loudness[2], loudness[1] * 1.33) << loudness[1] << " -> " << loudness[2];
}

}  // namespace
}  // namespace kiosk::platform
