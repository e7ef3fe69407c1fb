#pragma once
// One font atlas built on its own thread. The result is ready before `built` is called, so the
// UI thread that `built` wakes (through the app's inbox) always finds it there — std::async
// cannot promise that: its result is stored only after the function returns.
#include <functional>
#include <future>
#include <thread>

#include "ui/font_atlas_builder.h"

namespace kiosk::ui {

class AtlasBuild {
public:
    AtlasBuild() = default;
    ~AtlasBuild() { finishThread(); }
    AtlasBuild(const AtlasBuild&) = delete;
    AtlasBuild& operator=(const AtlasBuild&) = delete;

    // A previous build must have been taken.
    void start(std::function<BuiltFontAtlas()> build, std::function<void()> built) {
        finishThread();
        std::promise<BuiltFontAtlas> promise;
        result_ = promise.get_future();
        thread_ =
            std::thread([build = std::move(build), built = std::move(built), promise = std::move(promise)]() mutable {
                promise.set_value(build());
                if (built) built();
            });
    }
    bool pending() const { return result_.valid(); }  // started and not taken
    bool ready() const {
        return result_.valid() && result_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }
    BuiltFontAtlas take() { return result_.get(); }  // waits when not ready
    void wait() {
        if (result_.valid()) result_.wait();
        finishThread();
    }

private:
    void finishThread() {
        if (thread_.joinable()) thread_.join();
    }
    std::future<BuiltFontAtlas> result_;
    std::thread thread_;
};

}  // namespace kiosk::ui
