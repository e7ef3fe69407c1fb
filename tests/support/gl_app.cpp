#include "support/gl_app.h"

namespace kiosk::testing {

GlApp::GlApp(platform::GlfwRunner& runner, const AppSetup& setup, GlAppOptions options) : runner_(runner) {
    if (options.picture) picture_.emplace();
    if (options.canvases) canvases_.emplace();
    core::Clock& clock = options.clock ? *options.clock : systemClock_;
    app_ = std::make_unique<App>(
        setup,
        AppServices{clock, images_, fontTexture_, &platform::GlfwRunner::wake, nullptr, picture_ ? &*picture_ : nullptr,
                    picture_ ? &platform::GlfwRunner::wakeForPicture : nullptr, canvases_ ? &*canvases_ : nullptr});
    if (picture_) runner_.watchPicture(&*picture_);
}

GlApp::~GlApp() {
    if (picture_) runner_.watchPicture(nullptr);
    app_.reset();
}

}  // namespace kiosk::testing
