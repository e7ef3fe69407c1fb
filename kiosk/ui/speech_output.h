#pragma once
// What the 朗读 button talks to. The app says what to read; a worker speaks it. Screens never
// wait for speech.
#include <string>

namespace kiosk::ui {

class SpeechOutput {
public:
    virtual ~SpeechOutput() = default;
    // Reads `text` aloud, replacing whatever is being read: new speech replaces old.
    virtual void say(const std::string& text) = 0;
    // Stops reading (navigation, end of session).
    virtual void stop() = 0;
    // Loudness of what is read from now on, in the synthesiser's units (100 = its default).
    virtual void setVolume(int percent) = 0;
};

}  // namespace kiosk::ui
