#include "fleet_store.h"

#include "storage/random_secret.h"
#include "storage/sha256.h"

namespace kiosk::server {
namespace {

constexpr int kCommandsListed = 20;

std::string commandId(std::int64_t seq) {
    return "c" + std::to_string(seq);
}

// "c17" → 17; nullopt for anything else.
std::optional<std::int64_t> commandSeq(const std::string& id) {
    if (id.size() < 2 || id.size() > 19 || id[0] != 'c') return std::nullopt;
    std::int64_t seq = 0;
    for (std::size_t i = 1; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9') return std::nullopt;
        seq = seq * 10 + (id[i] - '0');
    }
    return seq;
}

}  // namespace

FleetStore::FleetStore(const std::string& path) : db_(path) {
    db_.exec(R"(
        CREATE TABLE IF NOT EXISTS devices (
            device_id TEXT PRIMARY KEY, token_sha256 TEXT NOT NULL UNIQUE, enrolled_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS enrolments (
            code TEXT PRIMARY KEY, claim_sha256 TEXT NOT NULL, hall TEXT NOT NULL, app_version TEXT NOT NULL,
            started_at INTEGER NOT NULL, device_id TEXT, client TEXT NOT NULL DEFAULT '');
        CREATE TABLE IF NOT EXISTS heartbeats (
            device_id TEXT NOT NULL, at TEXT NOT NULL, at_s INTEGER NOT NULL, body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS heartbeats_device ON heartbeats(device_id);
        CREATE TABLE IF NOT EXISTS commands (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL, name TEXT NOT NULL,
            args TEXT NOT NULL, queued_at TEXT NOT NULL, delivered_at TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '', answered_at TEXT NOT NULL DEFAULT '');
        CREATE TABLE IF NOT EXISTS screenshots (device_id TEXT PRIMARY KEY, at TEXT NOT NULL);
    )");
    db_.exec("PRAGMA secure_delete = ON");  // a claim secret's hash or a token's leaves no trace behind
}

void FleetStore::expireEnrolments(std::int64_t now) {
    storage::Statement expire(
        db_.handle(), "DELETE FROM enrolments WHERE (device_id IS NULL AND started_at <= ?) OR started_at <= ?");
    expire.bind(1, now - kEnrolmentSeconds).bind(2, now - kClaimSeconds).run();
}

EnrolmentStart FleetStore::startEnrolment(const std::string& claimHash, const std::string& hall,
                                          const std::string& appVersion, const std::string& client, std::int64_t now,
                                          std::string& code) {
    std::lock_guard lock(mutex_);
    storage::Transaction tx(db_);
    expireEnrolments(now);
    storage::Statement fromClient(db_.handle(),
                                  "SELECT COUNT(*) FROM enrolments WHERE client = ? AND device_id IS NULL");
    fromClient.bind(1, client).next();
    if (fromClient.integer(0) >= kPendingEnrolmentsPerClient) return EnrolmentStart::TooManyFromClient;
    storage::Statement count(db_.handle(), "SELECT COUNT(*) FROM enrolments WHERE device_id IS NULL");
    count.next();
    if (count.integer(0) >= kPendingEnrolmentsKept) return EnrolmentStart::TooMany;
    for (;;) {
        code = storage::randomDigits(8);
        storage::Statement taken(db_.handle(), "SELECT 1 FROM enrolments WHERE code = ?");
        if (taken.bind(1, code).next()) continue;
        storage::Statement add(db_.handle(),
                               "INSERT INTO enrolments (code, claim_sha256, hall, app_version, started_at, client) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
        add.bind(1, code).bind(2, claimHash).bind(3, hall).bind(4, appVersion).bind(5, now).bind(6, client).run();
        tx.commit();
        return EnrolmentStart::Started;
    }
}

EnrolmentConfirm FleetStore::confirmEnrolment(const std::string& code, const std::string& deviceId, bool replace,
                                              std::int64_t now) {
    std::lock_guard lock(mutex_);
    expireEnrolments(now);
    if (!replace) {
        storage::Statement known(db_.handle(), "SELECT 1 FROM devices WHERE device_id = ?");
        if (known.bind(1, deviceId).next()) return EnrolmentConfirm::DeviceExists;
    }
    storage::Statement s(db_.handle(), "UPDATE enrolments SET device_id = ? WHERE code = ? AND device_id IS NULL");
    s.bind(1, deviceId).bind(2, code).run();
    return sqlite3_changes(db_.handle()) == 1 ? EnrolmentConfirm::Confirmed : EnrolmentConfirm::Unknown;
}

bool FleetStore::discardEnrolment(const std::string& code) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), "DELETE FROM enrolments WHERE code = ?");
    s.bind(1, code).run();
    return sqlite3_changes(db_.handle()) == 1;
}

EnrolmentClaim FleetStore::claim(const std::string& code, const std::string& claimHash, std::int64_t now) {
    std::lock_guard lock(mutex_);
    storage::Transaction tx(db_);
    expireEnrolments(now);
    storage::Statement s(db_.handle(),
                         "SELECT COALESCE(device_id, '') FROM enrolments WHERE code = ? AND claim_sha256 = ?");
    if (!s.bind(1, code).bind(2, claimHash).next()) return {};
    EnrolmentClaim out;
    out.deviceId = s.text(0);
    if (out.deviceId.empty()) return {EnrolmentClaim::State::Waiting, "", ""};
    // The device's token from now on, made now and given once; a token it had before stops working.
    out.token = storage::randomHex(16);
    storage::Statement device(db_.handle(), "INSERT OR REPLACE INTO devices VALUES (?, ?, ?)");
    device.bind(1, out.deviceId).bind(2, storage::sha256Hex(out.token)).bind(3, now).run();
    storage::Statement done(db_.handle(), "DELETE FROM enrolments WHERE code = ?");
    done.bind(1, code).run();
    tx.commit();
    out.state = EnrolmentClaim::State::Issued;
    return out;
}

std::vector<PendingEnrolment> FleetStore::pendingEnrolments(std::int64_t now) {
    std::lock_guard lock(mutex_);
    storage::Statement s(
        db_.handle(),
        "SELECT code, hall, app_version, started_at, COALESCE(device_id, '') FROM enrolments "
        "WHERE (device_id IS NOT NULL OR started_at > ?) AND started_at > ? ORDER BY started_at, code");
    s.bind(1, now - kEnrolmentSeconds).bind(2, now - kClaimSeconds);
    std::vector<PendingEnrolment> out;
    while (s.next()) {
        const std::string device = s.text(4);
        out.push_back({s.text(0), s.text(1), s.text(2), s.integer(3), !device.empty(), device});
    }
    return out;
}

std::optional<std::string> FleetStore::deviceOfToken(const std::string& token) {
    if (token.empty()) return std::nullopt;
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), "SELECT device_id FROM devices WHERE token_sha256 = ?");
    if (!s.bind(1, storage::sha256Hex(token)).next()) return std::nullopt;
    return s.text(0);
}

bool FleetStore::hasOwnToken(const std::string& deviceId) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), "SELECT 1 FROM devices WHERE device_id = ?");
    return s.bind(1, deviceId).next();
}

void FleetStore::recordHeartbeat(const std::string& deviceId, const std::string& at, std::int64_t now,
                                 const std::string& body) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), "INSERT INTO heartbeats VALUES (?, ?, ?, ?)");
    s.bind(1, deviceId).bind(2, at).bind(3, now).bind(4, body).run();
    // A device's last kHeartbeatsKept are enough to watch it; a kiosk (or a client with a token)
    // beating without end does not grow the database.
    storage::Statement prune(db_.handle(),
                             "DELETE FROM heartbeats WHERE device_id = ?1 AND rowid NOT IN "
                             "(SELECT rowid FROM heartbeats WHERE device_id = ?1 ORDER BY rowid DESC LIMIT ?2)");
    prune.bind(1, deviceId).bind(2, static_cast<std::int64_t>(kHeartbeatsKept)).run();
}

std::optional<std::string> FleetStore::lastHeartbeat(const std::string& deviceId) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), "SELECT body FROM heartbeats WHERE device_id = ? ORDER BY rowid DESC LIMIT 1");
    if (!s.bind(1, deviceId).next()) return std::nullopt;
    return s.text(0);
}

std::string FleetStore::queueCommand(const std::string& deviceId, const std::string& name, const std::string& args,
                                     const std::string& at) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), "INSERT INTO commands (device_id, name, args, queued_at) VALUES (?, ?, ?, ?)");
    s.bind(1, deviceId).bind(2, name).bind(3, args).bind(4, at).run();
    return commandId(sqlite3_last_insert_rowid(db_.handle()));
}

std::vector<QueuedCommand> FleetStore::deliverCommands(const std::string& deviceId, const std::string& at) {
    std::lock_guard lock(mutex_);
    storage::Transaction tx(db_);
    std::vector<QueuedCommand> out;
    {
        storage::Statement s(db_.handle(),
                             "SELECT seq, name, args FROM commands WHERE device_id = ? AND delivered_at = '' "
                             "ORDER BY seq");
        s.bind(1, deviceId);
        while (s.next()) out.push_back({commandId(s.integer(0)), s.text(1), s.text(2)});
    }
    storage::Statement mark(db_.handle(),
                            "UPDATE commands SET delivered_at = ? WHERE device_id = ? AND delivered_at = ''");
    mark.bind(1, at).bind(2, deviceId).run();
    tx.commit();
    return out;
}

bool FleetStore::recordResult(const std::string& deviceId, const std::string& id, const std::string& status,
                              const std::string& result, const std::string& at) {
    const auto seq = commandSeq(id);
    if (!seq) return false;
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(),
                         "UPDATE commands SET status = ?, result = ?, answered_at = ? WHERE seq = ? AND "
                         "device_id = ? AND delivered_at <> '' AND status = ''");
    s.bind(1, status).bind(2, result).bind(3, at).bind(4, *seq).bind(5, deviceId).run();
    return sqlite3_changes(db_.handle()) == 1;
}

namespace {

CommandRecord readCommand(storage::Statement& s) {
    return {{commandId(s.integer(0)), s.text(1), s.text(2)}, s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
}

constexpr const char* kCommandColumns = "seq, name, args, queued_at, delivered_at, status, result, answered_at";

}  // namespace

std::optional<CommandRecord> FleetStore::command(const std::string& id) {
    const auto seq = commandSeq(id);
    if (!seq) return std::nullopt;
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(),
                         (std::string("SELECT ") + kCommandColumns + " FROM commands WHERE seq = ?").c_str());
    if (!s.bind(1, *seq).next()) return std::nullopt;
    return readCommand(s);
}

std::vector<CommandRecord> FleetStore::commandsOf(const std::string& deviceId) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), (std::string("SELECT ") + kCommandColumns +
                                        " FROM commands WHERE device_id = ? ORDER BY seq DESC LIMIT ?")
                                           .c_str());
    s.bind(1, deviceId).bind(2, static_cast<std::int64_t>(kCommandsListed));
    std::vector<CommandRecord> out;
    while (s.next()) out.push_back(readCommand(s));
    return out;
}

void FleetStore::recordScreenshot(const std::string& deviceId, const std::string& at) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), "INSERT OR REPLACE INTO screenshots VALUES (?, ?)");
    s.bind(1, deviceId).bind(2, at).run();
}

std::vector<DeviceRecord> FleetStore::devices() {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_.handle(), R"(
        WITH ids AS (SELECT device_id FROM devices UNION SELECT device_id FROM heartbeats)
        SELECT ids.device_id,
               EXISTS (SELECT 1 FROM devices d WHERE d.device_id = ids.device_id),
               COALESCE((SELECT body FROM heartbeats h WHERE h.device_id = ids.device_id ORDER BY rowid DESC LIMIT 1), ''),
               COALESCE((SELECT at FROM heartbeats h WHERE h.device_id = ids.device_id ORDER BY rowid DESC LIMIT 1), ''),
               COALESCE((SELECT at_s FROM heartbeats h WHERE h.device_id = ids.device_id ORDER BY rowid DESC LIMIT 1), 0),
               COALESCE((SELECT at FROM screenshots p WHERE p.device_id = ids.device_id), '')
        FROM ids ORDER BY ids.device_id)");
    std::vector<DeviceRecord> out;
    while (s.next()) out.push_back({s.text(0), s.integer(1) != 0, s.text(2), s.text(3), s.integer(4), s.text(5)});
    return out;
}

}  // namespace kiosk::server
