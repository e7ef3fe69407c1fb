#include "case_store.h"

namespace kiosk::server {

#define KIOSK_REQUEST_COLUMNS                                                                                     \
    "id, service_code, service_name, description, address, media_url, status, status_notes, agency, created_at, " \
    "updated_at"

CaseStore::CaseStore(const std::string& path) : db_(path) {
    db_.exec(R"(
        CREATE TABLE IF NOT EXISTS requests (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            idempotency_key TEXT UNIQUE,
            fingerprint TEXT NOT NULL,
            service_code TEXT NOT NULL,
            service_name TEXT NOT NULL,
            description TEXT NOT NULL,
            address TEXT NOT NULL,
            phone TEXT NOT NULL,
            media_url TEXT NOT NULL,
            device_id TEXT NOT NULL,
            tracking_code TEXT NOT NULL,
            kind TEXT NOT NULL,
            attributes TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            status_notes TEXT NOT NULL DEFAULT '',
            agency TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS heartbeats (
            device_id TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS commands (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL, command TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS ratings (
            tracking_code TEXT NOT NULL, rating TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
            UNIQUE (tracking_code, at));
        CREATE TABLE IF NOT EXISTS joins (
            tracking_code TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (tracking_code, at));
        CREATE TABLE IF NOT EXISTS updates (
            update_id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT NOT NULL REFERENCES requests(id),
            status TEXT NOT NULL,
            stage TEXT NOT NULL,
            agency TEXT NOT NULL,
            description TEXT NOT NULL,
            at TEXT NOT NULL);
    )");
    // Added after the first databases were made: every photo of a case, not only media_url's one.
    storage::Statement hasMediaUrls(db_.handle(),
                                    "SELECT COUNT(*) FROM pragma_table_info('requests') WHERE name = 'media_urls'");
    hasMediaUrls.next();
    if (hasMediaUrls.integer(0) == 0) db_.exec("ALTER TABLE requests ADD COLUMN media_urls TEXT NOT NULL DEFAULT '[]'");
    // Idempotency keys are hex, stored and compared in lower case; a database from before that
    // rule may hold upper-case ones (where a lower-case copy exists too, that row stays as it was).
    db_.exec(
        "UPDATE OR IGNORE requests SET idempotency_key = lower(idempotency_key) "
        "WHERE idempotency_key <> lower(idempotency_key)");
}

ServiceRequest CaseStore::read(storage::Statement& s) {
    ServiceRequest r;
    r.id = s.text(0);
    r.serviceCode = s.text(1);
    r.serviceName = s.text(2);
    r.description = s.text(3);
    r.address = s.text(4);
    r.mediaUrl = s.text(5);
    r.status = s.text(6);
    r.statusNotes = s.text(7);
    r.agency = s.text(8);
    r.requestedAt = s.text(9);
    r.updatedAt = s.text(10);
    return r;
}

FileOutcome CaseStore::file(const NewRequest& n, const std::string& key, const std::string& fingerprint) {
    storage::Transaction tx(db_);
    FileOutcome outcome;
    if (!key.empty()) {
        storage::Statement seen(db_.handle(), "SELECT id, fingerprint FROM requests WHERE idempotency_key = ?");
        if (seen.bind(1, key).next()) {
            const std::string id = seen.text(0);
            const bool same = seen.text(1) == fingerprint;
            outcome.repeat = same;
            outcome.conflict = !same;
            if (same) outcome.request = *find(id);
            return outcome;
        }
    }
    storage::Statement next(db_.handle(), "SELECT COALESCE(MAX(seq), 0) + 1001 FROM requests");
    next.next();
    const std::string id = "SR-" + std::to_string(next.integer(0));
    storage::Statement insert(db_.handle(), R"(
        INSERT INTO requests (id, idempotency_key, fingerprint, service_code, service_name, description, address,
                              phone, media_url, device_id, tracking_code, kind, attributes, created_at, updated_at,
                              media_urls)
        VALUES (?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    insert.bind(1, id)
        .bind(2, key)
        .bind(3, fingerprint)
        .bind(4, n.serviceCode)
        .bind(5, n.serviceName)
        .bind(6, n.description)
        .bind(7, n.address)
        .bind(8, n.phone)
        .bind(9, n.mediaUrl)
        .bind(10, n.deviceId)
        .bind(11, n.trackingCode)
        .bind(12, n.kind)
        .bind(13, n.attributes)
        .bind(14, n.at)
        .bind(15, n.at)
        .bind(16, n.mediaUrls)
        .run();
    tx.commit();
    outcome.request = *find(id);
    return outcome;
}

std::optional<ServiceRequest> CaseStore::find(const std::string& id) {
    storage::Statement s(db_.handle(), "SELECT " KIOSK_REQUEST_COLUMNS " FROM requests WHERE id = ?");
    if (!s.bind(1, id).next()) return std::nullopt;
    ServiceRequest r = read(s);
    return r;
}

// SQLite reads a W3C date-time with its offset ("…T10:15:00+08:00", "…Z") as the instant it
// names, so times are compared as instants, never as text of different offsets.
#define KIOSK_INSTANT(column) "CAST(strftime('%s', " column ") AS INTEGER)"

std::vector<ServiceRequest> CaseStore::window(std::int64_t start, std::int64_t end, const std::string& status) {
    storage::Statement s(db_.handle(), "SELECT " KIOSK_REQUEST_COLUMNS " FROM requests WHERE " KIOSK_INSTANT(
                                           "created_at") " BETWEEN ? AND ? AND (? = '' OR status = ?) "
                                                         "ORDER BY seq LIMIT 1000");
    s.bind(1, start).bind(2, end).bind(3, status).bind(4, status);
    std::vector<ServiceRequest> out;
    while (s.next()) out.push_back(read(s));
    return out;
}

std::size_t CaseStore::count() {
    storage::Statement s(db_.handle(), "SELECT COUNT(*) FROM requests");
    s.next();
    const auto n = static_cast<std::size_t>(s.integer(0));
    return n;
}

bool CaseStore::advance(const std::string& id, const std::string& stage, const std::string& agency,
                        const std::string& note, const std::string& at) {
    if (stage != "accepted" && stage != "in_progress" && stage != "closed") return false;
    storage::Transaction tx(db_);
    const std::string status = stage == "closed" ? "closed" : "open";
    storage::Statement update(db_.handle(), R"(
        UPDATE requests SET status = ?, status_notes = ?, agency = CASE WHEN ? = '' THEN agency ELSE ? END,
                            updated_at = ? WHERE id = ?)");
    update.bind(1, status).bind(2, note).bind(3, agency).bind(4, agency).bind(5, at).bind(6, id).run();
    if (sqlite3_changes(db_.handle()) == 0) return false;
    storage::Statement line(
        db_.handle(),
        "INSERT INTO updates (request_id, status, stage, agency, description, at) VALUES (?, ?, ?, ?, ?, ?)");
    line.bind(1, id).bind(2, status).bind(3, stage).bind(4, agency).bind(5, note).bind(6, at).run();
    tx.commit();
    return true;
}

std::vector<RequestUpdate> CaseStore::updates(const std::string& id) {
    storage::Statement s(db_.handle(),
                         "SELECT update_id, request_id, status, stage, agency, description, at FROM updates "
                         "WHERE request_id = ? ORDER BY update_id");
    s.bind(1, id);
    std::vector<RequestUpdate> out;
    while (s.next()) {
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    }
    return out;
}

std::vector<RequestUpdate> CaseStore::updatesWithin(std::int64_t start, std::int64_t end) {
    storage::Statement s(db_.handle(),
                         "SELECT update_id, request_id, status, stage, agency, description, at FROM updates "
                         "WHERE " KIOSK_INSTANT("at") " BETWEEN ? AND ? ORDER BY update_id LIMIT 1000");
    s.bind(1, start).bind(2, end);
    std::vector<RequestUpdate> out;
    while (s.next()) {
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    }
    return out;
}

std::vector<std::string> CaseStore::openIds() {
    storage::Statement s(db_.handle(), "SELECT id FROM requests WHERE status = 'open' ORDER BY seq");
    std::vector<std::string> out;
    while (s.next()) out.push_back(s.text(0));
    return out;
}

void CaseStore::recordRating(const std::string& code, const std::string& rating, const std::string& reason,
                             const std::string& at) {
    storage::Statement s(db_.handle(), "INSERT OR IGNORE INTO ratings VALUES (?, ?, ?, ?)");
    s.bind(1, code).bind(2, rating).bind(3, reason).bind(4, at).run();
}

void CaseStore::recordJoin(const std::string& code, const std::string& at) {
    storage::Statement s(db_.handle(), "INSERT OR IGNORE INTO joins VALUES (?, ?)");
    s.bind(1, code).bind(2, at).run();
}

std::optional<std::string> CaseStore::ratingOf(const std::string& code) {
    storage::Statement s(db_.handle(), "SELECT rating FROM ratings WHERE tracking_code = ? ORDER BY at DESC LIMIT 1");
    if (!s.bind(1, code).next()) return std::nullopt;
    return s.text(0);
}

void CaseStore::recordHeartbeat(const std::string& deviceId, const std::string& at, const std::string& body) {
    storage::Statement s(db_.handle(), "INSERT INTO heartbeats VALUES (?, ?, ?)");
    s.bind(1, deviceId).bind(2, at).bind(3, body).run();
    // A device's last kHeartbeatsKept are enough to watch it; a kiosk (or a client with a token)
    // beating without end does not grow the database.
    storage::Statement prune(db_.handle(),
                             "DELETE FROM heartbeats WHERE device_id = ?1 AND rowid NOT IN "
                             "(SELECT rowid FROM heartbeats WHERE device_id = ?1 ORDER BY rowid DESC LIMIT ?2)");
    prune.bind(1, deviceId).bind(2, static_cast<std::int64_t>(kHeartbeatsKept)).run();
}

std::optional<std::string> CaseStore::lastHeartbeat(const std::string& deviceId) {
    storage::Statement s(db_.handle(), "SELECT body FROM heartbeats WHERE device_id = ? ORDER BY rowid DESC LIMIT 1");
    if (!s.bind(1, deviceId).next()) return std::nullopt;
    return s.text(0);
}

void CaseStore::queueCommand(const std::string& deviceId, const std::string& command) {
    storage::Statement s(db_.handle(), "INSERT INTO commands (device_id, command) VALUES (?, ?)");
    s.bind(1, deviceId).bind(2, command).run();
}

std::vector<std::string> CaseStore::takeCommands(const std::string& deviceId) {
    storage::Transaction tx(db_);
    std::vector<std::string> out;
    {
        storage::Statement s(db_.handle(), "SELECT command FROM commands WHERE device_id = ? ORDER BY seq");
        s.bind(1, deviceId);
        while (s.next()) out.push_back(s.text(0));
    }
    storage::Statement clear(db_.handle(), "DELETE FROM commands WHERE device_id = ?");
    clear.bind(1, deviceId).run();
    tx.commit();
    return out;
}

std::vector<std::string> CaseStore::trackingCodes() {
    storage::Statement s(db_.handle(), "SELECT tracking_code FROM requests ORDER BY seq");
    std::vector<std::string> out;
    while (s.next()) out.push_back(s.text(0));
    return out;
}

int CaseStore::joinCount(const std::string& code) {
    storage::Statement s(db_.handle(), "SELECT COUNT(*) FROM joins WHERE tracking_code = ?");
    s.bind(1, code).next();
    return static_cast<int>(s.integer(0));
}

std::optional<NewRequest> CaseStore::filedContent(const std::string& id) {
    storage::Statement s(db_.handle(),
                         "SELECT service_code, service_name, description, address, phone, media_url, device_id, "
                         "tracking_code, kind, attributes, created_at, media_urls FROM requests WHERE id = ?");
    if (!s.bind(1, id).next()) return std::nullopt;
    NewRequest n{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),  s.text(5),
                 s.text(6), s.text(7), s.text(8), s.text(9), s.text(10), s.text(11)};
    return n;
}

}  // namespace kiosk::server
