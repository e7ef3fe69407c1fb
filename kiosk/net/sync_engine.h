#pragma once
// The sync worker: sends the outbox's cases to the platform (Open311 POST with each case's
// idempotency key) and pulls the updates of the cases the platform holds. Its own thread, its own
// HTTPS client and its own outbox connection; the UI reads only status() and calls wake().
//
// Per case: 2xx → acknowledged (personal fields erased); a network fault, 408, 429 or 5xx →
// retried with jittered exponential backoff (Retry-After honoured) and the round ends (the
// network or the server is in trouble: the next cases would fare the same); another 4xx → the
// case needs an operator's attention and the queue goes on.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/geo_point.h"
#include "core/remote_command.h"
#include "core/retry_backoff.h"
#include "net/command_desk.h"
#include "net/content_sync.h"
#include "net/device_credentials.h"
#include "net/enrolment.h"
#include "net/http_client.h"
#include "net/open311_codec.h"
#include "storage/outbox.h"

namespace kiosk::net {

struct SyncSettings {
    std::string baseUrl;      // "https://host/open311/v2"
    std::string deviceToken;  // from the config ("" : the kiosk enrols, when enrolmentFile is set)
    std::string deviceId;
    // Shared with the other workers that talk to the platform; null: made from the two above.
    std::shared_ptr<DeviceCredentials> credentials;
    std::string enrolmentFile;  // the data folder's enrolment.json; "" : no enrolment
    std::string hallName;       // for the heartbeat and the enrolment (the platform's admin reads them)
    std::string hallCommunity;
    std::function<std::vector<std::string>()> recentLog;  // the log's last lines (the logs command)
    WireFormat format = WireFormat::Json;                 // of the Open311 calls; the kiosk endpoints are JSON
    TlsSettings tls;
    double intervalSeconds = 60;  // between rounds when nothing wakes the worker
    std::string outboxPath;
    core::BackoffPolicy backoff;
    // "幸福里社区 · 社区广场" for a case (the catalog knows community names).
    std::function<std::string(const storage::OutboxCase&)> addressOf;
    std::optional<core::GeoPoint> hallLocation;     // hall.location: lat/long of cases filed "at the hall"
    std::function<std::string()> nowText;           // W3C date-time for the outbox's records
    std::function<void()> onChange;                 // something the UI shows changed (thread-safe)
    std::function<std::string()> countersJson;      // today's use counts (JSON object; thread-safe)
    std::function<std::string()> printerJson;       // the receipt printer's state (JSON object, or "" for none)
    std::function<std::string()> cameraJson;        // the camera's state as of its last use (JSON object)
    std::function<std::string()> remoteConfigJson;  // the platform's remote config's state (JSON object)
    std::string appVersion;
    // The problems that keep the kiosk on its 本机暂停服务 screen (a config it cannot use): 0 while
    // it serves residents. The heartbeat carries the count, so the fleet page marks a kiosk that
    // keeps syncing but helps no one.
    std::size_t outOfServiceProblems = 0;
    double heartbeatSeconds = 300;  // how often the platform hears how this kiosk is
    // The content cache (content.db); empty: content is not synced (tests of the case queue).
    std::string contentDatabasePath;
    double contentSeconds = 60;  // how often the manifest is asked for (304 when unchanged)
};

struct SyncStatus {
    bool online = false;     // the last request got an answer from the platform
    bool everTried = false;  // a round has run since start
    int sent = 0;            // cases acknowledged since start
    int needsAttention = 0;  // cases refused since start
    int updatesApplied = 0;
    int eventsSent = 0;  // ratings and joins
    int heartbeats = 0;
    std::string contentVersion;                 // the platform's content version held ("" before the first)
    int contentGeneration = 0;                  // bumped each time a content set was switched to: the app reloads
    int rejectedRecords = 0;                    // records skipped in the sets applied last
    std::vector<core::RemoteCommand> commands;  // received and not carried out here: for the app
    std::string deviceId;                       // as the platform knows this kiosk ("" before enrolment)
    std::string enrolmentCode;                  // waiting for the platform's admin ("" for none)
    std::string enrolmentLink;                  // the address its QR opens
    std::string lastError;                      // for the log (English, no personal data)
    std::string problemKey;                     // the same for the operator panel: a string-table key ("" online)
    // For the operator panel, as of the last round: when the platform last answered (W3C, "" for
    // never), and the outbox's cases not yet acknowledged and refused (-1 before the first round).
    std::string lastAnswerAt;
    long outboxDepth = -1;
    long needsAttentionTotal = -1;
};

class SyncEngine {
public:
    explicit SyncEngine(SyncSettings settings);
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    void start();
    void stop();
    // A round now (a case was just filed, a resident asks about a case).
    void wake();
    // A round now with a heartbeat in it: something the platform watches changed (the printer's
    // paper runs low) and should not wait for the next heartbeat. Thread-safe.
    void heartbeatNow();
    // The commands the platform sent that the app carries out; each is taken once and answered
    // with answerCommand (thread-safe).
    std::vector<core::RemoteCommand> takeCommands();
    void answerCommand(CommandAnswer answer);
    std::size_t answersWaiting() const { return commandDesk_.waiting(); }
    // Re-enrolment (运维面板's 重新登记): a new code; the current token works until the new one comes.
    void reEnrol();
    SyncStatus status() const;

private:
    void loop();
    void round();
    bool pushPending(storage::Outbox& outbox);
    bool serviceWithdrawn(const storage::OutboxCase& c);
    std::optional<std::vector<std::string>> offeredServiceCodes();
    void resolveTokens(storage::Outbox& outbox);
    void pullUpdates(storage::Outbox& outbox);
    void pushEvents(storage::Outbox& outbox);
    // Uploads a case's photos; false (and `failed` says how) when one could not be sent now.
    bool uploadPhotos(const storage::OutboxCase& c, std::vector<std::string>& urls, HttpResponse& failed);
    HttpRequest request(const std::string& path) const;
    // "/requests.json" or "/requests.xml", as the config chose.
    std::string open311Path(const std::string& resource) const;
    void noteAnswer(bool answered, const std::string& error, const std::string& problemKey = "");
    void ping();
    void heartbeat(storage::Outbox& outbox);
    void syncContent();
    void carryOut(std::vector<core::RemoteCommand> commands);
    bool enrol();  // false: no token yet, nothing else can be asked

    SyncSettings settings_;
    std::shared_ptr<DeviceCredentials> credentials_;
    std::unique_ptr<Enrolment> enrolment_;
    CommandDesk commandDesk_;
    HttpClient client_;
    std::thread thread_;
    mutable std::mutex mutex_;
    std::condition_variable wakeUp_;
    bool wakeRequested_ = false;
    bool stopping_ = false;
    SyncStatus status_;
    struct Retry {
        int failures = 0;
        std::chrono::steady_clock::time_point due;
    };
    std::map<std::int64_t, Retry> retries_;  // worker thread only
    bool contacted_ = false;                 // this round asked the platform something
    bool waitingForNetwork_ = false;
    bool updatesOffered_ = true;  // servicerequestupdates until a spec-only platform answers 404
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point heartbeatDue_{};
    std::atomic<bool> heartbeatAsked_{false};
    std::chrono::steady_clock::time_point contentDue_{};
    std::map<std::string, std::vector<RejectedContent>> rejected_;  // per feed, from its last apply
    std::string lastSyncAt_;  // when the platform last answered (W3C)         // the queue's backoff is for a network
                              // fault, not the server's wish
    std::chrono::steady_clock::time_point queueDue_{};
    std::mt19937 random_{std::random_device{}()};
};

}  // namespace kiosk::net
