#pragma once
// espeak-ng and pcaudiolib, opened when read-aloud first speaks (dlopen), not linked into the
// kiosk: with the libraries they bring (PulseAudio, ALSA, libsndfile and its codecs, D-Bus — 16 of
// the kiosk's 94) they cost every start ~6 ms of its exec, for a voice most visits never use.

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <pcaudiolib/audio.h>

#include <string>

namespace kiosk::platform {

struct SpeechLibraries {
    decltype(&espeak_ng_InitializePath) initializePath = nullptr;
    decltype(&espeak_ng_Initialize) initialize = nullptr;
    decltype(&espeak_ng_ClearErrorContext) clearErrorContext = nullptr;
    decltype(&espeak_ng_InitializeOutput) initializeOutput = nullptr;
    decltype(&espeak_ng_SetVoiceByName) setVoiceByName = nullptr;
    decltype(&espeak_SetSynthCallback) setSynthCallback = nullptr;
    decltype(&espeak_ng_SetParameter) setParameter = nullptr;
    decltype(&espeak_ng_GetSampleRate) getSampleRate = nullptr;
    decltype(&espeak_Synth) synth = nullptr;

    decltype(&create_audio_device_object) createDevice = nullptr;
    decltype(&audio_object_open) openDevice = nullptr;
    decltype(&audio_object_close) closeDevice = nullptr;
    decltype(&audio_object_destroy) destroyDevice = nullptr;
    decltype(&audio_object_write) writeDevice = nullptr;
    decltype(&audio_object_drain) drainDevice = nullptr;
    decltype(&audio_object_flush) flushDevice = nullptr;
    decltype(&audio_object_strerror) deviceError = nullptr;
};

// Both libraries' functions, opened on the first call (any thread; later calls wait for it and
// share the answer). nullptr, with `error` saying which library or function, when one is missing.
const SpeechLibraries* speechLibraries(std::string& error);

}  // namespace kiosk::platform
