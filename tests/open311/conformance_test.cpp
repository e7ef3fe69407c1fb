// Open311 GeoReport v2 conformance of refserver, written from the spec's text
// (https://wiki.open311.org/GeoReport_v2) and its samples. Each test names the section it checks.
// The server is the refserver program started as a city would start it; the client is the
// tests' own spec-only client (spec_client.h): libcurl + pugixml, no kiosk code. Every method
// table runs in both formats, XML (the spec's required one) and JSON.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <thread>

#include "suite.h"

namespace open311_conformance {
namespace {

class Conformance : public ::testing::TestWithParam<std::string> {
protected:
    bool xml() const { return GetParam() == "xml"; }
    std::string ext() const { return "." + GetParam(); }
    SpecClient client() const { return SpecClient(servers->standard->endpoint(), servers->pki->caPath()); }
    SpecClient specOnlyClient() const { return SpecClient(servers->specOnly->endpoint(), servers->pki->caPath()); }
    ItemList list(const Answer& a) const { return readList(a.body, xml()); }

    // Every answer is in the URL's format: XML with the spec's declaration, or JSON.
    void expectFormat(const Answer& a) const {
        if (xml()) {
            EXPECT_NE(a.contentType.find("xml"), std::string::npos) << a.contentType;
            EXPECT_TRUE(hasUtf8Declaration(a.body)) << a.body.substr(0, 80);
        } else {
            EXPECT_NE(a.contentType.find("json"), std::string::npos) << a.contentType;
        }
    }

    // The spec's error answer: errors/error/{code,description} (a list of objects in JSON).
    void expectError(const Answer& a, long status) const {
        EXPECT_EQ(a.status, status) << a.body;
        expectFormat(a);
        const ItemList errors = list(a);
        ASSERT_TRUE(errors.ok) << a.body;
        if (xml()) {
            EXPECT_EQ(errors.root, "errors");
            ASSERT_FALSE(errors.itemNames.empty());
            EXPECT_EQ(errors.itemNames[0], "error");
        }
        ASSERT_EQ(errors.items.size(), 1u) << a.body;
        EXPECT_EQ(errors.items[0].names(), (std::vector<std::string>{"code", "description"})) << a.body;
        EXPECT_EQ(errors.items[0].text("code"), std::to_string(status));
        EXPECT_FALSE(errors.items[0].text("description").empty());
    }

    std::string file(const Fields& form) const {
        const Answer a = client().post("/requests" + ext(), form);
        EXPECT_TRUE(a.status == 200 || a.status == 201) << a.status << " " << a.body;
        const ItemList filed = list(a);
        return filed.ok && !filed.items.empty() ? filed.items[0].text("service_request_id") : "";
    }

    void advance(const std::string& id, const std::string& stage, const std::string& note) const {
        const Answer a = client().send(
            "POST",
            "https://127.0.0.1:" + std::to_string(servers->standard->port()) + "/admin/requests/" + id + "/advance",
            nlohmann::json{{"stage", stage}, {"agency", "市场监管所"}, {"note", note}}.dump(),
            {"Authorization: Bearer " + kAdmin, "Content-Type: application/json"});
        ASSERT_EQ(a.status, 200) << a.body;
    }

    static bool holdsId(const ItemList& l, const std::string& id) {
        for (const Item& i : l.items) {
            if (i.text("service_request_id") == id) return true;
        }
        return false;
    }
};

// GET Service List — "Requires API Key: No"; services/service with the sample's fields in order.
TEST_P(Conformance, GetServiceListNeedsNoApiKeyAndFollowsTheSample) {
    const Answer a = client().get("/services" + ext());
    ASSERT_EQ(a.status, 200) << a.body;
    expectFormat(a);
    const ItemList services = list(a);
    ASSERT_TRUE(services.ok);
    ASSERT_GE(services.items.size(), 5u);
    if (xml()) {
        EXPECT_EQ(services.root, "services");
    }
    for (std::size_t i = 0; i < services.items.size(); ++i) {
        const Item& s = services.items[i];
        if (xml()) {
            EXPECT_EQ(services.itemNames[i], "service");
            EXPECT_EQ(s.names(), (std::vector<std::string>{"service_code", "service_name", "description", "metadata",
                                                           "type", "keywords", "group"}));
        }
        EXPECT_FALSE(s.text("service_code").empty());
        EXPECT_TRUE(s.text("metadata") == "true" || s.text("metadata") == "false") << s.text("metadata");
        EXPECT_EQ(s.text("type"), "realtime");
    }
}

// GET Service Definition — "Requires API Key: No"; service_definition with its attributes, each
// with variable, code, datatype, required, datatype_description, order, description, values.
TEST_P(Conformance, GetServiceDefinitionNeedsNoApiKeyAndListsTheAttributes) {
    const Answer a = client().get("/services/wages" + ext());
    ASSERT_EQ(a.status, 200) << a.body;
    expectFormat(a);
    std::vector<std::string> codes;
    if (xml()) {
        pugi::xml_document doc;
        ASSERT_TRUE(doc.load_string(a.body.c_str()));
        const pugi::xml_node def = doc.document_element();
        EXPECT_STREQ(def.name(), "service_definition");
        EXPECT_STREQ(def.child_value("service_code"), "wages");
        for (const pugi::xml_node attribute : def.child("attributes").children("attribute")) {
            std::vector<std::string> names;
            for (const pugi::xml_node f : attribute.children()) names.push_back(f.name());
            EXPECT_EQ(names, (std::vector<std::string>{"variable", "code", "datatype", "required",
                                                       "datatype_description", "order", "description", "values"}));
            EXPECT_TRUE(attribute.child("values").child("value").child("key"));
            EXPECT_TRUE(attribute.child("values").child("value").child("name"));
            codes.push_back(attribute.child_value("code"));
        }
    } else {
        const auto def = nlohmann::json::parse(a.body);
        EXPECT_EQ(def["service_code"], "wages");
        for (const auto& attribute : def["attributes"]) {
            for (const char* key : {"variable", "code", "datatype", "required", "datatype_description", "order",
                                    "description", "values"}) {
                EXPECT_TRUE(attribute.contains(key)) << key;
            }
            codes.push_back(attribute["code"].get<std::string>());
        }
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"owed_for", "people"}));
}

// GET Service Definition, Errors: "404 - service_code or jurisdiction_id provided were not
// found" — for any characters the path decodes to, in the URL's format.
TEST_P(Conformance, AnUnknownServiceCodeIsA404InTheUrlsFormat) {
    expectError(client().get("/services/no_such_service" + ext()), 404);
    expectError(client().get("/services/%E6%97%A0%20such%3Cx%3E" + ext()), 404);
    expectError(client().get("/services/wages" + ext(), {{"jurisdiction_id", "other.gov"}}), 404);
}

// POST Service Request — "Requires API Key: Yes" (403 "api_key was not provided or invalid");
// the sample request is filed and answered with service_request_id, service_notice, account_id.
TEST_P(Conformance, PostServiceRequestNeedsTheApiKeyAndTakesTheSpecsSample) {
    expectError(client().post("/requests" + ext(), without(samplePost(), "api_key")), 403);
    expectError(client().post("/requests" + ext(), with(samplePost(), "api_key", "not-a-key")), 403);
    const Answer a = client().post("/requests" + ext(), samplePost());
    ASSERT_TRUE(a.status == 200 || a.status == 201) << a.status << " " << a.body;
    expectFormat(a);
    const ItemList filed = list(a);
    ASSERT_TRUE(filed.ok);
    ASSERT_EQ(filed.items.size(), 1u);
    if (xml()) {
        EXPECT_EQ(filed.root, "service_requests");
        EXPECT_EQ(filed.itemNames[0], "request");
        EXPECT_EQ(filed.items[0].names(),
                  (std::vector<std::string>{"service_request_id", "service_notice", "account_id"}));
    }
    EXPECT_FALSE(filed.items[0].text("service_request_id").empty());
}

// POST Service Request, Errors: 400 for a required parameter missing (service_code, a location,
// a required attribute), 404 for a service_code or jurisdiction_id not found.
TEST_P(Conformance, PostServiceRequestErrorsAre400And404) {
    expectError(client().post("/requests" + ext(), without(samplePost(), "service_code")), 400);
    expectError(
        client().post("/requests" + ext(), without(without(without(samplePost(), "lat"), "long"), "address_string")),
        400);
    expectError(client().post("/requests" + ext(), without(samplePost(), "attribute[owed_for]")), 400);
    expectError(client().post("/requests" + ext(), with(samplePost(), "service_code", "no_such_service")), 404);
    expectError(client().post("/requests" + ext(), with(samplePost(), "jurisdiction_id", "other.gov")), 404);
}

// Optional parameters: "the response should be the same whether a parameter is passed and is
// empty or is not passed at all" — an empty email, address_id, optional attribute; and an empty
// required one reads as missing.
TEST_P(Conformance, AnEmptyOptionalParameterIsTheSameAsNone) {
    Fields form = with(with(with(samplePost(), "email", ""), "attribute[people]", ""), "jurisdiction_id", "");
    form.emplace_back("address_id", "");
    EXPECT_FALSE(file(form).empty());
    expectError(client().post("/requests" + ext(), with(samplePost(), "attribute[owed_for]", "")), 400);
    const Answer window = client().get("/requests" + ext(), {{"start_date", ""}, {"end_date", ""}, {"status", ""}});
    EXPECT_EQ(window.status, 200) << window.body;
}

// GET Service Request — "Requires API Key: No"; the sample's fields in its order, with the
// location as filed: lat/long (WGS84), address, address_id.
TEST_P(Conformance, GetServiceRequestGivesTheLocationInTheSamplesOrder) {
    Fields form = samplePost();
    form.emplace_back("address_id", "A-2207");
    const std::string id = file(form);
    ASSERT_FALSE(id.empty());
    const Answer a = client().get("/requests/" + id + ext());
    ASSERT_EQ(a.status, 200) << a.body;
    expectFormat(a);
    const ItemList found = list(a);
    ASSERT_TRUE(found.ok);
    ASSERT_EQ(found.items.size(), 1u);
    const Item& r = found.items[0];
    if (xml()) {
        EXPECT_EQ(found.root, "service_requests");
        EXPECT_EQ(r.names(),
                  (std::vector<std::string>{"service_request_id", "status", "status_notes", "service_name",
                                            "service_code", "description", "agency_responsible", "service_notice",
                                            "requested_datetime", "updated_datetime", "expected_datetime", "address",
                                            "address_id", "zipcode", "lat", "long", "media_url"}));
    }
    EXPECT_EQ(r.text("service_request_id"), id);
    EXPECT_EQ(r.text("status"), "open");
    EXPECT_NEAR(std::stod(r.text("lat")), 37.76524078, 1e-7);
    EXPECT_NEAR(std::stod(r.text("long")), -122.4212043, 1e-7);
    EXPECT_EQ(r.text("address"), "1234 5th street");
    EXPECT_EQ(r.text("address_id"), "A-2207");
    EXPECT_EQ(r.text("media_url"), "https://mysite.com/images/hole.jpg");
    if (!xml()) {
        // The spec's JSON sample: a value the request does not have is null ("description":null).
        const auto raw = nlohmann::json::parse(a.body).at(0);
        EXPECT_TRUE(raw.at("expected_datetime").is_null()) << a.body;
        EXPECT_TRUE(raw.at("zipcode").is_null()) << a.body;
        EXPECT_TRUE(raw.at("lat").is_number()) << a.body;
    }
    expectError(client().get("/requests/999999999" + ext()), 404);
    expectError(client().get("/requests/%E6%97%A0" + ext()), 404);
}

// GET Service Requests — "Requires API Key: No"; start_date/end_date are W3C date-times and
// compare as instants in any offset (the sample window is in Z); status filters; no dates is
// the most recent 90 days; a span past 90 days is refused (400).
TEST_P(Conformance, GetServiceRequestsFindsByInstantInAnyOffset) {
    const std::string id = file(samplePost());
    ASSERT_FALSE(id.empty());
    auto found = [&](const Fields& query) {
        const Answer a = client().get("/requests" + ext(), query);
        EXPECT_EQ(a.status, 200) << a.body;
        return holdsId(list(a), id);
    };
    EXPECT_TRUE(found({{"start_date", w3c(-3600)}, {"end_date", w3c(3600)}, {"status", "open"}}));
    EXPECT_TRUE(found({{"start_date", w3c(-3600, 480)}, {"end_date", w3c(3600, -300)}}));
    EXPECT_TRUE(found({{"start_date", w3c(-60, -300)}}));
    EXPECT_TRUE(found({}));
    EXPECT_FALSE(found({{"start_date", w3c(-7200)}, {"end_date", w3c(-3600)}}));
    EXPECT_FALSE(found({{"start_date", w3c(-3600)}, {"end_date", w3c(3600)}, {"status", "closed"}}));
    EXPECT_TRUE(found({{"service_code", "env,wages"}}));
    EXPECT_FALSE(found({{"service_code", "env"}}));
    EXPECT_TRUE(found({{"service_request_id", "1," + id}}));
    expectError(client().get("/requests" + ext(), {{"start_date", w3c(-91 * 86400)}, {"end_date", w3c(0)}}), 400);
    expectError(client().get("/requests" + ext(), {{"start_date", "yesterday"}}), 400);

    // A window is instants, to the fraction of a second: it starts half a second after the case.
    const std::string filedAt = list(client().get("/requests/" + id + ext())).items.at(0).text("requested_datetime");
    ASSERT_EQ(filedAt.size(), 25u) << filedAt;  // 2026-12-02T13:00:34+08:00
    const std::string halfASecondLater = filedAt.substr(0, 19) + ".5" + filedAt.substr(19);
    EXPECT_TRUE(found({{"start_date", filedAt.substr(0, 19) + ".000" + filedAt.substr(19)}}));
    EXPECT_FALSE(found({{"start_date", halfASecondLater}}));
    // A client that did not percent-encode the offset's '+' (a query reads it as a space) means it.
    const Answer raw =
        client().send("GET", servers->standard->endpoint() + "/requests" + ext() + "?start_date=" + filedAt, "", {});
    EXPECT_EQ(raw.status, 200) << raw.body;
    EXPECT_TRUE(holdsId(list(raw), id));
}

// POST Service Request, attribute: "multiple values for the same code in the case of a
// multivaluelist datatype (attribute[code1][]=value1&attribute[code1][]=value2…)".
TEST_P(Conformance, AMultiValueAnswerIsTakenAsTheSpecWritesIt) {
    Fields form = with(samplePost(), "service_code", "consumer");
    form = without(without(form, "attribute[owed_for]"), "attribute[people]");
    form.emplace_back("attribute[where_bought]", "shop");
    form.emplace_back("attribute[problems][]", "quality");
    form.emplace_back("attribute[problems][]", "price");
    EXPECT_FALSE(file(form).empty());
    Fields twice = with(samplePost(), "jurisdiction_id", kJurisdiction);
    expectError(client().post("/requests" + ext() + "?jurisdiction_id=other.gov", twice), 400);
}

// servicerequestupdates (the widely used updates extension, docs/api.md): GET by a window with
// no request id; POST a resident's follow-up (api_key) on an open case.
TEST_P(Conformance, UpdatesAreReadByWindowAndAFollowUpIsPosted) {
    const std::string id = file(samplePost());
    ASSERT_FALSE(id.empty());
    advance(id, "accepted", "已受理，转市场监管所");
    const Answer byWindow =
        client().get("/servicerequestupdates" + ext(), {{"start_date", w3c(-3600)}, {"end_date", w3c(3600)}});
    ASSERT_EQ(byWindow.status, 200) << byWindow.body;
    expectFormat(byWindow);
    const ItemList updates = list(byWindow);
    ASSERT_TRUE(updates.ok);
    bool seen = false;
    for (const Item& u : updates.items) {
        if (u.text("service_request_id") != id) continue;
        seen = true;
        for (const char* name : {"update_id", "service_request_id", "status", "updated_datetime", "description"}) {
            EXPECT_TRUE(u.get(name)) << name;
        }
        EXPECT_EQ(u.text("description"), "已受理，转市场监管所");
    }
    EXPECT_TRUE(seen) << byWindow.body;

    expectError(client().post("/servicerequestupdates" + ext(), {{"service_request_id", id}, {"description", "x"}}),
                403);
    const Answer posted = client().post("/servicerequestupdates" + ext(), {{"api_key", kApiKey},
                                                                           {"service_request_id", id},
                                                                           {"description", "补充：老板电话已停机"},
                                                                           {"status", "open"},
                                                                           {"updated_datetime", w3c(0)},
                                                                           {"media_url", ""}});
    ASSERT_TRUE(posted.status == 200 || posted.status == 201) << posted.body;
    const ItemList answer = list(posted);
    ASSERT_EQ(answer.items.size(), 1u) << posted.body;
    EXPECT_FALSE(answer.items[0].text("update_id").empty());
    const Answer again = client().get("/servicerequestupdates" + ext(), {{"service_request_id", "0, " + id}});
    EXPECT_NE(again.body.find("补充：老板电话已停机"), std::string::npos) << again.body;
    expectError(client().post("/servicerequestupdates" + ext(),
                              {{"api_key", kApiKey}, {"service_request_id", "999999999"}, {"description", "x"}}),
                404);
}

// Format by extension, always: an unknown route answers 404 in the URL's format.
TEST_P(Conformance, AnUnknownRouteIsA404InTheUrlsFormat) {
    expectError(client().get("/no_such_method" + ext()), 404);
    expectError(client().get("/requests/1/more" + ext()), 404);
}

// jurisdiction_id — "This is only required if the endpoint serves multiple jurisdictions": the
// served one and none are fine on every call; another is a 404.
TEST_P(Conformance, JurisdictionIdIsAcceptedOnEveryCall) {
    EXPECT_EQ(client().get("/services" + ext(), {{"jurisdiction_id", kJurisdiction}}).status, 200);
    EXPECT_EQ(client().get("/requests" + ext(), {{"jurisdiction_id", kJurisdiction}}).status, 200);
    expectError(client().get("/services" + ext(), {{"jurisdiction_id", "other.gov"}}), 404);
    expectError(client().get("/requests" + ext(), {{"jurisdiction_id", "other.gov"}}), 404);
    expectError(client().get("/servicerequestupdates" + ext(), {{"jurisdiction_id", "other.gov"}}), 404);
}

// GET service_request_id from a token — a batch server's POST answers a token; GET tokens/{token}
// ("Requires API Key: No") gives service_request_id once the server has assigned it.
TEST_P(Conformance, ABatchServerAnswersATokenThatBecomesAnId) {
    const Answer services = specOnlyClient().get("/services" + ext());
    ASSERT_EQ(services.status, 200);
    EXPECT_EQ(list(services).items.at(0).text("type"), "batch");
    const Answer a = specOnlyClient().post("/requests" + ext(), without(samplePost(), "jurisdiction_id"));
    ASSERT_TRUE(a.status == 200 || a.status == 201) << a.body;
    const ItemList filed = list(a);
    ASSERT_EQ(filed.items.size(), 1u);
    if (xml()) {
        EXPECT_EQ(filed.items[0].names(), (std::vector<std::string>{"token", "service_notice", "account_id"}));
    }
    const std::string token = filed.items[0].text("token");
    ASSERT_FALSE(token.empty()) << a.body;
    EXPECT_EQ(filed.items[0].get("service_request_id"), nullptr);
    std::string id;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (id.empty() && std::chrono::steady_clock::now() < until) {
        const Answer t = specOnlyClient().get("/tokens/" + token + ext());
        ASSERT_EQ(t.status, 200) << t.body;
        const ItemList state = list(t);
        ASSERT_EQ(state.items.size(), 1u);
        if (xml()) {
            EXPECT_EQ(state.items[0].names(), (std::vector<std::string>{"service_request_id", "token"}));
        }
        EXPECT_EQ(state.items[0].text("token"), token);
        id = state.items[0].text("service_request_id");
        if (id.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    ASSERT_FALSE(id.empty()) << "the token never got its id";
    EXPECT_EQ(specOnlyClient().get("/requests/" + id + ext()).status, 200);
    expectError(specOnlyClient().get("/tokens/no_such_token" + ext()), 404);
}

INSTANTIATE_TEST_SUITE_P(BothFormats, Conformance, ::testing::Values("xml", "json"),
                         [](const auto& p) { return p.param; });

}  // namespace
}  // namespace open311_conformance

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    open311_conformance::servers = new open311_conformance::Servers;
    ::testing::AddGlobalTestEnvironment(open311_conformance::servers);
    return RUN_ALL_TESTS();
}
