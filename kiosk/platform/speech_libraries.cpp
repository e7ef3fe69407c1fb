#include "platform/speech_libraries.h"

#include <dlfcn.h>

namespace kiosk::platform {
namespace {

// Debian 12's sonames (libespeak-ng1, libpcaudio0: the package depends on both by name).
constexpr const char* kEspeak = "libespeak-ng.so.1";
constexpr const char* kPcaudio = "libpcaudio.so.0";

// `function` from `library`; the first name not found is kept in `missing`.
template <typename Function>
void find(void* library, const char* name, Function& function, std::string& missing) {
    function = reinterpret_cast<Function>(dlsym(library, name));
    if (!function && missing.empty()) missing = name;
}

struct Loaded {
    SpeechLibraries functions;
    std::string error;  // empty when every function was found
};

Loaded load() {
    Loaded loaded;
    // Never closed: espeak-ng keeps one engine for the process, and its thread may outlive a caller.
    void* espeak = dlopen(kEspeak, RTLD_NOW | RTLD_LOCAL);
    void* pcaudio = dlopen(kPcaudio, RTLD_NOW | RTLD_LOCAL);
    if (!espeak || !pcaudio) {
        loaded.error = std::string("cannot open ") + (espeak ? kPcaudio : kEspeak);
        return loaded;
    }
    SpeechLibraries& f = loaded.functions;
    std::string missing;
    find(espeak, "espeak_ng_InitializePath", f.initializePath, missing);
    find(espeak, "espeak_ng_Initialize", f.initialize, missing);
    find(espeak, "espeak_ng_ClearErrorContext", f.clearErrorContext, missing);
    find(espeak, "espeak_ng_InitializeOutput", f.initializeOutput, missing);
    find(espeak, "espeak_ng_SetVoiceByName", f.setVoiceByName, missing);
    find(espeak, "espeak_SetSynthCallback", f.setSynthCallback, missing);
    find(espeak, "espeak_ng_SetParameter", f.setParameter, missing);
    find(espeak, "espeak_ng_GetSampleRate", f.getSampleRate, missing);
    find(espeak, "espeak_Synth", f.synth, missing);
    find(pcaudio, "create_audio_device_object", f.createDevice, missing);
    find(pcaudio, "audio_object_open", f.openDevice, missing);
    find(pcaudio, "audio_object_close", f.closeDevice, missing);
    find(pcaudio, "audio_object_destroy", f.destroyDevice, missing);
    find(pcaudio, "audio_object_write", f.writeDevice, missing);
    find(pcaudio, "audio_object_drain", f.drainDevice, missing);
    find(pcaudio, "audio_object_flush", f.flushDevice, missing);
    find(pcaudio, "audio_object_strerror", f.deviceError, missing);
    if (!missing.empty()) loaded.error = "the speech libraries lack " + missing;
    return loaded;
}

}  // namespace

const SpeechLibraries* speechLibraries(std::string& error) {
    static const Loaded loaded = load();  // once, thread-safe
    if (!loaded.error.empty()) {
        error = loaded.error;
        return nullptr;
    }
    return &loaded.functions;
}

}  // namespace kiosk::platform
