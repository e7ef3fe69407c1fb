#pragma once
// Enrolment (docs/api.md "Remote care"): a kiosk with a platform address and no device token asks
// the platform for a code, shows it (and its QR) on the operator panel, and asks every few seconds
// whether the platform's admin confirmed it; then it receives its device id and token, keeps them
// in the data folder (storage/enrolment_file.h) and uses them at once (net/device_credentials.h).
// Re-enrolment asks for a new code while the current token goes on working; the platform revokes
// the old token when the kiosk claims the new one. Runs on the sync worker.
#include <mutex>
#include <string>

#include "net/device_credentials.h"
#include "net/http_client.h"
#include "storage/enrolment_file.h"

namespace kiosk::net {

struct EnrolmentSettings {
    std::string baseUrl;   // the platform's "https://host/open311/v2"
    std::string filePath;  // the data folder's enrolment.json
    std::string hall;      // the hall's name, for the admin to know which kiosk asks
    std::string appVersion;
};

class Enrolment {
public:
    Enrolment(EnrolmentSettings settings, DeviceCredentials& credentials);

    // Whether a step is due: no token yet, or a re-enrolment under way.
    bool wanted() const;
    // One step: ask for a code, or whether it was confirmed. The platform's answer (for the
    // network's state) — a 202 "waiting" is an answer.
    HttpResponse step(HttpClient& client);
    // Re-enrol: a new code (thread-safe).
    void restart();
    // The code the operator gives the admin ("" when none is waiting); thread-safe.
    std::string code() const;
    // The address the code's QR opens: the platform's fleet page at the code.
    std::string confirmLink() const;

private:
    void save();
    HttpResponse begin(HttpClient& client);
    HttpResponse claim(HttpClient& client);

    EnrolmentSettings settings_;
    DeviceCredentials& credentials_;
    std::string origin_;
    mutable std::mutex mutex_;         // record_ is read by the UI thread (code())
    storage::EnrolmentRecord record_;  // as kept in the file
    bool restartAsked_ = false;
};

}  // namespace kiosk::net
