#include "case_store.h"

namespace kiosk::server {

#define KIOSK_REQUEST_COLUMNS                                                                                     \
    "id, service_code, service_name, description, address, media_url, status, status_notes, agency, created_at, " \
    "updated_at, service_notice, address_id, lat, long, kind, COALESCE(token, '')"

namespace {

// What an audience may see of a case, as SQL on the requests table (Audience in case_store.h).
const char* visibleTo(Audience audience) {
    switch (audience) {
        case Audience::Public: return "published = 1 AND kind <> 'report'";
        case Audience::Device: return "published = 1";
        case Audience::Internal: break;
    }
    return "1 = 1";
}

// "?, ?, ?" for n values.
std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
    return out;
}

}  // namespace

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
    // Added after the first databases were made: every photo of a case, not only media_url's one;
    // the location and notice GET requests returns; spec-only mode's tokens (a case is published
    // once its token has its id); a follow-up's photo.
    addColumn("requests", "media_urls", "TEXT NOT NULL DEFAULT '[]'");
    addColumn("requests", "service_notice", "TEXT NOT NULL DEFAULT ''");
    addColumn("requests", "address_id", "TEXT NOT NULL DEFAULT ''");
    addColumn("requests", "lat", "TEXT NOT NULL DEFAULT ''");
    addColumn("requests", "long", "TEXT NOT NULL DEFAULT ''");
    addColumn("requests", "token", "TEXT");
    addColumn("requests", "published", "INTEGER NOT NULL DEFAULT 1");
    addColumn("updates", "media_url", "TEXT NOT NULL DEFAULT ''");
    db_.exec("CREATE UNIQUE INDEX IF NOT EXISTS requests_token ON requests(token)");
    // 查我本人的记录 looks a person's cases up by phone, and each one's newest station.
    db_.exec("CREATE INDEX IF NOT EXISTS requests_phone ON requests(phone)");
    db_.exec("CREATE INDEX IF NOT EXISTS updates_request ON updates(request_id, update_id)");
    // Idempotency keys are hex, stored and compared in lower case; a database from before that
    // rule may hold upper-case ones (where a lower-case copy exists too, that row stays as it was).
    db_.exec(
        "UPDATE OR IGNORE requests SET idempotency_key = lower(idempotency_key) "
        "WHERE idempotency_key <> lower(idempotency_key)");
}

void CaseStore::addColumn(const char* table, const char* column, const char* declaration) {
    storage::Statement has(db_.handle(), "SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?");
    has.bind(1, std::string(table)).bind(2, std::string(column)).next();
    if (has.integer(0) == 0) {
        const std::string sql = std::string("ALTER TABLE ") + table + " ADD COLUMN " + column + " " + declaration;
        db_.exec(sql.c_str());
    }
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
    r.serviceNotice = s.text(11);
    r.addressId = s.text(12);
    r.lat = s.text(13);
    r.lon = s.text(14);
    r.kind = s.text(15);
    r.token = s.text(16);
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
            if (same) outcome.request = *find(id, Audience::Internal);
            return outcome;
        }
    }
    storage::Statement next(db_.handle(), "SELECT COALESCE(MAX(seq), 0) + 1001 FROM requests");
    next.next();
    const std::string id = "SR-" + std::to_string(next.integer(0));
    storage::Statement insert(db_.handle(), R"(
        INSERT INTO requests (id, idempotency_key, fingerprint, service_code, service_name, description, address,
                              phone, media_url, device_id, tracking_code, kind, attributes, created_at, updated_at,
                              media_urls, address_id, lat, long, service_notice, token, published)
        VALUES (?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?))");
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
        .bind(17, n.addressId)
        .bind(18, n.lat)
        .bind(19, n.lon)
        .bind(20, n.serviceNotice)
        .bind(21, n.token)
        .bind(22, static_cast<std::int64_t>(n.token.empty() ? 1 : 0))
        .run();
    tx.commit();
    outcome.request = *find(id, Audience::Internal);
    return outcome;
}

std::optional<ServiceRequest> CaseStore::find(const std::string& id, Audience audience) {
    const std::string sql =
        std::string("SELECT " KIOSK_REQUEST_COLUMNS " FROM requests WHERE id = ? AND ") + visibleTo(audience);
    storage::Statement s(db_.handle(), sql.c_str());
    if (!s.bind(1, id).next()) return std::nullopt;
    ServiceRequest r = read(s);
    return r;
}

std::optional<TokenState> CaseStore::tokenState(const std::string& token) {
    storage::Statement s(db_.handle(), "SELECT id, published, kind FROM requests WHERE token = ?");
    if (token.empty() || !s.bind(1, token).next()) return std::nullopt;
    return TokenState{s.integer(1) == 1 ? s.text(0) : std::string{}, s.text(2)};
}

int CaseStore::publishTokens() {
    db_.exec("UPDATE requests SET published = 1 WHERE published = 0");
    return sqlite3_changes(db_.handle());
}

// SQLite reads a W3C date-time with its offset ("…T10:15:00+08:00", "…Z") as the instant it
// names, so times are compared as instants, never as text of different offsets.
#define KIOSK_INSTANT(column) "CAST(strftime('%s', " column ") AS INTEGER)"

std::vector<ServiceRequest> CaseStore::window(const RequestQuery& q, Audience audience) {
    std::string sql = std::string("SELECT " KIOSK_REQUEST_COLUMNS
                                  " FROM requests WHERE " KIOSK_INSTANT("created_at") " BETWEEN ? AND ? AND ") +
                      visibleTo(audience);
    if (!q.statuses.empty()) sql += " AND status IN (" + placeholders(q.statuses.size()) + ")";
    if (!q.serviceCodes.empty()) sql += " AND service_code IN (" + placeholders(q.serviceCodes.size()) + ")";
    sql += " ORDER BY seq LIMIT 1000";
    storage::Statement s(db_.handle(), sql.c_str());
    s.bind(1, q.start).bind(2, q.end);
    int at = 3;
    for (const std::string& status : q.statuses) s.bind(at++, status);
    for (const std::string& code : q.serviceCodes) s.bind(at++, code);
    std::vector<ServiceRequest> out;
    while (s.next()) out.push_back(read(s));
    return out;
}

std::vector<OwnCase> CaseStore::filedWith(const std::vector<std::string>& phones) {
    std::vector<OwnCase> out;
    if (phones.empty()) return out;
    // The stage is the newest station reached (a resident's follow-up is not one).
    const std::string sql =
        "SELECT r.id, r.service_name, COALESCE((SELECT u.stage FROM updates u WHERE u.request_id = "
        "r.id "
        "AND u.stage != 'follow_up' ORDER BY u.update_id DESC LIMIT 1), 'submitted'), r.created_at "
        "FROM requests r WHERE r.phone IN (" +
        placeholders(phones.size()) + ") AND r.published = 1 AND r.kind <> 'report' ORDER BY r.seq DESC LIMIT 50";
    storage::Statement s(db_.handle(), sql.c_str());
    int at = 1;
    for (const std::string& phone : phones) s.bind(at++, phone);
    while (s.next()) out.push_back(OwnCase{s.text(0), s.text(1), s.text(2), s.text(3)});
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

std::int64_t CaseStore::addFollowUp(const std::string& id, const std::string& description, const std::string& mediaUrl,
                                    const std::string& at) {
    storage::Transaction tx(db_);
    storage::Statement line(db_.handle(), R"(
        INSERT INTO updates (request_id, status, stage, agency, description, at, media_url)
        SELECT id, status, 'follow_up', '', ?, ?, ? FROM requests WHERE id = ?)");
    line.bind(1, description).bind(2, at).bind(3, mediaUrl).bind(4, id).run();
    const std::int64_t updateId = sqlite3_last_insert_rowid(db_.handle());
    storage::Statement touched(db_.handle(), "UPDATE requests SET updated_at = ? WHERE id = ?");
    touched.bind(1, at).bind(2, id).run();
    tx.commit();
    return updateId;
}

#define KIOSK_UPDATE_COLUMNS                                                                         \
    "u.update_id, u.request_id, u.status, u.stage, u.agency, u.description, u.at, u.media_url FROM " \
    "updates u JOIN requests ON requests.id = u.request_id"

std::vector<RequestUpdate> CaseStore::readUpdates(storage::Statement& s) {
    std::vector<RequestUpdate> out;
    while (s.next()) {
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)});
    }
    return out;
}

std::vector<RequestUpdate> CaseStore::updates(const std::string& id, Audience audience) {
    const std::string sql = std::string("SELECT " KIOSK_UPDATE_COLUMNS " WHERE u.request_id = ? AND ") +
                            visibleTo(audience) + " ORDER BY u.update_id";
    storage::Statement s(db_.handle(), sql.c_str());
    s.bind(1, id);
    return readUpdates(s);
}

std::vector<RequestUpdate> CaseStore::updatesWithin(std::int64_t start, std::int64_t end, Audience audience) {
    const std::string sql =
        std::string("SELECT " KIOSK_UPDATE_COLUMNS " WHERE " KIOSK_INSTANT("u.at") " BETWEEN ? AND ? AND ") +
        visibleTo(audience) + " ORDER BY u.update_id LIMIT 1000";
    storage::Statement s(db_.handle(), sql.c_str());
    s.bind(1, start).bind(2, end);
    return readUpdates(s);
}

std::vector<std::string> CaseStore::openIds() {
    storage::Statement s(db_.handle(), "SELECT id FROM requests WHERE status = 'open' AND published = 1 ORDER BY seq");
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
                         "tracking_code, kind, attributes, created_at, media_urls, address_id, lat, long, "
                         "service_notice, COALESCE(token, '') FROM requests WHERE id = ?");
    if (!s.bind(1, id).next()) return std::nullopt;
    NewRequest n{s.text(0),  s.text(1),  s.text(2),  s.text(3),  s.text(4),  s.text(5),
                 s.text(6),  s.text(7),  s.text(8),  s.text(9),  s.text(10), s.text(11),
                 s.text(12), s.text(13), s.text(14), s.text(15), s.text(16)};
    return n;
}

}  // namespace kiosk::server
