// The reference server over real TLS on 127.0.0.1 with certificates made at test time, driven
// by cpp-httplib's client as an Open311 client would: services, filing with dedupe, reading
// back, errors in the Open311 format in both formats, and status updates.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "ref_server.h"
#include "self_records.h"
#include "support/platform_fixture.h"

namespace kiosk {
namespace {

using nlohmann::json;

class RefServerTest : public testing::PlatformTest {
protected:
    void SetUp() override {
        PlatformTest::SetUp();
        server::RefServerOptions options = platformOptions({"device-token-1"}, "data");
        options.adminToken = "admin-token";
        port_ = startPlatform(options).port();
    }

    std::unique_ptr<httplib::SSLClient> client(const std::string& token = "device-token-1") {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", port_);
        c->set_ca_cert_path(pki_->caPath());
        c->enable_server_certificate_verification(true);
        if (!token.empty()) c->set_bearer_token_auth(token);
        return c;
    }

    httplib::Params complaint() {
        // 消费购物 asks 在哪里买的？ (one answer, required) and 是什么问题？ (several, optional).
        return {{"service_code", "consumer"},
                {"description", "超市买的牛奶过期了"},
                {"address_string", "幸福里社区 · 社区广场"},
                {"phone", "13800138000"},
                {"kiosk_tracking_code", "2026110267"},
                {"attribute[where_bought]", "shop"},
                {"attribute[problems]", "expired"},
                {"attribute[problems]", "refund"}};
    }

    int port_ = 0;
};

// The category's questions are its Open311 attributes: offered in the service definition, and
// a case's answers are checked against them.
TEST_F(RefServerTest, AttributesAreDefinedByTheCatalogAndAnswersChecked) {
    auto c = client();
    const auto definition = c->Get("/open311/v2/services/consumer.json");
    ASSERT_TRUE(definition);
    ASSERT_EQ(definition->status, 200);
    const json attributes = json::parse(definition->body)["attributes"];
    ASSERT_EQ(attributes.size(), 2u);
    EXPECT_EQ(attributes[0]["code"], "where_bought");
    EXPECT_EQ(attributes[0]["datatype"], "singlevaluelist");
    EXPECT_EQ(attributes[0]["required"], true);
    EXPECT_EQ(attributes[0]["values"][0]["key"], "shop");
    EXPECT_EQ(attributes[1]["datatype"], "multivaluelist");
    const auto xml = c->Get("/open311/v2/services/consumer.xml");
    ASSERT_TRUE(xml);
    EXPECT_NE(xml->body.find("<code>where_bought</code><datatype>singlevaluelist</datatype>"), std::string::npos);

    auto without = [&](const std::string& key) {
        httplib::Params p = complaint();
        p.erase(key);
        return p;
    };
    const std::vector<std::pair<httplib::Params, std::string>> refused = {
        {without("attribute[where_bought]"), "attribute[where_bought] is required"},
        {[&] {
             httplib::Params p = complaint();
             p.emplace("attribute[where_bought]", "online");
             return p;
         }(),
         "attribute[where_bought] takes one value"},
        {[&] {
             httplib::Params p = complaint();
             p.emplace("attribute[problems]", "stolen");
             return p;
         }(),
         "attribute[problems] has a value not in its list"},
        {[&] {
             httplib::Params p = complaint();
             p.emplace("attribute[colour]", "red");
             return p;
         }(),
         "an attribute is not one of this service's"},
    };
    for (const auto& [params, words] : refused) {
        const auto res = c->Post("/open311/v2/requests.json", params);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << words;
        EXPECT_EQ(json::parse(res->body)[0]["description"], words);
    }
    EXPECT_EQ(server_->caseCount(), 0u);
}

TEST_F(RefServerTest, ServicesComeFromTheCaseCatalogInBothFormats) {
    auto c = client();
    const auto res = c->Get("/open311/v2/services.json");
    ASSERT_TRUE(res) << httplib::to_string(res.error());
    ASSERT_EQ(res->status, 200);
    const json services = json::parse(res->body);
    ASSERT_TRUE(services.is_array());
    bool env = false;
    for (const auto& s : services) env = env || (s["service_code"] == "env" && s["service_name"] == "环境卫生");
    EXPECT_TRUE(env) << res->body;
    const auto xml = c->Get("/open311/v2/services.xml");
    ASSERT_TRUE(xml);
    EXPECT_EQ(xml->get_header_value("Content-Type"), "text/xml; charset=utf-8");
    EXPECT_NE(xml->body.find("<service><service_code>env</service_code><service_name>环境卫生</service_name>"),
              std::string::npos);
}

TEST_F(RefServerTest, ACaseFiledIsReadBackWithItsAddressAndAttributes) {
    auto c = client();
    httplib::Headers headers{{"Idempotency-Key", "0123456789abcdef0123456789abcdef"}};
    const auto res = c->Post("/open311/v2/requests.json", headers, complaint());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201) << res->body;
    const std::string id = json::parse(res->body)[0]["service_request_id"];
    const auto read = c->Get("/open311/v2/requests/" + id + ".json");
    ASSERT_TRUE(read);
    const json r = json::parse(read->body)[0];
    EXPECT_EQ(r["status"], "open");
    EXPECT_EQ(r["address"], "幸福里社区 · 社区广场");
    EXPECT_EQ(r["service_name"], "消费购物");
    EXPECT_EQ(r["requested_datetime"].get<std::string>().substr(19), "+08:00");
    EXPECT_TRUE(r.find("phone") == r.end()) << "the phone number is never published";
    const auto filed = server_->filedCase(id);
    ASSERT_TRUE(filed.has_value());
    EXPECT_EQ(filed->attributes, R"({"problems":["expired","refund"],"where_bought":["shop"]})");
    EXPECT_EQ(filed->phone, "13800138000");
    EXPECT_EQ(filed->trackingCode, "2026110267");
    // By a list of ids too.
    const auto list = c->Get("/open311/v2/requests.json?service_request_id=" + id + ",SR-9999");
    ASSERT_TRUE(list);
    EXPECT_EQ(json::parse(list->body).size(), 1u);
}

TEST_F(RefServerTest, EveryPhotoOfACaseIsKeptAndCheckedLikeMediaUrl) {
    auto c = client();
    httplib::Params two = complaint();
    two.emplace("media_url", "https://example.cn/a.jpg");
    two.emplace("kiosk_media_url", "https://example.cn/a.jpg");
    two.emplace("kiosk_media_url", "https://example.cn/b.jpg");
    const auto res = c->Post("/open311/v2/requests.json", two);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 201);
    const auto filed = server_->filedCase(json::parse(res->body)[0]["service_request_id"]);
    ASSERT_TRUE(filed.has_value());
    EXPECT_EQ(filed->mediaUrls, R"(["https://example.cn/a.jpg","https://example.cn/b.jpg"])");
    httplib::Params plain = complaint();
    plain.emplace("kiosk_media_url", "http://example.cn/a.jpg");
    EXPECT_EQ(c->Post("/open311/v2/requests.json", plain)->status, 400) << "not https";
    httplib::Params four = complaint();
    for (const char* name : {"a", "b", "c", "d"})
        four.emplace("kiosk_media_url", std::string("https://example.cn/") + name);
    const auto tooMany = c->Post("/open311/v2/requests.json", four);
    ASSERT_TRUE(tooMany);
    EXPECT_EQ(tooMany->status, 400);
    EXPECT_EQ(json::parse(tooMany->body)[0]["description"], "at most 3 kiosk_media_url");
}

TEST_F(RefServerTest, TheSameIdempotencyKeyFilesOnceAndAnotherCaseUnderItIsRefused) {
    auto c = client();
    httplib::Headers headers{{"Idempotency-Key", "aaaabbbbccccddddaaaabbbbccccdddd"}};
    const auto first = c->Post("/open311/v2/requests.json", headers, complaint());
    const auto again = c->Post("/open311/v2/requests.json", headers, complaint());
    ASSERT_TRUE(first && again);
    EXPECT_EQ(first->status, 201);
    EXPECT_EQ(again->status, 200);
    EXPECT_EQ(json::parse(first->body)[0]["service_request_id"], json::parse(again->body)[0]["service_request_id"]);
    EXPECT_EQ(server_->caseCount(), 1u);
    httplib::Params other = complaint();
    other.emplace("media_url", "https://example.cn/p.jpg");
    const auto conflict = c->Post("/open311/v2/requests.json", headers, other);
    ASSERT_TRUE(conflict);
    EXPECT_EQ(conflict->status, 409);
    EXPECT_EQ(json::parse(conflict->body)[0]["description"], "Idempotency-Key was used for another case");
    EXPECT_EQ(server_->caseCount(), 1u);
}

TEST_F(RefServerTest, BadInputIsAnsweredInTheOpen311ErrorFormat) {
    auto c = client();
    auto post = [&](const httplib::Params& params, const char* path = "/open311/v2/requests.json") {
        return c->Post(path, params);
    };
    httplib::Params noCode = complaint();
    noCode.erase("service_code");
    auto res = post(noCode);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(json::parse(res->body), json::parse(R"([{"code":400,"description":"service_code is required"}])"));
    httplib::Params unknown = complaint();
    unknown.find("service_code")->second = "zzz";
    EXPECT_EQ(post(unknown)->status, 404) << "GeoReport v2, POST Service Request: a service_code not found is 404";
    httplib::Params longText = complaint();
    longText.find("description")->second = std::string(4001 * 3, 'a');
    res = post(longText);
    ASSERT_TRUE(res);
    EXPECT_TRUE(res->status == 400 || res->status == 413) << res->status;
    httplib::Params badCode = complaint();
    badCode.find("kiosk_tracking_code")->second = "2026110268";
    EXPECT_EQ(post(badCode)->status, 400);
    httplib::Params noPlace = complaint();
    noPlace.erase("address_string");
    res = post(noPlace, "/open311/v2/requests.xml");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_NE(res->body.find("<errors><error><code>400</code><description>a location is required: lat and long, "
                             "address_string or address_id</description></error></errors>"),
              std::string::npos)
        << res->body;
    EXPECT_EQ(server_->caseCount(), 0u);
}

TEST_F(RefServerTest, AWrongDeviceTokenIs403) {
    auto c = client("not-a-token");
    const auto res = c->Get("/open311/v2/services.xml");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403);
    EXPECT_NE(res->body.find("<code>403</code>"), std::string::npos);
    auto anonymous = client("");
    httplib::Params params = complaint();
    params.emplace("api_key", "device-token-1");  // the spec's way works too
    const auto filed = anonymous->Post("/open311/v2/requests.json", params);
    ASSERT_TRUE(filed);
    EXPECT_EQ(filed->status, 201);
}

TEST_F(RefServerTest, StationsAdvanceWithTheDepartmentsWords) {
    auto c = client();
    const auto res = c->Post("/open311/v2/requests.json", complaint());
    ASSERT_TRUE(res);
    const std::string id = json::parse(res->body)[0]["service_request_id"];
    auto admin = client("admin-token");
    const auto moved =
        admin->Post("/admin/requests/" + id + "/advance",
                    R"({"stage":"accepted","agency":"幸福里社区居委会","note":"已受理"})", "application/json");
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->status, 200) << moved->body;
    EXPECT_EQ(server_->progressAll(), 1);  // 办理中
    EXPECT_EQ(server_->progressAll(), 1);  // 已办结
    EXPECT_EQ(server_->progressAll(), 0);  // nothing open
    const auto updates = c->Get("/open311/v2/servicerequestupdates.json?service_request_id=" + id);
    ASSERT_TRUE(updates);
    const json u = json::parse(updates->body);
    ASSERT_EQ(u.size(), 3u);
    EXPECT_EQ(u[0]["stage"], "accepted");
    EXPECT_EQ(u[0]["agency_responsible"], "幸福里社区居委会");
    EXPECT_EQ(u[2]["stage"], "closed");
    EXPECT_EQ(u[2]["status"], "closed");
    const json r = json::parse(c->Get("/open311/v2/requests/" + id + ".json")->body)[0];
    EXPECT_EQ(r["status"], "closed");
    // A device token is not an admin token.
    EXPECT_EQ(c->Post("/admin/requests/" + id + "/advance", "{}", "application/json")->status, 403);
}

TEST_F(RefServerTest, MediaMustBeAJpegWithinItsCapAndOtherBodiesWithinTheirs) {
    auto c = client();
    std::string jpeg = "\xFF\xD8\xFF\xE0";
    jpeg += std::string(1000, 'j');
    auto res = c->Post("/open311/v2/kiosk/media", jpeg, "image/jpeg");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 201);
    const std::string url = json::parse(res->body)["media_url"];
    EXPECT_EQ(url.rfind("https://127.0.0.1:", 0), 0u);
    const auto again = c->Post("/open311/v2/kiosk/media", jpeg, "image/jpeg");
    EXPECT_EQ(json::parse(again->body)["media_url"], url) << "the same photo is one file";
    res = c->Post("/open311/v2/kiosk/media", "<svg onload=alert(1)>", "image/jpeg");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    res = c->Post("/open311/v2/kiosk/media", std::string(6 * 1024 * 1024, '\xFF'), "image/jpeg");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 413);
    httplib::Params big = complaint();
    big.find("description")->second = std::string(70 * 1024, 'a');
    res = c->Post("/open311/v2/requests.json", big);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 413);
    EXPECT_EQ(json::parse(res->body)[0]["description"], "request body too large");
}

TEST_F(RefServerTest, AHeartbeatIsValidatedAndAnsweredWithTheDevicesCommands) {
    auto c = client();
    const std::string ok = R"({"device_id":"hall-7","uptime_s":5,"outbox_depth":0,"needs_attention":0})";
    const std::string id = server_->queueCommand("hall-7", "sync_now");
    auto res = c->Post("/open311/v2/kiosk/heartbeat", ok, "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(json::parse(res->body)["commands"], json::parse(R"([{"id":")" + id + R"(","name":"sync_now"}])"));
    res = c->Post("/open311/v2/kiosk/heartbeat", ok, "application/json");
    EXPECT_EQ(json::parse(res->body)["commands"], json::array()) << "a command is delivered once";
    res = c->Post("/open311/v2/kiosk/heartbeat", R"({"device_id":"hall-7","uptime_s":-1})", "application/json");
    EXPECT_EQ(res->status, 400);
    res = c->Post("/open311/v2/kiosk/heartbeat", "not json", "application/json");
    EXPECT_EQ(res->status, 400);
}

TEST_F(RefServerTest, ContentFeedsPageTheDemoSetAndAnswer304WhenNothingChanged) {
    auto c = client();
    const auto manifest = c->Get("/open311/v2/kiosk/manifest.json");
    ASSERT_TRUE(manifest);
    ASSERT_EQ(manifest->status, 200);
    const json m = json::parse(manifest->body);
    int disclosurePages = 0;
    for (const auto& feed : m["feeds"]) {
        if (feed["name"] == "disclosures") disclosurePages = feed["pages"];
    }
    EXPECT_GE(disclosurePages, 7) << "3189 payouts and the rest, 500 records a page";
    const std::string etag = manifest->get_header_value("ETag");
    ASSERT_FALSE(etag.empty());
    const auto unchanged = c->Get("/open311/v2/kiosk/manifest.json", {{"If-None-Match", etag}});
    ASSERT_TRUE(unchanged);
    EXPECT_EQ(unchanged->status, 304);
    EXPECT_TRUE(unchanged->body.empty());
    // Every page together holds every payout of the demo set exactly once.
    std::size_t payouts = 0;
    for (int p = 1; p <= disclosurePages; ++p) {
        const auto page = c->Get("/open311/v2/kiosk/feeds/disclosures.json?page=" + std::to_string(p));
        ASSERT_TRUE(page);
        ASSERT_EQ(page->status, 200);
        const json body = json::parse(page->body);
        EXPECT_EQ(body["page"], p);
        for (const auto& item : body["items"]) payouts += item["kind"] == "payouts" ? 1 : 0;
        const auto again = c->Get("/open311/v2/kiosk/feeds/disclosures.json?page=" + std::to_string(p),
                                  {{"If-None-Match", page->get_header_value("ETag")}});
        EXPECT_EQ(again->status, 304);
    }
    EXPECT_EQ(payouts, 3189u);
    EXPECT_EQ(c->Get("/open311/v2/kiosk/feeds/disclosures.json?page=999")->status, 404);
    EXPECT_EQ(c->Get("/open311/v2/kiosk/feeds/disclosures.json?page=-1")->status, 400);
    EXPECT_EQ(c->Get("/open311/v2/kiosk/feeds/nothing.json")->status, 404);
}

// 查我本人的记录 (docs/api.md): the ID number in the body, that one person's payouts back — every
// month and type of the demo set, nobody else's — and no ID number in any public feed.
TEST_F(RefServerTest, SelfRecordsAnswerOnePersonsPayoutsByTheIdNumberInTheBody) {
    const std::string idNumber = "110101194503120019";  // 王大华 of 幸福里 in assets/demo/residents.json
    std::ifstream demo(std::filesystem::path(KIOSK_DEFAULT_ASSETS_DIR) / "demo" / "disclosures.json");
    const json set = json::parse(demo);
    std::size_t his = 0;
    for (const auto& p : set["payouts"]) his += p["name"] == "王大华" && p["community"] == "xingfuli" ? 1 : 0;
    ASSERT_GT(his, 0u);

    auto c = client();
    auto res = c->Post("/open311/v2/kiosk/v1/self/records", json{{"id_number", idNumber}}.dump(), "application/json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store");
    const json answer = json::parse(res->body);
    EXPECT_EQ(answer["payouts"].size(), his);
    for (const auto& p : answer["payouts"]) {
        EXPECT_EQ(p["name"], "王大华");
        EXPECT_EQ(p["community"], "xingfuli");
    }
    ASSERT_EQ(answer["communities"].size(), 1u);
    EXPECT_EQ(answer["communities"][0]["id"], "xingfuli");
    EXPECT_FALSE(answer["subsidy_types"].empty());
    EXPECT_EQ(res->body.find(idNumber), std::string::npos) << "the answer does not echo the number";

    // A number nobody holds: nothing. A wrong check digit, another shape, no token: refused.
    res = c->Post("/open311/v2/kiosk/v1/self/records", json{{"id_number", "110101194503120027"}}.dump(),
                  "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_TRUE(json::parse(res->body)["payouts"].empty());
    EXPECT_EQ(c->Post("/open311/v2/kiosk/v1/self/records", json{{"id_number", "110101194503120018"}}.dump(),
                      "application/json")
                  ->status,
              400);
    EXPECT_EQ(
        c->Post("/open311/v2/kiosk/v1/self/records", json{{"id_number", 110101194503120019}}.dump(), "application/json")
            ->status,
        400);
    EXPECT_EQ(c->Post("/open311/v2/kiosk/v1/self/records?id_number=" + idNumber, "", "application/json")->status, 400);
    EXPECT_EQ(client("")
                  ->Post("/open311/v2/kiosk/v1/self/records", json{{"id_number", idNumber}}.dump(), "application/json")
                  ->status,
              403);
    // The number only with a bearer token: an api_key beside a header of another kind (which
    // once opened a bucket of its own per header) is refused, and counts for no one.
    for (int i = 0; i < 3; ++i) {
        httplib::SSLClient bare("127.0.0.1", port_);
        bare.set_ca_cert_path(pki_->caPath());
        bare.enable_server_certificate_verification(true);
        EXPECT_EQ(bare.Post("/open311/v2/kiosk/v1/self/records?api_key=device-token-1",
                            {{"Authorization", "X" + std::to_string(i)}}, json{{"id_number", idNumber}}.dump(),
                            "application/json")
                      ->status,
                  403);
    }
    // Six asks a minute per device (five made above): the seventh waits.
    EXPECT_EQ(
        c->Post("/open311/v2/kiosk/v1/self/records", json{{"id_number", idNumber}}.dump(), "application/json")->status,
        200);
    res = c->Post("/open311/v2/kiosk/v1/self/records", json{{"id_number", idNumber}}.dump(), "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 429);
    EXPECT_EQ(res->get_header_value("Retry-After"), "60");

    // No public feed carries an ID number.
    const json m = json::parse(c->Get("/open311/v2/kiosk/manifest.json")->body);
    for (const auto& feed : m["feeds"]) {
        for (int p = 1; p <= feed["pages"].get<int>(); ++p) {
            const std::string name = feed["name"];
            const auto page = c->Get("/open311/v2/kiosk/feeds/" + name + ".json?page=" + std::to_string(p));
            ASSERT_TRUE(page);
            EXPECT_EQ(page->body.find(idNumber), std::string::npos) << name << " page " << p;
            EXPECT_EQ(page->body.find("id_number"), std::string::npos) << name << " page " << p;
        }
    }
}

// The register joins a person to the payout records that are his, not to a name: two people of one
// name in one community (as in the demo set) are two people.
TEST(SelfRecordsRegister, APersonIsHisPayoutsNotHisName) {
    const auto dir = std::filesystem::temp_directory_path() / ("kiosk-register-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "disclosures.json") << R"({"version":"t","updated_at":"2026-11-16 08:00",
        "communities":[{"id":"c1","name":"幸福里社区"}],"subsidy_types":[{"id":"a","name":"甲"},{"id":"b","name":"乙"}],
        "payouts":[{"id":"p1","name":"张三","community":"c1","type":"a","amount_fen":100,"period":"2026-11","paid_on":"2026-11-15","funding":"市级财政","status":"paid"},
                   {"id":"p2","name":"张三","community":"c1","type":"b","amount_fen":200,"period":"2026-11","paid_on":"2026-11-15","funding":"市级财政","status":"paid"}]})";
    std::ofstream(dir / "residents.json") << R"({"residents":[{"id_number":"110101194503120019","payouts":["p2"]}]})";
    const server::SelfRecords records(dir.string());
    const json answer = records.answerFor("110101194503120019");
    ASSERT_EQ(answer["payouts"].size(), 1u);
    EXPECT_EQ(answer["payouts"][0]["id"], "p2");
    ASSERT_EQ(answer["subsidy_types"].size(), 1u);
    EXPECT_EQ(answer["subsidy_types"][0]["id"], "b");
    std::filesystem::remove_all(dir);
}

TEST_F(RefServerTest, AClientThatTrustsAnotherCaCannotConnect) {
    testing::TestPki other((dir_ / "other").string(), "Somebody Else's CA");
    httplib::SSLClient c("127.0.0.1", port_);
    c.set_ca_cert_path(other.caPath());
    c.enable_server_certificate_verification(true);
    const auto res = c.Get("/open311/v2/services.json");
    EXPECT_FALSE(res);
    EXPECT_EQ(res.error(), httplib::Error::SSLServerVerification);
}

}  // namespace
}  // namespace kiosk
