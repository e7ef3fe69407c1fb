#include "net/sync_engine.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/json_input.h"
#include "core/text_rule.h"
#include "net/open311_codec.h"

namespace kiosk::net {
namespace {

constexpr double kEnrolmentPollSeconds = 3;

// The answers that judge the case itself (its fields, its size, its idempotency key): the platform
// will refuse it again, so an operator looks at it. Every other status — a wrong or rotated token
// (401/403), a wrong address (404/405; a 404 judges the case only when the server's own service list
// lacks its service), a proxy's page, a busy server — is about the kiosk's setup
// or the platform's state: the case waits and goes when that is mended, never stranded.
bool refusedForGood(long status) {
    return status == 400 || status == 409 || status == 413 || status == 422;
}

// What went wrong with an answer, for the operator: "" for a 2xx, "HTTP 403", or the network fault.
std::string problemOf(const HttpResponse& res) {
    if (!res.ok()) return netErrorName(res.error);
    return res.status >= 200 && res.status < 300 ? std::string{} : "HTTP " + std::to_string(res.status);
}

// The same for the operator panel, as a string-table key: which fault, named so the operator
// knows what to check (a DNS failure is not a refused connection; a refused token is not the
// network's fault). 已联网 only when the platform accepted the device.
std::string problemKeyOf(const HttpResponse& res) {
    if (!res.ok()) {
        switch (res.error) {
            case NetError::Refused: return "operator.net.refused";
            case NetError::NameNotFound: return "operator.net.dns";
            case NetError::Timeout: return "operator.net.timeout";
            case NetError::TlsUntrusted: return "operator.net.tls";
            case NetError::PinMismatch: return "operator.net.pin";
            case NetError::Cut: return "operator.net.cut";
            case NetError::PlainHttpRefused:
            case NetError::BadAddress: return "operator.net.address";
            default: return "operator.net.other";
        }
    }
    if (res.status == 401 || res.status == 403) return "operator.net.unauthorized";
    return res.status >= 200 && res.status < 300 ? std::string{} : "operator.net.platform_error";
}

double retryAfterSeconds(const HttpResponse& r) {
    const std::string value = r.header("retry-after");
    if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 6) return 0;
    return std::stod(value);
}

// One phase of a round; what it throws (a disk full, a feed that breaks an assumption) is logged
// and ends that phase only: the heartbeat still tells the platform how the kiosk is.
template <typename Phase>
bool guarded(const char* name, Phase&& phase) {
    try {
        return phase();
    } catch (const std::exception& e) {
        spdlog::error("sync: {}: {}", name, e.what());
        return false;
    }
}

}  // namespace

SyncEngine::SyncEngine(SyncSettings settings)
    : settings_(std::move(settings)),
      credentials_(settings_.credentials ? settings_.credentials
                                         : std::make_shared<DeviceCredentials>(
                                               Credentials::fromConfig(settings_.deviceId, settings_.deviceToken))),
      client_(settings_.tls) {
    if (!settings_.enrolmentFile.empty()) {
        enrolment_ = std::make_unique<Enrolment>(
            EnrolmentSettings{settings_.baseUrl, settings_.enrolmentFile, settings_.hallName, settings_.appVersion},
            *credentials_);
    }
}

void SyncEngine::reEnrol() {
    if (!enrolment_) return;
    enrolment_->restart();
    wake();
}

// A step of enrolment when one is due; false while the kiosk has no token (nothing else can be
// asked of the platform).
bool SyncEngine::enrol() {
    if (enrolment_ && enrolment_->wanted()) {
        const HttpResponse res = enrolment_->step(client_);
        // The platform answered, but has not accepted the device yet: not 已联网 until it has.
        const bool waiting = res.ok() && (res.status == 201 || res.status == 202 || res.status == 404);
        if (waiting && credentials_->get().token.empty()) {
            noteAnswer(false, "waiting for the platform's admin to confirm the enrolment", "operator.net.enrolling");
        } else if (res.error != NetError::Stopped && (!res.ok() || res.status >= 300)) {
            noteAnswer(false, problemOf(res), problemKeyOf(res));
        }
        std::lock_guard lock(mutex_);
        status_.enrolmentCode = enrolment_->code();
        status_.enrolmentLink = enrolment_->confirmLink();
    }
    const Credentials c = credentials_->get();
    std::lock_guard lock(mutex_);
    status_.deviceId = c.token.empty() ? std::string{} : c.deviceId;
    return !c.token.empty();
}

SyncEngine::~SyncEngine() {
    stop();
}

void SyncEngine::start() {
    thread_ = std::thread([this] { loop(); });
}

void SyncEngine::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    client_.stop();
    wakeUp_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void SyncEngine::wake() {
    {
        std::lock_guard lock(mutex_);
        wakeRequested_ = true;
    }
    wakeUp_.notify_all();
}

void SyncEngine::heartbeatNow() {
    heartbeatAsked_ = true;
    wake();
}

SyncStatus SyncEngine::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

void SyncEngine::loop() {
    while (true) {
        {
            std::unique_lock lock(mutex_);
            if (stopping_) return;
        }
        try {
            round();
        } catch (const std::exception& e) {
            // The outbox could not be read or written (disk full ...): nothing is lost, try later.
            spdlog::error("sync: {}", e.what());
        }
        // While an enrolment code waits for the platform's admin, its answer is asked for often:
        // the operator stands at the kiosk.
        const bool enrolling = enrolment_ && !enrolment_->code().empty();
        const double wait =
            enrolling ? std::min(settings_.intervalSeconds, kEnrolmentPollSeconds) : settings_.intervalSeconds;
        std::unique_lock lock(mutex_);
        wakeUp_.wait_for(lock, std::chrono::duration<double>(wait), [this] { return stopping_ || wakeRequested_; });
        wakeRequested_ = false;
        if (stopping_) return;
    }
}

void SyncEngine::round() {
    contacted_ = false;
    if (!enrol()) {
        {
            std::lock_guard lock(mutex_);
            status_.everTried = true;
        }
        if (settings_.onChange) settings_.onChange();
        return;
    }
    storage::Outbox outbox(settings_.outboxPath);
    if (guarded("cases", [&] { return pushPending(outbox); })) {
        guarded("ids", [&] {
            resolveTokens(outbox);
            return true;
        });
        guarded("updates", [&] {
            pullUpdates(outbox);
            return true;
        });
        guarded("ratings and joins", [&] {
            pushEvents(outbox);
            return true;
        });
        if (!settings_.contentDatabasePath.empty() && std::chrono::steady_clock::now() >= contentDue_)
            guarded("content", [&] {
                syncContent();
                return true;
            });
    }
    if (heartbeatAsked_.exchange(false) || std::chrono::steady_clock::now() >= heartbeatDue_)
        guarded("heartbeat", [&] {
            heartbeat(outbox);
            return true;
        });
    if (commandDesk_.waiting() > 0)
        guarded("command answers", [&] {
            commandDesk_.send(
                client_, [this](const std::string& path) { return request(path); }, credentials_->get().deviceId);
            return true;
        });
    if (!contacted_) {
        ping();  // nothing to send or pull: still learn whether the platform is there
        // The network is back: what waited for it goes now, not when its backoff runs out.
        if (status().online && waitingForNetwork_) {
            retries_.clear();
            queueDue_ = {};
            waitingForNetwork_ = false;
            if (pushPending(outbox)) pullUpdates(outbox);
        }
    }
    const auto depth = static_cast<long>(outbox.depth());
    const auto refused = static_cast<long>(outbox.needsAttentionCount());
    {
        std::lock_guard lock(mutex_);
        status_.everTried = true;
        status_.lastAnswerAt = lastSyncAt_;
        status_.outboxDepth = depth;
        status_.needsAttentionTotal = refused;
    }
    if (settings_.onChange) settings_.onChange();
}

HttpRequest SyncEngine::request(const std::string& path) const {
    HttpRequest r;
    r.url = settings_.baseUrl + path;
    r.headers["Authorization"] = "Bearer " + credentials_->get().token;
    return r;
}

std::vector<core::RemoteCommand> SyncEngine::takeCommands() {
    std::lock_guard lock(mutex_);
    return std::exchange(status_.commands, {});
}

void SyncEngine::answerCommand(CommandAnswer answer) {
    commandDesk_.answer(std::move(answer));
    wake();
}

// What the worker carries out itself (a sync round, the log's lines); the rest is the app's.
void SyncEngine::carryOut(std::vector<core::RemoteCommand> commands) {
    for (core::RemoteCommand& c : commands) {
        if (c.name == core::RemoteCommandName::SyncNow) {
            {
                std::lock_guard lock(mutex_);
                wakeRequested_ = true;  // another round right after this one, content included
            }
            contentDue_ = {};
            commandDesk_.answer({c.id, "done", "a sync round follows at once", {}, {}});
        } else if (c.name == core::RemoteCommandName::Logs) {
            std::vector<std::string> lines = settings_.recentLog ? settings_.recentLog() : std::vector<std::string>{};
            if (lines.size() > static_cast<std::size_t>(c.lines)) lines.erase(lines.begin(), lines.end() - c.lines);
            const std::string detail = std::to_string(lines.size()) + " of the log's last lines";
            commandDesk_.answer({c.id, "done", detail, std::move(lines), {}});
        } else {
            std::lock_guard lock(mutex_);
            if (status_.commands.size() < 16) {
                status_.commands.push_back(std::move(c));
            } else {
                commandDesk_.answer({c.id, "refused", "too many commands wait on this kiosk", {}, {}});
            }
        }
    }
}

std::string SyncEngine::open311Path(const std::string& resource) const {
    return "/" + resource + "." + std::string(extensionOf(settings_.format));
}

// How this kiosk is, for the platform's watch over its fleet; the answer may carry commands.
// No personal data in any field.
void SyncEngine::heartbeat(storage::Outbox& outbox) {
    const auto now = std::chrono::steady_clock::now();
    nlohmann::json rejectedRecords = nlohmann::json::array();
    for (const auto& [feed, records] : rejected_) {
        for (const RejectedContent& r : records) {
            rejectedRecords.push_back({{"feed", r.feed}, {"id", r.id}, {"problem", r.problem}});
        }
    }
    nlohmann::json counters =
        settings_.countersJson ? core::readJson(settings_.countersJson()).value : nlohmann::json::object();
    if (!counters.is_object()) counters = nlohmann::json::object();
    nlohmann::json body = {
        {"device_id", credentials_->get().deviceId},
        {"hall",
         {{"name", core::keepText(settings_.hallName, core::Lines::One, 64)},
          {"community", core::keepText(settings_.hallCommunity, core::Lines::One, 64)}}},
        {"app_version", settings_.appVersion},
        {"uptime_s",
         static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::seconds>(now - started_).count())},
        {"content_version", status().contentVersion},
        {"outbox_depth", static_cast<std::uint64_t>(outbox.depth())},
        {"needs_attention", static_cast<std::uint64_t>(outbox.needsAttentionCount())},
        {"out_of_service", static_cast<std::uint64_t>(settings_.outOfServiceProblems)},
        {"last_sync", lastSyncAt_},
        {"rejected_records", rejectedRecords},
        {"counters", counters},
    };
    if (const std::string printer = settings_.printerJson ? settings_.printerJson() : ""; !printer.empty()) {
        const nlohmann::json state = core::readJson(printer).value;
        if (state.is_object()) body["printer"] = state;
    }
    for (const auto& [key, reader] :
         {std::pair{"camera", &settings_.cameraJson}, std::pair{"remote_config", &settings_.remoteConfigJson}}) {
        if (!*reader) continue;
        const nlohmann::json state = core::readJson((*reader)()).value;
        if (state.is_object()) body[key] = state;
    }
    HttpRequest r = request("/kiosk/heartbeat");
    r.method = "POST";
    r.body = body.dump();
    r.contentType = "application/json";
    const HttpResponse res = client_.perform(r);
    if (res.error == NetError::Stopped) return;
    noteAnswer(res.ok() && res.status == 200, problemOf(res), problemKeyOf(res));
    if (!res.ok() || res.status != 200) return;  // tried again next round
    heartbeatDue_ = now + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(settings_.heartbeatSeconds));
    const nlohmann::json answer = core::readJson(res.body).value;
    {
        std::lock_guard lock(mutex_);
        ++status_.heartbeats;
    }
    carryOut(commandDesk_.receive(answer));
}

// The content the kiosk shows: the manifest (usually 304), and the feeds that changed.
void SyncEngine::syncContent() {
    ContentSync content(
        client_, [this](const std::string& path) { return request(path); }, settings_.contentDatabasePath);
    const ContentSyncOutcome outcome = content.poll();
    if (outcome.answered || !outcome.errors.empty()) contacted_ = true;
    for (const std::string& error : outcome.errors) spdlog::warn("content sync: {}", error);
    if (!outcome.answered) return;  // the network: the next round tries again
    contentDue_ = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                         std::chrono::duration<double>(settings_.contentSeconds));
    for (const std::string& feed : outcome.appliedFeeds) {
        rejected_[feed].clear();
        spdlog::info("content sync: {} switched to the platform's version {}", feed, outcome.version);
    }
    for (const RejectedContent& r : outcome.rejected) rejected_[r.feed].push_back(r);
    int rejectedCount = 0;
    for (const auto& [feed, records] : rejected_) rejectedCount += static_cast<int>(records.size());
    if (!outcome.rejected.empty()) spdlog::warn("content sync: {} records skipped as invalid", outcome.rejected.size());
    std::lock_guard lock(mutex_);
    status_.contentVersion = outcome.version;
    status_.rejectedRecords = rejectedCount;
    if (!outcome.appliedFeeds.empty()) ++status_.contentGeneration;
}

// The cheapest question: is the platform there (the top bar's 已联网)?
void SyncEngine::ping() {
    const HttpResponse res = client_.perform(request(open311Path("services")));
    if (res.error == NetError::Stopped) return;
    noteAnswer(res.ok() && res.status == 200, problemOf(res), problemKeyOf(res));
}

// A 404 to a filed case: the spec's answer for a service_code the server does not offer — or a
// wrong address. Only the server's own service list, read at the same address, tells them apart.
bool SyncEngine::serviceWithdrawn(const storage::OutboxCase& c) {
    const auto codes = offeredServiceCodes();
    return codes && std::find(codes->begin(), codes->end(), c.categoryCode) == codes->end();
}

// The server's service list at the configured address, or nothing when it does not answer one:
// what tells a 404 about a resource from a 404 about a wrong address.
std::optional<std::vector<std::string>> SyncEngine::offeredServiceCodes() {
    const HttpResponse res = client_.perform(request(open311Path("services")));
    if (!res.ok() || res.status != 200) return std::nullopt;
    return parseServiceCodes(res.body, settings_.format);
}

void SyncEngine::noteAnswer(bool answered, const std::string& error, const std::string& problemKey) {
    contacted_ = true;
    if (answered && settings_.nowText) lastSyncAt_ = settings_.nowText();
    std::lock_guard lock(mutex_);
    status_.online = answered;
    status_.lastError = error;
    status_.problemKey = answered ? "" : problemKey.empty() ? "operator.net.other" : problemKey;
}

// Returns false when the round should end here (the network or the server is in trouble).
bool SyncEngine::pushPending(storage::Outbox& outbox) {
    const auto now = std::chrono::steady_clock::now();
    if (now < queueDue_) return false;
    for (const storage::OutboxCase& c : outbox.pending(20)) {
        Retry& retry = retries_[c.id];
        if (now < retry.due) continue;
        // Photos first: the case carries their URLs.
        std::vector<std::string> mediaUrls;
        HttpResponse res;
        if (uploadPhotos(c, mediaUrls, res)) {
            const CaseForm form =
                caseForm(c, settings_.addressOf ? settings_.addressOf(c) : c.place, credentials_->get().deviceId,
                         credentials_->get().token, mediaUrls, settings_.hallLocation);
            HttpRequest r = request(open311Path("requests"));
            r.method = "POST";
            r.body = form.body;
            r.contentType = "application/x-www-form-urlencoded; charset=utf-8";
            r.headers["Idempotency-Key"] = form.idempotencyKey;
            res = client_.perform(r);
        }
        if (res.error == NetError::Stopped) return false;
        const bool success = res.ok() && (res.status == 200 || res.status == 201);
        const FiledAnswer answer = success ? parseFiledAnswer(res.body, settings_.format) : FiledAnswer{};
        if (success && answer.error.empty()) {
            const std::string at = settings_.nowText ? settings_.nowText() : "";
            if (!answer.serviceRequestId.empty()) {
                outbox.markUploaded(c.id, answer.serviceRequestId, at);
                spdlog::info("sync: case {} acknowledged as {}", c.trackingCode, answer.serviceRequestId);
            } else {
                // A platform that assigns ids later: the case is its now; the id comes with a token.
                outbox.markUploadedAwaitingId(c.id, answer.token, at);
                spdlog::info("sync: case {} acknowledged with token {}", c.trackingCode, answer.token);
            }
            retries_.erase(c.id);
            noteAnswer(true, "");
            std::lock_guard lock(mutex_);
            ++status_.sent;
            continue;
        }
        if (res.ok() && !success && (refusedForGood(res.status) || (res.status == 404 && serviceWithdrawn(c)))) {
            // The platform refused this case for good: an operator looks at it; the rest go on.
            const std::string reason = "HTTP " + std::to_string(res.status) + ": " +
                                       core::remoteWordsForLog(parseErrorDescription(res.body, settings_.format));
            outbox.markNeedsAttention(c.id, reason, settings_.nowText ? settings_.nowText() : "");
            retries_.erase(c.id);
            noteAnswer(true, reason);
            std::lock_guard lock(mutex_);
            ++status_.needsAttention;
            spdlog::warn("sync: case {} needs an operator: {}", c.trackingCode, reason);
            continue;
        }
        // A network fault, a busy or broken server, or an answer we cannot read: later, with backoff.
        ++retry.failures;
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        const double wait =
            core::retryDelaySeconds(settings_.backoff, retry.failures, uniform(random_), retryAfterSeconds(res));
        retry.due =
            now + std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(wait));
        queueDue_ = retry.due;
        waitingForNetwork_ = !res.ok();
        const std::string why = !res.ok()  ? std::string(netErrorName(res.error))
                                : !success ? "HTTP " + std::to_string(res.status)
                                           : "unreadable answer: " + answer.error;
        noteAnswer(res.ok() && res.status < 400, why,
                   problemKeyOf(res));  // a wrong token or a broken platform is not 已联网
        spdlog::warn("sync: case {} not sent ({}), next try in {:.0f} s", c.trackingCode, why, wait);
        return false;
    }
    return true;
}

bool SyncEngine::uploadPhotos(const storage::OutboxCase& c, std::vector<std::string>& urls, HttpResponse& failed) {
    constexpr std::size_t kMaxPhotoBytes = 5 * 1024 * 1024;
    for (std::size_t i = 0; i < c.photos.size(); ++i) {
        std::ifstream in(c.photos[i], std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) bytes.clear();
        if (bytes.empty() || bytes.size() > kMaxPhotoBytes) {
            // A photo gone or broken on disk must not hold the case back: it goes without it.
            spdlog::warn("sync: photo {} of case {} cannot be read; the case goes without it", i + 1, c.trackingCode);
            continue;
        }
        HttpRequest r = request("/kiosk/media");
        r.method = "POST";
        r.body = std::move(bytes);
        r.contentType = "image/jpeg";
        r.headers["Idempotency-Key"] = c.idempotencyKey + "-" + std::to_string(i);
        r.limits.totalTimeoutMs = 120000;  // 5 MB on a slow line
        HttpResponse res = client_.perform(r);
        const std::string url = res.ok() && res.status == 201 ? parseMediaUrl(res.body) : std::string{};
        if (url.empty()) {
            failed = std::move(res);
            if (failed.ok() && failed.status == 201) failed.status = 502;  // an unreadable answer: retry later
            return false;
        }
        urls.push_back(url);
    }
    return true;
}

// Ratings and joins: small JSON posts; one that fails waits for the next round (they are kept).
void SyncEngine::pushEvents(storage::Outbox& outbox) {
    auto post = [&](const char* path, const nlohmann::json& body) {
        HttpRequest r = request(path);
        r.method = "POST";
        r.body = body.dump();
        r.contentType = "application/json";
        const HttpResponse res = client_.perform(r);
        noteAnswer(res.ok() && (res.status < 400 || refusedForGood(res.status)), problemOf(res), problemKeyOf(res));
        if (res.ok() && refusedForGood(res.status)) {
            spdlog::warn("sync: {} refused ({}): {}", path, res.status,
                         core::remoteWordsForLog(parseErrorDescription(res.body)));
            return true;  // a refused event is dropped, not retried for ever
        }
        return res.ok() && (res.status == 200 || res.status == 201);
    };
    for (const storage::UnsentEvent& e : outbox.unsentRatings()) {
        if (!post("/kiosk/ratings", {{"kiosk_tracking_code", e.trackingCode},
                                     {"service_request_id", e.serviceRequestId},
                                     {"rating", e.rating},
                                     {"reason", e.reason},
                                     {"at", e.at}})) {
            return;
        }
        outbox.markRatingSent(e.rowid);
        std::lock_guard lock(mutex_);
        ++status_.eventsSent;
    }
    for (const storage::UnsentEvent& e : outbox.unsentJoins()) {
        if (!post(
                "/kiosk/joins",
                {{"kiosk_tracking_code", e.trackingCode}, {"service_request_id", e.serviceRequestId}, {"at", e.at}})) {
            return;
        }
        outbox.markJoinSent(e.rowid);
        std::lock_guard lock(mutex_);
        ++status_.eventsSent;
    }
}

// Ids for the cases a platform answered with a token (GET tokens/{token}); the receipt never
// waited for them, only tracking does.
void SyncEngine::resolveTokens(storage::Outbox& outbox) {
    for (const storage::OutboxCase& c : outbox.awaitingIds(20)) {
        const HttpResponse res =
            client_.perform(request(open311Path("tokens/" + formEncode({{"", c.remoteToken}}).substr(1))));
        if (!res.ok() || res.status != 200) {
            noteAnswer(res.ok() && res.status == 404, problemOf(res), problemKeyOf(res));  // 404: not assigned yet
            if (!res.ok() || res.status != 404) return;
            continue;
        }
        noteAnswer(true, "");
        const FiledAnswer answer = parseFiledAnswer(res.body, settings_.format);
        if (!answer.error.empty() || answer.serviceRequestId.empty()) continue;  // not yet: asked again next round
        outbox.assignServiceRequestId(c.id, answer.serviceRequestId);
        spdlog::info("sync: case {} has its id {}", c.trackingCode, answer.serviceRequestId);
    }
}

void SyncEngine::pullUpdates(storage::Outbox& outbox) {
    for (const storage::OutboxCase& c : outbox.openAtPlatform(20)) {
        const std::string id = formEncode({{"", c.serviceRequestId}}).substr(1);
        // The updates extension when the platform offers it; a spec-only platform answers 404, and
        // the case itself (GET requests/{id}) tells its status from then on.
        const bool viaUpdates = updatesOffered_;
        const HttpResponse res =
            client_.perform(request(viaUpdates ? open311Path("servicerequestupdates") + "?service_request_id=" + id
                                               : open311Path("requests/" + id)));
        if (viaUpdates && res.ok() && res.status == 404) {
            // Only a server that answers its service list lacks the extension; a wrong address
            // (everything 404) keeps the updates for when it is mended.
            if (offeredServiceCodes()) {
                spdlog::info("sync: the platform has no servicerequestupdates; cases are read with GET requests");
                updatesOffered_ = false;
            }
            return;  // again next round
        }
        if (!res.ok() || res.status != 200) {
            noteAnswer(res.ok() && res.status < 400, problemOf(res), problemKeyOf(res));
            return;
        }
        noteAnswer(true, "");
        const UpdatesAnswer answer =
            viaUpdates ? parseUpdates(res.body, settings_.format) : parseRequestAsUpdate(res.body, settings_.format);
        if (!answer.error.empty()) {
            spdlog::warn("sync: updates of {}: {}", c.trackingCode, answer.error);
            continue;
        }
        std::vector<std::pair<std::string, storage::CaseUpdate>> updates;
        for (const RemoteUpdate& u : answer.updates) updates.emplace_back(u.updateId, u.update);
        const int added = outbox.applyRemoteUpdates(c.id, updates);
        if (added > 0) {
            std::lock_guard lock(mutex_);
            status_.updatesApplied += added;
        }
    }
}

}  // namespace kiosk::net
