// Content sync against the reference server over real TLS on 127.0.0.1 (full sync, then 304; a
// changed feed alone fetched again; invalid records skipped and reported), and against a small
// misbehaving server on loopback (pages of another version, a page cut off, malformed JSON): the
// kiosk keeps what it had until a whole, consistent set arrived.
#include "net/content_sync.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/announcements.h"
#include "core/case_catalog.h"
#include "net/sync_engine.h"
#include "ref_server.h"
#include "storage/content_store.h"
#include "storage/sha256.h"
#include "storage/sqlite_db.h"
#include "support/platform_fixture.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json readJson(const fs::path& path) {
    std::ifstream in(path);
    return json::parse(in);
}

void writeJson(const fs::path& path, const json& doc) {
    std::ofstream(path) << doc.dump(2);
}

class ContentSyncTest : public testing::PlatformTest {
protected:
    void SetUp() override {
        PlatformTest::SetUp();
        fs::create_directories(dir_ / "content");
        for (const char* file : {"disclosures.json", "announcements.json", "case_catalog.json"}) {
            fs::copy_file(fs::path(KIOSK_DEFAULT_ASSETS_DIR) / "demo" / file, dir_ / "content" / file);
        }
        databasePath_ = (dir_ / "content.db").string();
        tls_.caPath = pki_->caPath();
    }
    // The platform's options on the content folder (the server reads it at start).
    server::RefServerOptions contentPlatformOptions() const {
        server::RefServerOptions options = platformOptions({"device-token"});
        options.contentDir = (dir_ / "content").string();
        return options;
    }
    // (Re)starts the platform on the content folder as it is now.
    void startServer() { startPlatform(contentPlatformOptions()); }
    // The sync worker against the running platform, a round every 50 ms.
    net::SyncSettings syncSettings(const std::string& deviceId) const {
        net::SyncSettings s;
        s.baseUrl = server_->baseUrl();
        s.deviceToken = "device-token";
        s.deviceId = deviceId;
        s.tls = tls_;
        s.intervalSeconds = 0.05;
        s.outboxPath = (dir_ / "outbox.db").string();
        s.contentDatabasePath = databasePath_;
        s.nowText = [] { return std::string("2026-11-22T10:16:00+08:00"); };
        return s;
    }
    net::ContentSyncOutcome poll(const std::string& baseUrl) {
        net::HttpClient client(tls_);
        net::ContentSync sync(
            client,
            [&](const std::string& path) {
                net::HttpRequest r;
                r.url = baseUrl + path;
                r.headers["Authorization"] = "Bearer device-token";
                return r;
            },
            databasePath_);
        return sync.poll();
    }

    net::TlsSettings tls_;
    std::string databasePath_;
};

TEST_F(ContentSyncTest, AFullSyncThenNotModified) {
    startServer();
    const net::ContentSyncOutcome first = poll(server_->baseUrl());
    ASSERT_TRUE(first.answered);
    EXPECT_TRUE(first.errors.empty()) << first.errors.front();
    EXPECT_EQ(first.appliedFeeds.size(), 3u);
    EXPECT_TRUE(first.rejected.empty());
    EXPECT_FALSE(first.version.empty());

    storage::ContentStore store(databasePath_);
    const json bundled = readJson(dir_ / "content" / "disclosures.json");
    const auto set = store.loadDisclosures();
    ASSERT_TRUE(set.has_value());
    EXPECT_EQ(set->version, bundled["version"].get<std::string>());
    EXPECT_EQ(set->payouts.size(), bundled["payouts"].size());
    EXPECT_EQ(set->notices.size(), bundled["notices"].size());
    EXPECT_EQ(store.setting(storage::kDisclosuresFromPlatformSetting), "1");
    EXPECT_EQ(core::parseAnnouncements(store.document(storage::kAnnouncementsDocument), "").items.size(),
              readJson(dir_ / "content" / "announcements.json")["announcements"].size());
    // 使用指南's topics ride in the same feed (kind "guides").
    const auto synced = core::parseAnnouncements(store.document(storage::kAnnouncementsDocument), "");
    EXPECT_TRUE(synced.problems.empty());
    EXPECT_EQ(synced.guides.size(), readJson(dir_ / "content" / "announcements.json")["guides"].size());
    EXPECT_GE(synced.guides.size(), 3u);
    const auto catalog = core::parseCaseCatalog(store.document(storage::kCaseCatalogDocument));
    ASSERT_TRUE(catalog.catalog.has_value());
    EXPECT_EQ(catalog.catalog->version, readJson(dir_ / "content" / "case_catalog.json")["version"]);

    const net::ContentSyncOutcome second = poll(server_->baseUrl());
    EXPECT_TRUE(second.answered);
    EXPECT_TRUE(second.unchanged) << "the manifest's ETag held: 304";
    EXPECT_TRUE(second.appliedFeeds.empty());
    EXPECT_EQ(second.version, first.version);
}

TEST_F(ContentSyncTest, OnlyTheFeedThatChangedIsFetchedAndSwitched) {
    startServer();
    ASSERT_EQ(poll(server_->baseUrl()).appliedFeeds.size(), 3u);
    json announcements = readJson(dir_ / "content" / "announcements.json");
    announcements["announcements"][0]["title"] = "冬季供暖补贴开始申领";
    writeJson(dir_ / "content" / "announcements.json", announcements);
    startServer();
    const net::ContentSyncOutcome outcome = poll(server_->baseUrl());
    ASSERT_TRUE(outcome.answered);
    EXPECT_FALSE(outcome.unchanged);
    EXPECT_EQ(outcome.appliedFeeds, std::vector<std::string>{"announcements"});
    storage::ContentStore store(databasePath_);
    const auto items = core::parseAnnouncements(store.document(storage::kAnnouncementsDocument), "").items;
    ASSERT_FALSE(items.empty());
    EXPECT_EQ(items[0].title, "冬季供暖补贴开始申领");
}

TEST_F(ContentSyncTest, InvalidRecordsAreSkippedReportedAndTheRestApplied) {
    json disclosures = readJson(dir_ / "content" / "disclosures.json");
    const std::size_t payouts = disclosures["payouts"].size();
    disclosures["payouts"][0]["amount_fen"] = -5;
    disclosures["payouts"][1]["paid_on"] = "2026-02-30";
    const std::string badId = disclosures["payouts"][0]["id"].get<std::string>();
    const std::string badName = disclosures["payouts"][0]["name"].get<std::string>();
    writeJson(dir_ / "content" / "disclosures.json", disclosures);
    json announcements = readJson(dir_ / "content" / "announcements.json");
    announcements["announcements"][0]["title"] = std::string(300, 'x');
    writeJson(dir_ / "content" / "announcements.json", announcements);
    startServer();

    const net::ContentSyncOutcome outcome = poll(server_->baseUrl());
    ASSERT_EQ(outcome.appliedFeeds.size(), 3u);
    ASSERT_EQ(outcome.rejected.size(), 3u);
    std::vector<net::RejectedContent> disclosureRejects;
    for (const net::RejectedContent& r : outcome.rejected) {
        EXPECT_EQ(r.problem.find(badName), std::string::npos) << "never a person's name: " << r.problem;
        if (r.feed == "disclosures") disclosureRejects.push_back(r);
    }
    ASSERT_EQ(disclosureRejects.size(), 2u);
    EXPECT_EQ(disclosureRejects[0].id, badId);
    EXPECT_NE(disclosureRejects[0].problem.find("amount_fen"), std::string::npos);
    EXPECT_NE(disclosureRejects[1].problem.find("paid_on"), std::string::npos);
    storage::ContentStore store(databasePath_);
    EXPECT_EQ(store.loadDisclosures()->payouts.size(), payouts - 2);
    EXPECT_EQ(core::parseAnnouncements(store.document(storage::kAnnouncementsDocument), "").items.size(),
              announcements["announcements"].size() - 1);
}

// A platform that misbehaves on purpose: plain HTTP on loopback, content written by the test.
class FakePlatform {
public:
    FakePlatform() {
        server_.Get("/kiosk/manifest.json", [this](const httplib::Request&, httplib::Response& res) {
            std::lock_guard lock(mutex_);
            res.set_header("ETag", "\"manifest-" + std::to_string(manifestVersion) + "\"");
            res.set_content(manifest, "application/json");
        });
        server_.Get(R"(/kiosk/feeds/(\w+)\.json)", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex_);
            const std::string key = req.matches[1].str() + "#" + req.get_param_value("page");
            ifNoneMatch.push_back(key + " " + req.get_header_value("If-None-Match"));
            if (failOnce.erase(key) > 0) {
                res.status = 500;
                return;
            }
            const auto it = pages.find(key);
            if (it == pages.end()) {
                res.status = 404;
                return;
            }
            const std::string etag = storage::quotedEtag(it->second);
            if (req.get_header_value("If-None-Match") == etag) {
                res.status = 304;
                return;
            }
            res.set_header("ETag", etag);
            res.set_content(it->second, "application/json");
        });
        port_ = server_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
    }
    ~FakePlatform() {
        server_.stop();
        thread_.join();
    }
    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(port_); }

    // An announcements feed of `pageBodies`; the manifest's feed ETag is that of `etagBodies` (the
    // same pages unless the test wants the manifest to name another version).
    void serveAnnouncements(const std::vector<std::string>& pageBodies, std::vector<std::string> etagBodies = {}) {
        std::lock_guard lock(mutex_);
        if (etagBodies.empty()) etagBodies = pageBodies;
        std::string etags;
        for (const std::string& body : etagBodies) etags += storage::quotedEtag(body);
        pages.clear();
        for (std::size_t i = 0; i < pageBodies.size(); ++i) {
            pages["announcements#" + std::to_string(i + 1)] = pageBodies[i];
        }
        ++manifestVersion;
        manifest =
            json{{"version", "v" + std::to_string(manifestVersion)},
                 {"feeds",
                  {{{"name", "announcements"}, {"pages", pageBodies.size()}, {"etag", storage::quotedEtag(etags)}}}}}
                .dump();
    }

    std::mutex mutex_;
    std::string manifest;
    int manifestVersion = 0;
    std::map<std::string, std::string> pages;
    std::set<std::string> failOnce;
    std::vector<std::string> ifNoneMatch;  // "feed#page <header>" per page request

private:
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
};

std::string announcementPage(int page, int pages, const std::string& id, const std::string& title) {
    return json{{"feed", "announcements"},
                {"page", page},
                {"pages", pages},
                {"items", {{{"kind", "announcements"}, {"record", {{"id", id}, {"title", title}, {"body", "正文"}}}}}}}
        .dump();
}

std::vector<std::string> heldAnnouncementTitles(const std::string& databasePath) {
    storage::ContentStore store(databasePath);
    std::vector<std::string> titles;
    for (const auto& a : core::parseAnnouncements(store.document(storage::kAnnouncementsDocument), "").items) {
        titles.push_back(a.title);
    }
    return titles;
}

TEST_F(ContentSyncTest, PagesOfAnotherVersionAreNotApplied) {
    FakePlatform platform;
    platform.serveAnnouncements({announcementPage(1, 2, "a1", "第一条"), announcementPage(2, 2, "a2", "第二条")});
    ASSERT_EQ(poll(platform.baseUrl()).appliedFeeds.size(), 1u);
    // The platform changed page 2 between naming the version and serving the page.
    platform.serveAnnouncements({announcementPage(1, 2, "a1", "第一条"), announcementPage(2, 2, "a2", "改过的")},
                                {announcementPage(1, 2, "a1", "第一条"), announcementPage(2, 2, "a2", "又改了")});
    const net::ContentSyncOutcome outcome = poll(platform.baseUrl());
    EXPECT_TRUE(outcome.answered);
    EXPECT_TRUE(outcome.appliedFeeds.empty());
    ASSERT_EQ(outcome.errors.size(), 1u);
    EXPECT_NE(outcome.errors[0].find("changed while syncing"), std::string::npos) << outcome.errors[0];
    EXPECT_EQ(heldAnnouncementTitles(databasePath_), (std::vector<std::string>{"第一条", "第二条"}));
}

TEST_F(ContentSyncTest, ASyncCutHalfwayKeepsTheOldSetAndGoesOnWhereItStopped) {
    FakePlatform platform;
    platform.serveAnnouncements({announcementPage(1, 2, "a1", "旧一"), announcementPage(2, 2, "a2", "旧二")});
    ASSERT_EQ(poll(platform.baseUrl()).appliedFeeds.size(), 1u);
    platform.serveAnnouncements({announcementPage(1, 2, "a1", "新一"), announcementPage(2, 2, "a2", "新二")});
    platform.failOnce = {"announcements#2"};
    const net::ContentSyncOutcome cut = poll(platform.baseUrl());
    EXPECT_TRUE(cut.appliedFeeds.empty());
    EXPECT_EQ(heldAnnouncementTitles(databasePath_), (std::vector<std::string>{"旧一", "旧二"}))
        << "nothing half-applied";

    platform.ifNoneMatch.clear();
    const net::ContentSyncOutcome resumed = poll(platform.baseUrl());
    EXPECT_EQ(resumed.appliedFeeds, std::vector<std::string>{"announcements"});
    EXPECT_EQ(heldAnnouncementTitles(databasePath_), (std::vector<std::string>{"新一", "新二"}));
    ASSERT_EQ(platform.ifNoneMatch.size(), 2u);
    EXPECT_EQ(platform.ifNoneMatch[0], "announcements#1 " + storage::quotedEtag(announcementPage(1, 2, "a1", "新一")))
        << "the page that arrived before the cut is asked for with its ETag (304)";
}

TEST_F(ContentSyncTest, MalformedAnswersKeepWhatTheKioskHad) {
    FakePlatform platform;
    platform.serveAnnouncements({announcementPage(1, 1, "a1", "原来的")});
    ASSERT_EQ(poll(platform.baseUrl()).appliedFeeds.size(), 1u);
    for (const std::string& bad : {std::string("{not json"), std::string(R"({"feed":"announcements","page":1})"),
                                   std::string(R"({"feed":"announcements","page":1,"pages":1,"items":[1,2]})"),
                                   announcementPage(1, 1, "a1", std::string(500, 'x'))}) {
        platform.serveAnnouncements({bad});
        const net::ContentSyncOutcome outcome = poll(platform.baseUrl());
        EXPECT_TRUE(outcome.appliedFeeds.empty()) << bad;
        EXPECT_FALSE(outcome.errors.empty()) << bad;
        EXPECT_EQ(heldAnnouncementTitles(databasePath_), std::vector<std::string>{"原来的"}) << bad;
    }
    {
        std::lock_guard lock(platform.mutex_);
        platform.manifest = R"({"version": "x", "feeds": [{"name": "../etc", "pages": 1, "etag": "\"e\""}]})";
        ++platform.manifestVersion;
    }
    const net::ContentSyncOutcome outcome = poll(platform.baseUrl());
    ASSERT_EQ(outcome.errors.size(), 1u);
    EXPECT_NE(outcome.errors[0].find("manifest"), std::string::npos);
}

TEST_F(ContentSyncTest, TheSyncWorkerKeepsContentCurrentAndReportsItInTheHeartbeat) {
    json disclosures = readJson(dir_ / "content" / "disclosures.json");
    disclosures["payouts"][0]["status"] = "lost";
    writeJson(dir_ / "content" / "disclosures.json", disclosures);
    startServer();
    net::SyncEngine engine(syncSettings("kiosk-content-1"));
    engine.start();
    ASSERT_TRUE(testing::eventually([&] { return engine.status().contentGeneration == 1; }));
    ASSERT_TRUE(testing::eventually([&] { return server_->lastHeartbeat("kiosk-content-1").has_value(); }));
    const json heartbeat = json::parse(*server_->lastHeartbeat("kiosk-content-1"));
    EXPECT_EQ(heartbeat["content_version"], engine.status().contentVersion);
    EXPECT_FALSE(engine.status().contentVersion.empty());
    ASSERT_EQ(heartbeat["rejected_records"].size(), 1u);
    EXPECT_EQ(heartbeat["rejected_records"][0]["feed"], "disclosures");
    EXPECT_EQ(heartbeat["rejected_records"][0]["id"], disclosures["payouts"][0]["id"]);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // more rounds: 304s, nothing re-applied
    EXPECT_EQ(engine.status().contentGeneration, 1);
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// Issue 19: one record nested ~60,000 levels (~120 KB, far under the page cap) crashed every kiosk
// that synced it — at every start, because the page was cached — when the record was
// re-serialised (~128 bytes of stack a level: 60,000 levels overflow a 4 MB stack; this test uses
// 500,000, 1 MB of page, which overflows the default 8 MB too). The page is refused by its depth
// and the kiosk keeps what it had.
TEST_F(ContentSyncTest, ARecordNestedHalfAMillionLevelsIsRefusedAndTheOldSetKept) {
    FakePlatform platform;
    platform.serveAnnouncements({announcementPage(1, 1, "a1", "原来的")});
    ASSERT_EQ(poll(platform.baseUrl()).appliedFeeds.size(), 1u);
    const std::string deep = std::string(500000, '[') + std::string(500000, ']');
    const std::string page = R"({"feed":"announcements","page":1,"pages":1,"items":[{"kind":"announcements",)"
                             R"("record":{"id":"a2","title":"t","body":"b","extra":)" +
                             deep + "}}]}";
    ASSERT_LT(page.size(), net::kMaxFeedPageBytes);
    platform.serveAnnouncements({page});
    for (int round = 0; round < 2; ++round) {  // again: nothing of it was cached
        const net::ContentSyncOutcome outcome = poll(platform.baseUrl());
        EXPECT_TRUE(outcome.appliedFeeds.empty());
        ASSERT_EQ(outcome.errors.size(), 1u);
        EXPECT_NE(outcome.errors[0].find("nested deeper than 32 levels at byte offset"), std::string::npos)
            << outcome.errors[0];
        EXPECT_EQ(heldAnnouncementTitles(databasePath_), std::vector<std::string>{"原来的"});
    }
}

// Found by the attacker's review: 40 pages of 4 MB grew content.db by 161 MB and the kiosk's memory
// by 650 MB. A feed is refused past its bytes (announcements: 8 MB) and the kiosk keeps what it had.
TEST_F(ContentSyncTest, AFeedPastItsBytesIsRefusedAndTheOldSetKept) {
    FakePlatform platform;
    platform.serveAnnouncements({announcementPage(1, 1, "a1", "原来的")});
    ASSERT_EQ(poll(platform.baseUrl()).appliedFeeds.size(), 1u);
    std::vector<std::string> pages;
    for (int p = 1; p <= 3; ++p) {
        json page = json::parse(announcementPage(p, 3, "big" + std::to_string(p), "大"));
        page["items"][0]["record"]["filler"] = std::string(3 * 1024 * 1024, 'x');
        pages.push_back(page.dump());
    }
    platform.serveAnnouncements(pages);
    const net::ContentSyncOutcome outcome = poll(platform.baseUrl());
    EXPECT_TRUE(outcome.appliedFeeds.empty());
    ASSERT_EQ(outcome.errors.size(), 1u);
    EXPECT_NE(outcome.errors[0].find("page 3: the feed is larger than 8 MB"), std::string::npos) << outcome.errors[0];
    EXPECT_EQ(heldAnnouncementTitles(databasePath_), std::vector<std::string>{"原来的"});
}

// Found by the attacker's review: a header record naming a list ({"kind":"set","record":
// {"announcements":"x"}}) replaced the list with text; the next record's push_back threw, ending
// every round before the heartbeat. A header gives the document its version and nothing else.
TEST_F(ContentSyncTest, AHeaderRecordCannotReplaceAList) {
    FakePlatform platform;
    const std::string page = R"({"feed":"announcements","page":1,"pages":1,"items":[)"
                             R"({"kind":"set","record":{"announcements":"not a list","version":"v2"}},)"
                             R"({"kind":"version","record":{"id":"x"}},)"
                             R"({"kind":"announcements","record":{"id":"a1","title":"真的","body":"正文"}}]})";
    platform.serveAnnouncements({page});
    net::ContentSyncOutcome outcome;
    ASSERT_NO_THROW(outcome = poll(platform.baseUrl()));
    EXPECT_EQ(outcome.appliedFeeds, std::vector<std::string>{"announcements"});
    EXPECT_EQ(heldAnnouncementTitles(databasePath_), std::vector<std::string>{"真的"});
}

// Issue 19: invalid UTF-8 in one record dropped the whole page as "not a JSON object". The page is
// still refused (the old set kept), and the report says where.
TEST_F(ContentSyncTest, InvalidUtf8IsReportedByItsByteOffset) {
    FakePlatform platform;
    platform.serveAnnouncements({announcementPage(1, 1, "a1", "原来的")});
    ASSERT_EQ(poll(platform.baseUrl()).appliedFeeds.size(), 1u);
    std::string page = announcementPage(1, 1, "a1", "新的标题");
    const std::size_t at = page.find("新的");
    page[at + 1] = '\xff';  // 新 is E6 96 B0: the sequence that starts at `at` is broken
    platform.serveAnnouncements({page});
    const net::ContentSyncOutcome outcome = poll(platform.baseUrl());
    EXPECT_TRUE(outcome.appliedFeeds.empty());
    ASSERT_EQ(outcome.errors.size(), 1u);
    EXPECT_NE(outcome.errors[0].find("invalid UTF-8 at byte offset " + std::to_string(at)), std::string::npos)
        << outcome.errors[0];
    EXPECT_EQ(heldAnnouncementTitles(databasePath_), std::vector<std::string>{"原来的"});
}

// A person's name and phone number, made unfit by a right-to-left override so that every record
// carrying it is refused (or the field dropped) whatever the field.
const std::string kPii = "李小明 13912345678\u202E";
const char* const kPiiParts[] = {"13912345678", "李小明"};

// Every variant of `record` with one leaf (a text, a number, a flag, a list entry) replaced by kPii.
void leafVariants(const json& record, json& at, json& root, std::vector<json>& out) {
    if (at.is_object()) {
        for (auto& [key, value] : at.items()) leafVariants(record, value, root, out);
    } else if (at.is_array()) {
        for (auto& value : at) leafVariants(record, value, root, out);
    } else {
        const json kept = at;
        at = kPii;
        out.push_back(root);
        at = kept;
    }
}

std::vector<json> variantsOf(const json& record) {
    json copy = record;
    std::vector<json> out;
    leafVariants(record, copy, copy, out);
    return out;
}

// Issue 19: a payout whose community held "李小明 13912345678" went into the heartbeat's
// rejected_records and the log. Problem reports name kind, position, id and field — never a value.
TEST_F(ContentSyncTest, PersonalDataInAnyFieldOfARefusedRecordReachesNeitherLogNorHeartbeatNorDatabase) {
    std::size_t planted = 0;
    const auto plant = [&](const char* file, const std::vector<const char*>& lists, const char* idKey) {
        json doc = readJson(dir_ / "content" / file);
        for (const char* list : lists) {
            ASSERT_TRUE(doc.contains(list) && !doc[list].empty()) << file << " " << list;
            const json model = doc[list][0];
            int n = 0;
            for (json variant : variantsOf(model)) {
                // Every variant under an id of its own, unless the id is the field carrying the data.
                if (variant.is_object() && variant.contains(idKey) && variant[idKey] != kPii)
                    variant[idKey] = "pii_" + std::string(list) + "_" + std::to_string(++n);
                doc[list].push_back(variant);
                ++planted;
            }
        }
        writeJson(dir_ / "content" / file, doc);
    };
    plant("disclosures.json", {"communities", "subsidy_types", "payouts", "finances", "notices"}, "id");
    plant("announcements.json", {"announcements", "slogans", "guides"}, "id");
    plant("case_catalog.json", {"categories"}, "code");
    plant("case_catalog.json", {"communities"}, "id");
    ASSERT_GT(planted, 60u);
    startServer();

    auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(10000);
    spdlog::default_logger()->sinks().push_back(ring);
    {
        net::SyncEngine engine(syncSettings("kiosk-pii-1"));
        engine.start();
        ASSERT_TRUE(testing::eventually([&] { return engine.status().contentGeneration == 1; }));
        ASSERT_TRUE(testing::eventually([&] {
            const auto beat = server_->lastHeartbeat("kiosk-pii-1");
            return beat && !json::parse(*beat)["rejected_records"].empty();
        }));
    }
    auto& sinks = spdlog::default_logger()->sinks();
    sinks.erase(std::remove(sinks.begin(), sinks.end(), ring), sinks.end());
    server_.reset();  // its database is complete on disk

    const std::string heartbeat = *[&] {
        server::RefServer reopened(contentPlatformOptions());
        reopened.start();
        return reopened.lastHeartbeat("kiosk-pii-1");
    }();
    EXPECT_GE(json::parse(heartbeat)["rejected_records"].size(), 40u) << heartbeat;
    // Where the data of a refused record must never be: the heartbeat, the log, and the databases
    // (the platform's every file; the kiosk's every table but the verbatim copies of the pages the
    // platform published, which hold what it sent until its next version replaces them).
    std::vector<std::pair<std::string, std::string>> places{{"heartbeat", heartbeat}};
    for (const std::string& line : ring->last_formatted()) places.emplace_back("log", line);
    for (const auto& entry : fs::recursive_directory_iterator(dir_ / "server")) {
        std::ifstream in(entry.path(), std::ios::binary);
        places.emplace_back(entry.path().string(), std::string(std::istreambuf_iterator<char>(in), {}));
    }
    for (const std::string& db : {databasePath_, (dir_ / "outbox.db").string()}) {
        storage::Database database(db);
        std::vector<std::string> tables;
        storage::Statement names(database.handle(), "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (names.next()) tables.push_back(names.text(0));
        for (const std::string& table : tables) {
            if (table == "feed_pages" || table == "documents") continue;
            const std::string sql = "SELECT * FROM " + table;
            sqlite3_stmt* rows = nullptr;
            ASSERT_EQ(sqlite3_prepare_v2(database.handle(), sql.c_str(), -1, &rows, nullptr), SQLITE_OK);
            while (sqlite3_step(rows) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                    const auto* text = sqlite3_column_text(rows, c);
                    if (text) places.emplace_back(db + ":" + table, reinterpret_cast<const char*>(text));
                }
            }
            sqlite3_finalize(rows);
        }
    }
    for (const auto& [where, text] : places) {
        for (const char* part : kPiiParts) EXPECT_EQ(text.find(part), std::string::npos) << where << ": " << text;
    }
}

}  // namespace
}  // namespace kiosk
