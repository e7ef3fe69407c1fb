#include "storage/outbox.h"

#include <openssl/crypto.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>

#include "core/phone_number.h"
#include "core/tracking_code.h"
#include "storage/sha256.h"

namespace kiosk::storage {
namespace {

constexpr const char* kStateNames[] = {"pending", "uploaded", "accepted", "in_progress", "closed", "needs_attention"};

// The tracking check: a salted hash of the code and the secret (last 4 phone digits or the PIN),
// kept after the phone number itself is erased.
std::string accessCheck(const std::string& salt, const std::string& code, const std::string& secret) {
    return sha256Hex(salt + ":" + code + ":" + secret);
}

bool sameText(const std::string& a, const std::string& b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::uint64_t systemRandom() {
    static thread_local std::random_device device;  // getrandom(2) on Linux
    return (static_cast<std::uint64_t>(device()) << 32) | device();
}

}  // namespace

std::string caseStateName(CaseState state) {
    return kStateNames[static_cast<int>(state)];
}

std::optional<CaseState> caseStateFromName(const std::string& name) {
    for (int i = 0; i < 6; ++i) {
        if (name == kStateNames[i]) return static_cast<CaseState>(i);
    }
    return std::nullopt;
}

Outbox::Outbox(const std::string& path, std::function<std::uint64_t()> random)
    : db_(path), random_(random ? std::move(random) : systemRandom) {
    // Every commit reaches the disk before it returns: a receipt on screen is a case on disk.
    db_.exec("PRAGMA synchronous=FULL");
    createSchema();
}

void Outbox::createSchema() {
    db_.exec(R"(
        CREATE TABLE IF NOT EXISTS cases (
            id INTEGER PRIMARY KEY,
            tracking_code TEXT NOT NULL UNIQUE,
            idempotency_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            category_code TEXT NOT NULL,
            transfer_department TEXT NOT NULL,
            community_id TEXT NOT NULL,
            place TEXT NOT NULL,
            place_typed INTEGER NOT NULL,
            description TEXT NOT NULL,
            photos TEXT NOT NULL,
            photo_later INTEGER NOT NULL,
            anonymous INTEGER NOT NULL,
            phone TEXT NOT NULL,
            access_salt TEXT NOT NULL,
            access_check TEXT NOT NULL,
            state TEXT NOT NULL,
            created_at TEXT NOT NULL,
            service_request_id TEXT NOT NULL DEFAULT '',
            answers TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX IF NOT EXISTS cases_by_state ON cases(state, id);
        CREATE TABLE IF NOT EXISTS case_updates (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            state TEXT NOT NULL,
            at TEXT NOT NULL,
            department TEXT NOT NULL,
            note TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS updates_by_case ON case_updates(case_id);
        CREATE TABLE IF NOT EXISTS remote_updates (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            remote_id TEXT NOT NULL,
            PRIMARY KEY (case_id, remote_id));
        CREATE TABLE IF NOT EXISTS refreshed (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS case_ratings (
            tracking_code TEXT NOT NULL,
            rating TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL,
            sent INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS case_joins (
            tracking_code TEXT NOT NULL,
            at TEXT NOT NULL,
            sent INTEGER NOT NULL DEFAULT 0
        );
    )");
    // Columns added after the first outboxes were made: added to an older outbox, empty for its cases.
    for (const auto& [name, definition] : {std::pair{"answers", "answers TEXT NOT NULL DEFAULT '{}'"},
                                           std::pair{"at_hall", "at_hall INTEGER NOT NULL DEFAULT 0"},
                                           std::pair{"remote_token", "remote_token TEXT NOT NULL DEFAULT ''"}}) {
        Statement column(db_.handle(), "SELECT 1 FROM pragma_table_info('cases') WHERE name = ?");
        if (!column.bind(1, std::string(name)).next())
            db_.exec(("ALTER TABLE cases ADD COLUMN " + std::string(definition)).c_str());
    }
}

std::string Outbox::randomDigits(std::size_t count) {
    std::string out;
    while (out.size() < count) out += static_cast<char>('0' + random_() % 10);
    return out;
}

std::string Outbox::randomHex(std::size_t bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < bytes; ++i) {
        const auto b = static_cast<unsigned>(random_() & 0xFF);
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
    }
    return out;
}

Receipt Outbox::submit(const NewCase& c) {
    const core::CaseDraft& d = c.draft;
    const bool anonymous = d.contact != core::ContactChoice::Phone;
    // The flow checks every answer; this is the last line against a caller that did not.
    if (!anonymous && core::checkMobile(d.phoneDigits) != core::PhoneCheck::Valid) {
        throw std::invalid_argument("outbox: a case with a phone contact needs a valid mobile number");
    }
    Receipt receipt;
    receipt.pin = anonymous ? randomDigits(4) : "";
    const std::string secret = anonymous ? receipt.pin : d.phoneDigits.substr(d.phoneDigits.size() - 4);
    const std::string salt = randomHex(16);
    const std::string key = randomHex(16);
    nlohmann::json photos = d.photos;
    nlohmann::json answers = d.answers;

    Transaction tx(db_);
    if (!c.trackingCode.empty()) {
        receipt.trackingCode = c.trackingCode;
        Statement taken(db_.handle(), "SELECT 1 FROM cases WHERE tracking_code = ?");
        if (!core::isWellFormedTrackingCode(c.trackingCode) || taken.bind(1, c.trackingCode).next()) {
            throw std::invalid_argument("outbox: the given tracking code is malformed or taken");
        }
    }
    // A fresh code is tried again on the (one in a hundred million) chance it is taken.
    for (int attempt = 0; c.trackingCode.empty(); ++attempt) {
        receipt.trackingCode = core::makeTrackingCode(random_());
        Statement taken(db_.handle(), "SELECT 1 FROM cases WHERE tracking_code = ?");
        if (!taken.bind(1, receipt.trackingCode).next()) break;
        if (attempt == 20) throw StorageError("no free tracking code");
    }
    Statement insert(db_.handle(), R"(
        INSERT INTO cases (tracking_code, idempotency_key, kind, category_code, transfer_department, community_id,
                           place, place_typed, description, photos, photo_later, anonymous, phone, access_salt,
                           access_check, state, created_at, answers, at_hall)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?))");
    insert.bind(1, receipt.trackingCode)
        .bind(2, key)
        .bind(3, std::string(core::caseKindName(d.kind.value_or(core::CaseKind::Complaint))))
        .bind(4, d.categoryCode)
        .bind(5, c.transferDepartment)
        .bind(6, d.communityId)
        .bind(7, d.place)
        .bind(8, std::int64_t{d.placeTyped})
        .bind(9, d.description)
        .bind(10, photos.dump())
        .bind(11, std::int64_t{d.photoLater})
        .bind(12, std::int64_t{anonymous})
        .bind(13, anonymous ? std::string{} : d.phoneDigits)
        .bind(14, salt)
        .bind(15, accessCheck(salt, receipt.trackingCode, secret))
        .bind(16, c.createdAt)
        .bind(17, answers.dump())
        .bind(18, std::int64_t{d.atHall})
        .run();
    receipt.id = sqlite3_last_insert_rowid(db_.handle());
    tx.commit();
    return receipt;
}

OutboxCase Outbox::readCase(Statement& s) {
    OutboxCase c;
    c.id = s.integer(0);
    c.trackingCode = s.text(1);
    c.idempotencyKey = s.text(2);
    c.kind = s.text(3);
    c.categoryCode = s.text(4);
    c.transferDepartment = s.text(5);
    c.communityId = s.text(6);
    c.place = s.text(7);
    c.placeTyped = s.integer(8) != 0;
    c.description = s.text(9);
    const nlohmann::json photos = nlohmann::json::parse(s.text(10), nullptr, false);
    if (photos.is_array()) {
        for (const auto& p : photos) {
            if (p.is_string()) c.photos.push_back(p.get<std::string>());
        }
    }
    c.photoLater = s.integer(11) != 0;
    c.anonymous = s.integer(12) != 0;
    c.phone = s.text(13);
    c.state = caseStateFromName(s.text(14)).value_or(CaseState::NeedsAttention);
    c.createdAt = s.text(15);
    c.serviceRequestId = s.text(16);
    const nlohmann::json answers = nlohmann::json::parse(s.text(17), nullptr, false);
    if (answers.is_object()) {
        for (const auto& [question, keys] : answers.items()) {
            if (!keys.is_array()) continue;
            for (const auto& k : keys) {
                if (k.is_string()) c.answers[question].push_back(k.get<std::string>());
            }
        }
    }
    c.atHall = s.integer(18) != 0;
    c.remoteToken = s.text(19);
    return c;
}

#define KIOSK_CASE_COLUMNS                                                                                     \
    "id, tracking_code, idempotency_key, kind, category_code, transfer_department, community_id, place, "      \
    "place_typed, description, photos, photo_later, anonymous, phone, state, created_at, service_request_id, " \
    "answers, at_hall, remote_token "

std::vector<OutboxCase> Outbox::pending(std::size_t limit) {
    Statement s(db_.handle(), "SELECT " KIOSK_CASE_COLUMNS "FROM cases WHERE state = 'pending' ORDER BY id LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<OutboxCase> out;
    while (s.next()) out.push_back(readCase(s));
    return out;
}

std::optional<OutboxCase> Outbox::find(std::int64_t id) {
    Statement s(db_.handle(), "SELECT " KIOSK_CASE_COLUMNS "FROM cases WHERE id = ?");
    s.bind(1, id);
    if (!s.next()) return std::nullopt;
    OutboxCase c = readCase(s);
    return c;
}

std::size_t Outbox::depth() {
    Statement s(db_.handle(), "SELECT COUNT(*) FROM cases WHERE state = 'pending'");
    s.next();
    const auto n = static_cast<std::size_t>(s.integer(0));
    return n;
}

void Outbox::markUploaded(std::int64_t id, const std::string& serviceRequestId, const std::string& at) {
    markAcknowledged(id, serviceRequestId, "", at);
}

void Outbox::markUploadedAwaitingId(std::int64_t id, const std::string& token, const std::string& at) {
    markAcknowledged(id, "", token, at);
}

void Outbox::markAcknowledged(std::int64_t id, const std::string& serviceRequestId, const std::string& token,
                              const std::string& at) {
    const std::optional<OutboxCase> c = find(id);
    if (!c) return;
    {
        Transaction tx(db_);
        Statement update(db_.handle(), R"(
            UPDATE cases SET state = 'uploaded', service_request_id = ?, remote_token = ?, phone = '',
                             description = '', photos = '[]'
            WHERE id = ?)");
        update.bind(1, serviceRequestId).bind(2, token).bind(3, id).run();
        Statement line(db_.handle(), "INSERT INTO case_updates VALUES (?, 'uploaded', ?, '', '')");
        line.bind(1, id).bind(2, at).run();
        tx.commit();
    }
    // Files go after the commit: a cut in between leaves an orphan file, never a case without one.
    for (const std::string& photo : c->photos) {
        std::error_code ignored;
        std::filesystem::remove(photo, ignored);
    }
}

std::vector<OutboxCase> Outbox::awaitingIds(std::size_t limit) {
    Statement s(db_.handle(), "SELECT " KIOSK_CASE_COLUMNS
                              "FROM cases WHERE service_request_id = '' AND remote_token != '' "
                              "AND state IN ('uploaded', 'accepted', 'in_progress') ORDER BY id LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<OutboxCase> out;
    while (s.next()) out.push_back(readCase(s));
    return out;
}

void Outbox::assignServiceRequestId(std::int64_t id, const std::string& serviceRequestId) {
    Statement s(db_.handle(), "UPDATE cases SET service_request_id = ? WHERE id = ? AND service_request_id = ''");
    s.bind(1, serviceRequestId).bind(2, id).run();
}

std::vector<std::string> Outbox::photoFiles() {
    std::vector<std::string> files;
    Statement s(db_.handle(), "SELECT photos FROM cases WHERE photos != '[]'");
    while (s.next()) {
        const nlohmann::json photos = nlohmann::json::parse(s.text(0), nullptr, false);
        if (!photos.is_array()) continue;
        for (const auto& p : photos) {
            if (p.is_string()) files.push_back(p.get<std::string>());
        }
    }
    return files;
}

void Outbox::markNeedsAttention(std::int64_t id, const std::string& reason, const std::string& at) {
    Transaction tx(db_);
    Statement update(db_.handle(), "UPDATE cases SET state = 'needs_attention' WHERE id = ?");
    update.bind(1, id).run();
    Statement line(db_.handle(), "INSERT INTO case_updates VALUES (?, 'needs_attention', ?, '', ?)");
    line.bind(1, id).bind(2, at).bind(3, reason).run();
    tx.commit();
}

void Outbox::addUpdate(std::int64_t id, const CaseUpdate& u) {
    Transaction tx(db_);
    Statement update(db_.handle(), "UPDATE cases SET state = ? WHERE id = ?");
    update.bind(1, caseStateName(u.state)).bind(2, id).run();
    Statement line(db_.handle(), "INSERT INTO case_updates VALUES (?, ?, ?, ?, ?)");
    line.bind(1, id).bind(2, caseStateName(u.state)).bind(3, u.at).bind(4, u.department).bind(5, u.note).run();
    tx.commit();
}

std::vector<OutboxCase> Outbox::openAtPlatform(std::size_t limit) {
    Statement s(db_.handle(), "SELECT " KIOSK_CASE_COLUMNS
                              "FROM cases LEFT JOIN refreshed ON refreshed.case_id = cases.id "
                              "WHERE state IN ('uploaded', 'accepted', 'in_progress') AND service_request_id != '' "
                              "ORDER BY COALESCE(refreshed.at, 0), cases.id LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<OutboxCase> out;
    while (s.next()) out.push_back(readCase(s));
    Transaction tx(db_);
    Statement next(db_.handle(), "SELECT COALESCE(MAX(at), 0) + 1 FROM refreshed");
    next.next();
    std::int64_t turn = next.integer(0);
    Statement mark(db_.handle(), "INSERT OR REPLACE INTO refreshed (case_id, at) VALUES (?, ?)");
    for (const OutboxCase& c : out) mark.bind(1, c.id).bind(2, turn++).run();
    tx.commit();
    return out;
}

int Outbox::applyRemoteUpdates(std::int64_t id, const std::vector<std::pair<std::string, CaseUpdate>>& updates) {
    Transaction tx(db_);
    int added = 0;
    Statement count(db_.handle(), "SELECT COUNT(*) FROM remote_updates WHERE case_id = ?");
    count.bind(1, id);
    std::int64_t held = count.next() ? count.integer(0) : 0;
    count.next();  // done: reset
    Statement seen(db_.handle(), "INSERT OR IGNORE INTO remote_updates (case_id, remote_id) VALUES (?, ?)");
    Statement state(db_.handle(), "UPDATE cases SET state = ? WHERE id = ?");
    Statement line(db_.handle(), "INSERT INTO case_updates VALUES (?, ?, ?, ?, ?)");
    for (const auto& [remoteId, u] : updates) {
        // A case's road has a few stations; a platform sending new updates without end (a fault
        // or a hostile one) does not fill the kiosk's disk.
        if (held >= kMaxUpdatesPerCase) break;
        seen.bind(1, id).bind(2, remoteId).run();
        if (sqlite3_changes(db_.handle()) == 0) continue;
        ++held;
        state.bind(1, caseStateName(u.state)).bind(2, id).run();
        line.bind(1, id).bind(2, caseStateName(u.state)).bind(3, u.at).bind(4, u.department).bind(5, u.note).run();
        ++added;
    }
    tx.commit();
    return added;
}

std::optional<TrackedCase> Outbox::track(const std::string& code, const std::string& secret) {
    if (!core::isWellFormedTrackingCode(code) || secret.size() != 4) return std::nullopt;
    Statement s(db_.handle(), "SELECT access_salt, access_check, id FROM cases WHERE tracking_code = ?");
    s.bind(1, code);
    if (!s.next()) return std::nullopt;
    const std::string salt = s.text(0);
    const std::string check = s.text(1);
    const std::int64_t id = s.integer(2);
    if (!sameText(accessCheck(salt, code, secret), check)) return std::nullopt;
    TrackedCase tracked;
    tracked.summary = *find(id);
    Statement lines(db_.handle(),
                    "SELECT state, at, department, note FROM case_updates WHERE case_id = ? ORDER BY rowid");
    lines.bind(1, id);
    while (lines.next()) {
        tracked.timeline.push_back({caseStateFromName(lines.text(0)).value_or(CaseState::Pending), lines.text(1),
                                    lines.text(2), lines.text(3)});
    }
    return tracked;
}

std::vector<SimilarCase> Outbox::similarOpenCases(const std::string& communityId, const std::string& place,
                                                  const std::string& categoryCode, std::size_t limit) {
    Statement s(db_.handle(), R"(
        SELECT tracking_code, category_code, place, created_at, state FROM cases
        WHERE community_id = ? AND place = ? AND category_code = ? AND state NOT IN ('closed', 'needs_attention')
        ORDER BY id DESC LIMIT ?)");
    s.bind(1, communityId).bind(2, place).bind(3, categoryCode).bind(4, static_cast<std::int64_t>(limit));
    std::vector<SimilarCase> out;
    while (s.next()) {
        out.push_back(
            {s.text(0), s.text(1), s.text(2), s.text(3), caseStateFromName(s.text(4)).value_or(CaseState::Pending)});
    }
    return out;
}

void Outbox::recordJoin(const std::string& trackingCode, const std::string& at) {
    Transaction tx(db_);
    Statement insert(db_.handle(), "INSERT INTO case_joins (tracking_code, at) VALUES (?, ?)");
    insert.bind(1, trackingCode).bind(2, at).run();
    tx.commit();
}

int Outbox::joinCount(const std::string& trackingCode) {
    Statement s(db_.handle(), "SELECT COUNT(*) FROM case_joins WHERE tracking_code = ?");
    s.bind(1, trackingCode);
    return s.next() ? static_cast<int>(s.integer(0)) : 0;
}

void Outbox::recordRating(const std::string& trackingCode, const std::string& rating, const std::string& reason,
                          const std::string& at) {
    Transaction tx(db_);
    Statement insert(db_.handle(), "INSERT INTO case_ratings (tracking_code, rating, reason, at) VALUES (?, ?, ?, ?)");
    insert.bind(1, trackingCode).bind(2, rating).bind(3, reason).bind(4, at).run();
    tx.commit();
}

std::optional<std::string> Outbox::ratingOf(const std::string& trackingCode) {
    Statement s(db_.handle(), "SELECT rating FROM case_ratings WHERE tracking_code = ? ORDER BY rowid DESC LIMIT 1");
    s.bind(1, trackingCode);
    if (!s.next()) return std::nullopt;
    return s.text(0);
}

std::vector<UnsentEvent> Outbox::unsentRatings(std::size_t limit) {
    Statement s(db_.handle(), R"(
        SELECT r.rowid, r.tracking_code, COALESCE(c.service_request_id, ''), r.rating, r.reason, r.at
        FROM case_ratings r LEFT JOIN cases c ON c.tracking_code = r.tracking_code
        WHERE r.sent = 0 ORDER BY r.rowid LIMIT ?)");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<UnsentEvent> out;
    while (s.next()) out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    return out;
}

std::vector<UnsentEvent> Outbox::unsentJoins(std::size_t limit) {
    Statement s(db_.handle(), R"(
        SELECT j.rowid, j.tracking_code, COALESCE(c.service_request_id, ''), j.at
        FROM case_joins j LEFT JOIN cases c ON c.tracking_code = j.tracking_code
        WHERE j.sent = 0 ORDER BY j.rowid LIMIT ?)");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<UnsentEvent> out;
    while (s.next()) out.push_back({s.integer(0), s.text(1), s.text(2), "", "", s.text(3)});
    return out;
}

void Outbox::markRatingSent(std::int64_t rowid) {
    Statement s(db_.handle(), "UPDATE case_ratings SET sent = 1 WHERE rowid = ?");
    s.bind(1, rowid).run();
}

void Outbox::markJoinSent(std::int64_t rowid) {
    Statement s(db_.handle(), "UPDATE case_joins SET sent = 1 WHERE rowid = ?");
    s.bind(1, rowid).run();
}

std::size_t Outbox::needsAttentionCount() {
    Statement s(db_.handle(), "SELECT COUNT(*) FROM cases WHERE state = 'needs_attention'");
    s.next();
    return static_cast<std::size_t>(s.integer(0));
}

bool Outbox::integrityOk() {
    Statement s(db_.handle(), "PRAGMA integrity_check");
    bool ok = s.next() && s.text(0) == "ok";
    while (s.next()) ok = false;
    return ok;
}

std::int64_t Outbox::pageCount() {
    Statement s(db_.handle(), "PRAGMA page_count");
    return s.next() ? s.integer(0) : 0;
}

void Outbox::capFileSizeForTest(std::int64_t pages) {
    db_.exec(("PRAGMA max_page_count=" + std::to_string(pages)).c_str());
}

}  // namespace kiosk::storage
