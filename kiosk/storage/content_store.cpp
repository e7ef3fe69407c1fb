#include "storage/content_store.h"

#include <nlohmann/json.hpp>

namespace kiosk::storage {
namespace {

constexpr int kSchemaVersion = 2;  // 2: feed pages and documents

}  // namespace

ContentStore::ContentStore(const std::string& path) : db_(path) {
    createSchema();
}

void ContentStore::createSchema() {
    // Opened up to date (every start after the first): nothing to write. Any write here — even the
    // version it already has — commits a transaction that waits for the disk (fdatasync), and the
    // start opens this store on the UI thread.
    {
        Statement version(db_.handle(), "PRAGMA user_version");
        if (version.next() && version.integer(0) == kSchemaVersion) return;
    }
    db_.exec(R"sql(
        CREATE TABLE IF NOT EXISTS content_sets(
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL, version TEXT NOT NULL, updated_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS communities(
            set_id INTEGER NOT NULL REFERENCES content_sets(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
            id TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS subsidy_types(
            set_id INTEGER NOT NULL REFERENCES content_sets(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
            id TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS payouts(
            set_id INTEGER NOT NULL REFERENCES content_sets(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
            id TEXT NOT NULL, name TEXT NOT NULL, community TEXT NOT NULL, type TEXT NOT NULL,
            amount_fen INTEGER NOT NULL, period TEXT NOT NULL, paid_on TEXT NOT NULL, funding TEXT NOT NULL,
            status INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS finances(
            set_id INTEGER NOT NULL REFERENCES content_sets(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
            community TEXT NOT NULL, period TEXT NOT NULL, balance_fen INTEGER NOT NULL, lines TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS notices(
            set_id INTEGER NOT NULL REFERENCES content_sets(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
            id TEXT NOT NULL, community TEXT NOT NULL, period TEXT NOT NULL, title TEXT NOT NULL,
            body TEXT NOT NULL, images TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS payouts_by_set ON payouts(set_id, ord);
        CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(name TEXT PRIMARY KEY, body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS feed_pages(
            feed TEXT NOT NULL, page INTEGER NOT NULL, etag TEXT NOT NULL, body BLOB NOT NULL,
            PRIMARY KEY(feed, page));
    )sql");
    db_.exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
}

void ContentStore::importDisclosures(const core::DisclosureSet& set, const Settings& alsoSet) {
    Transaction tx(db_);
    writeDisclosures(set);
    writeSettings(alsoSet);
    tx.commit();
}

bool ContentStore::importBundledDisclosures(const core::DisclosureSet& set, const Settings& alsoSet) {
    Transaction tx(db_);  // BEGIN IMMEDIATE: the check below holds until the commit
    if (setting(kDisclosuresFromPlatformSetting) == "1") return false;
    if (disclosureVersion() != set.version) writeDisclosures(set);
    writeSettings(alsoSet);
    tx.commit();
    return true;
}

void ContentStore::writeDisclosures(const core::DisclosureSet& set) {
    Statement addSet(db_.handle(),
                     "INSERT INTO content_sets(kind, version, updated_at, active) VALUES('disclosures', ?, ?, 0)");
    addSet.bind(1, set.version).bind(2, set.updatedAt).run();
    const std::int64_t setId = sqlite3_last_insert_rowid(db_.handle());

    Statement community(db_.handle(), "INSERT INTO communities VALUES(?,?,?,?)");
    for (std::size_t i = 0; i < set.communities.size(); ++i) {
        const auto& c = set.communities[i];
        community.bind(1, setId).bind(2, static_cast<std::int64_t>(i)).bind(3, c.id).bind(4, c.name).run();
    }
    Statement type(db_.handle(), "INSERT INTO subsidy_types VALUES(?,?,?,?)");
    for (std::size_t i = 0; i < set.subsidyTypes.size(); ++i) {
        const auto& t = set.subsidyTypes[i];
        type.bind(1, setId).bind(2, static_cast<std::int64_t>(i)).bind(3, t.id).bind(4, t.name).run();
    }
    Statement payout(db_.handle(), "INSERT INTO payouts VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < set.payouts.size(); ++i) {
        const auto& p = set.payouts[i];
        payout.bind(1, setId).bind(2, static_cast<std::int64_t>(i)).bind(3, p.id).bind(4, p.recipientName);
        payout.bind(5, p.communityId).bind(6, p.subsidyTypeId).bind(7, p.amountFen).bind(8, p.period);
        payout.bind(9, p.paidOn).bind(10, p.fundingSource).bind(11, static_cast<std::int64_t>(p.status)).run();
    }
    Statement finance(db_.handle(), "INSERT INTO finances VALUES(?,?,?,?,?,?)");
    for (std::size_t i = 0; i < set.finances.size(); ++i) {
        const auto& f = set.finances[i];
        nlohmann::json lines = nlohmann::json::array();
        for (const auto& l : f.lines) lines.push_back({l.isIncome, l.category, l.amountFen});
        finance.bind(1, setId).bind(2, static_cast<std::int64_t>(i)).bind(3, f.communityId).bind(4, f.period);
        finance.bind(5, f.balanceFen).bind(6, lines.dump()).run();
    }
    Statement notice(db_.handle(), "INSERT INTO notices VALUES(?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < set.notices.size(); ++i) {
        const auto& n = set.notices[i];
        notice.bind(1, setId).bind(2, static_cast<std::int64_t>(i)).bind(3, n.id).bind(4, n.communityId);
        notice.bind(5, n.period).bind(6, n.title).bind(7, n.body).bind(8, nlohmann::json(n.images).dump()).run();
    }
    // The switch and the clean-up are part of the same transaction as the writes.
    Statement switchTo(db_.handle(), "UPDATE content_sets SET active = (id = ?) WHERE kind = 'disclosures'");
    switchTo.bind(1, setId).run();
    Statement dropOld(db_.handle(), "DELETE FROM content_sets WHERE kind = 'disclosures' AND active = 0");
    dropOld.run();
}

void ContentStore::writeSettings(const Settings& settings) {
    for (const auto& [key, value] : settings) setSetting(key, value);
}

std::string ContentStore::document(const std::string& name) {
    Statement q(db_.handle(), "SELECT body FROM documents WHERE name = ?");
    q.bind(1, name);
    std::string body;
    while (q.next()) body = q.text(0);
    return body;
}

void ContentStore::setDocument(const std::string& name, const std::string& body, const Settings& alsoSet) {
    Transaction tx(db_);
    Statement q(db_.handle(),
                "INSERT INTO documents(name, body) VALUES(?, ?) ON CONFLICT(name) DO UPDATE SET body = excluded.body");
    q.bind(1, name).bind(2, body).run();
    writeSettings(alsoSet);
    tx.commit();
}

std::optional<ContentStore::FeedPage> ContentStore::feedPage(const std::string& feed, int page) {
    Statement q(db_.handle(), "SELECT etag, body FROM feed_pages WHERE feed = ? AND page = ?");
    q.bind(1, feed).bind(2, static_cast<std::int64_t>(page));
    std::optional<FeedPage> found;
    while (q.next()) found = FeedPage{q.text(0), q.text(1)};
    return found;
}

void ContentStore::putFeedPage(const std::string& feed, int page, const FeedPage& content) {
    Statement q(db_.handle(),
                "INSERT INTO feed_pages(feed, page, etag, body) VALUES(?, ?, ?, ?) ON CONFLICT(feed, page) DO UPDATE "
                "SET etag = excluded.etag, body = excluded.body");
    q.bind(1, feed).bind(2, static_cast<std::int64_t>(page)).bind(3, content.etag).bind(4, content.body).run();
}

void ContentStore::trimFeedPages(const std::string& feed, int pages) {
    Statement q(db_.handle(), "DELETE FROM feed_pages WHERE feed = ? AND page > ?");
    q.bind(1, feed).bind(2, static_cast<std::int64_t>(pages)).run();
}

std::string ContentStore::setting(const std::string& key) {
    Statement q(db_.handle(), "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    std::string value;
    while (q.next()) value = q.text(0);
    return value;
}

void ContentStore::setSetting(const std::string& key, const std::string& value) {
    Statement q(db_.handle(),
                "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value).run();
}

std::string ContentStore::disclosureVersion() {
    Statement q(db_.handle(), "SELECT version FROM content_sets WHERE kind = 'disclosures' AND active = 1");
    std::string version;
    while (q.next()) version = q.text(0);
    return version;
}

std::optional<core::DisclosureSet> ContentStore::loadDisclosures() {
    // One read transaction: WAL gives this reader a snapshot even while a new set is written.
    db_.exec("BEGIN");
    struct EndRead {
        Database& db;
        ~EndRead() {
            try {
                db.exec("COMMIT");
            } catch (...) {
            }
        }
    } endRead{db_};

    Statement head(db_.handle(),
                   "SELECT id, version, updated_at FROM content_sets WHERE kind = 'disclosures' AND active = 1");
    if (!head.next()) return std::nullopt;
    const std::int64_t setId = head.integer(0);
    core::DisclosureSet set;
    set.version = head.text(1);
    set.updatedAt = head.text(2);
    while (head.next()) {
    }

    Statement communities(db_.handle(), "SELECT id, name FROM communities WHERE set_id = ? ORDER BY ord");
    communities.bind(1, setId);
    while (communities.next()) set.communities.push_back({communities.text(0), communities.text(1)});
    Statement types(db_.handle(), "SELECT id, name FROM subsidy_types WHERE set_id = ? ORDER BY ord");
    types.bind(1, setId);
    while (types.next()) set.subsidyTypes.push_back({types.text(0), types.text(1)});

    Statement payouts(db_.handle(),
                      "SELECT id, name, community, type, amount_fen, period, paid_on, funding, status FROM payouts "
                      "WHERE set_id = ? ORDER BY ord");
    payouts.bind(1, setId);
    while (payouts.next()) {
        core::Payout p;
        p.id = payouts.text(0);
        p.recipientName = payouts.text(1);
        p.communityId = payouts.text(2);
        p.subsidyTypeId = payouts.text(3);
        p.amountFen = payouts.integer(4);
        p.period = payouts.text(5);
        p.paidOn = payouts.text(6);
        p.fundingSource = payouts.text(7);
        p.status = static_cast<core::PayoutStatus>(payouts.integer(8));
        set.payouts.push_back(std::move(p));
    }
    Statement finances(db_.handle(),
                       "SELECT community, period, balance_fen, lines FROM finances WHERE set_id = ? ORDER BY ord");
    finances.bind(1, setId);
    while (finances.next()) {
        core::FinanceStatement f;
        f.communityId = finances.text(0);
        f.period = finances.text(1);
        f.balanceFen = finances.integer(2);
        for (const auto& l : nlohmann::json::parse(finances.text(3))) {
            f.lines.push_back({l[0].get<bool>(), l[1].get<std::string>(), l[2].get<std::int64_t>()});
        }
        set.finances.push_back(std::move(f));
    }
    Statement notices(db_.handle(),
                      "SELECT id, community, period, title, body, images FROM notices WHERE set_id = ? ORDER BY ord");
    notices.bind(1, setId);
    while (notices.next()) {
        core::Notice n;
        n.id = notices.text(0);
        n.communityId = notices.text(1);
        n.period = notices.text(2);
        n.title = notices.text(3);
        n.body = notices.text(4);
        n.images = nlohmann::json::parse(notices.text(5)).get<std::vector<std::string>>();
        set.notices.push_back(std::move(n));
    }
    return set;
}

}  // namespace kiosk::storage
