#pragma once
// Who this kiosk is to the platform: its device id and token. They come from the config (typed by
// an operator) or from enrolment (the platform issued them: net/enrolment.h); every worker that
// talks to the platform (the sync worker, the ID card's records) reads them here at each request,
// so a token issued while the kiosk runs is used at once. Thread-safe.
#include <mutex>
#include <string>

namespace kiosk::net {

enum class CredentialSource { None, Config, Enrolment };

struct Credentials {
    std::string deviceId;
    std::string token;
    CredentialSource source = CredentialSource::None;

    // As the config gives them: a token typed there is the config's; none, the kiosk enrols.
    static Credentials fromConfig(std::string deviceId, std::string token) {
        const CredentialSource source = token.empty() ? CredentialSource::None : CredentialSource::Config;
        return {std::move(deviceId), std::move(token), source};
    }
};

class DeviceCredentials {
public:
    DeviceCredentials() = default;
    explicit DeviceCredentials(Credentials initial) : current_(std::move(initial)) {}
    Credentials get() const {
        std::lock_guard lock(mutex_);
        return current_;
    }
    void set(Credentials next) {
        std::lock_guard lock(mutex_);
        current_ = std::move(next);
    }

private:
    mutable std::mutex mutex_;
    Credentials current_;
};

}  // namespace kiosk::net
