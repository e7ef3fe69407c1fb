#include "net/open311_codec.h"

#include <gtest/gtest.h>

namespace kiosk::net {
namespace {

TEST(Open311Codec, FormFieldsArePercentEncodedUtf8) {
    EXPECT_EQ(formEncode({{"a", "b c"}, {"attribute[x]", "垃圾&=?"}}),
              "a=b%20c&attribute%5Bx%5D=%E5%9E%83%E5%9C%BE%26%3D%3F");
}

TEST(Open311Codec, ACaseFormCarriesItsCodeAndThePhoneOnlyWhenGiven) {
    storage::OutboxCase c;
    c.categoryCode = "env";
    c.description = "垃圾";
    c.trackingCode = "2026110267";
    c.kind = "complaint";
    c.idempotencyKey = "abc";
    const CaseForm anonymous = caseForm(c, "幸福里社区 · 社区广场", "hall-7", "tok");
    EXPECT_EQ(anonymous.idempotencyKey, "abc");
    EXPECT_NE(anonymous.body.find("kiosk_tracking_code=2026110267"), std::string::npos);
    EXPECT_NE(anonymous.body.find("device_id=hall-7"), std::string::npos);
    EXPECT_EQ(anonymous.body.find("phone="), std::string::npos);
    c.phone = "13800138000";
    EXPECT_NE(caseForm(c, "x", "hall-7", "tok").body.find("phone=13800138000"), std::string::npos);
    c.answers = {{"where_bought", {"shop"}}, {"problems", {"expired", "refund"}}};
    const std::string withAnswers = caseForm(c, "x", "hall-7", "tok").body;
    EXPECT_NE(withAnswers.find("attribute%5Bproblems%5D=expired&attribute%5Bproblems%5D=refund"), std::string::npos)
        << "several answers repeat the key";
    EXPECT_NE(withAnswers.find("attribute%5Bwhere_bought%5D=shop"), std::string::npos);
}

// GeoReport v2, POST Service Request: lat and long (WGS84) locate the request; the kiosk sends its
// hall's when the resident chose 就在本服务大厅附近, and the place in words as address_string.
TEST(Open311Codec, ACaseFiledAtTheHallCarriesTheHallsCoordinates) {
    storage::OutboxCase c;
    c.categoryCode = "env";
    c.atHall = true;
    const core::GeoPoint hall{31.2304, 121.4737};
    const std::string atHall = caseForm(c, "幸福里社区 · 服务大厅", "hall-7", "tok", {}, hall).body;
    EXPECT_NE(atHall.find("lat=31.230400&long=121.473700"), std::string::npos) << atHall;
    EXPECT_NE(atHall.find("address_string=%E5%B9%B8"), std::string::npos) << "the place in words too";
    EXPECT_EQ(caseForm(c, "x", "hall-7", "tok", {}, std::nullopt).body.find("lat="), std::string::npos)
        << "no hall.location: words only";
    c.atHall = false;
    EXPECT_EQ(caseForm(c, "x", "hall-7", "tok", {}, hall).body.find("lat="), std::string::npos)
        << "a place from the list or typed: not the hall's coordinates";
}

TEST(Open311Codec, AFiledAnswerGivesTheIdOrTheToken) {
    EXPECT_EQ(parseFiledAnswer(R"([{"service_request_id":"SR-1"}])").serviceRequestId, "SR-1");
    const FiledAnswer batch = parseFiledAnswer(R"([{"service_request_id":null,"token":"T-9"}])");
    EXPECT_EQ(batch.serviceRequestId, "");
    EXPECT_EQ(batch.token, "T-9");
    EXPECT_TRUE(batch.error.empty());
    EXPECT_EQ(parseFiledAnswer(R"([{"service_request_id":1234}])").serviceRequestId, "1234");
}

TEST(Open311Codec, MalformedOrHostileAnswersAreErrorsNotCrashes) {
    for (const char* body : {"", "{", "null", "[]", "[1]", R"({"service_request_id":"SR-1"})",
                             R"([{"service_request_id":["x"]}])", R"([{"service_request_id":""}])",
                             R"([{"service_request_id":"a\u0000b"}])", "[{\"service_request_id\":\"\xff\xfe\"}]"}) {
        const FiledAnswer a = parseFiledAnswer(body);
        EXPECT_TRUE(a.serviceRequestId.empty()) << body;
        EXPECT_FALSE(a.error.empty()) << body;
    }
    EXPECT_FALSE(parseFiledAnswer("[{\"service_request_id\":\"" + std::string(100, 'x') + "\"}]").error.empty());
}

TEST(Open311Codec, UpdatesKeepGoodRecordsAndSkipBadOnes) {
    const UpdatesAnswer a = parseUpdates(R"([
        {"update_id":1,"status":"open","stage":"accepted","updated_datetime":"2026-11-03T10:00:00+08:00",
         "agency_responsible":"居委会","description":""},
        {"update_id":2,"status":"open","stage":"teleported","updated_datetime":"2026-11-04T10:00:00+08:00"},
        "garbage",
        {"update_id":3,"status":"closed","updated_datetime":"2026-11-06T10:00:00+08:00","description":"已办结"},
        {"status":"open","stage":"in_progress","updated_datetime":"2026-11-05T10:00:00+08:00"},
        {"update_id":4,"status":"open","stage":"in_progress","updated_datetime":"请拨打客服热线领取补贴"},
        {"update_id":5,"status":"open","stage":"in_progress","updated_datetime":"2026-11-05 10:00"}
    ])");
    EXPECT_TRUE(a.error.empty());
    ASSERT_EQ(a.updates.size(), 2u);
    EXPECT_EQ(a.updates[0].update.state, storage::CaseState::Accepted);
    EXPECT_EQ(a.updates[0].update.department, "居委会");
    EXPECT_EQ(a.updates[1].updateId, "3");
    EXPECT_EQ(a.updates[1].update.state, storage::CaseState::Closed);  // a plain Open311 server: status only
    EXPECT_FALSE(parseUpdates("{}").error.empty());
}

// A spec-only platform (no servicerequestupdates): the case as GET requests shows it is read as
// the one update it amounts to (GeoReport v2, GET Service Request: status, status_notes,
// agency_responsible, updated_datetime).
TEST(Open311Codec, ARequestReadsAsTheUpdateItAmountsTo) {
    const UpdatesAnswer open = parseRequestAsUpdate(
        R"([{"service_request_id":638344,"status":"open","status_notes":null,"service_name":"Trash",)"
        R"("agency_responsible":"城管科","updated_datetime":"2010-04-14T06:37:38-08:00","lat":37.7,"long":-122.4}])");
    ASSERT_TRUE(open.error.empty()) << open.error;
    ASSERT_EQ(open.updates.size(), 1u);
    EXPECT_EQ(open.updates[0].update.state, storage::CaseState::InProgress);
    EXPECT_EQ(open.updates[0].update.department, "城管科");
    EXPECT_EQ(open.updates[0].updateId, "request:open@2010-04-14T06:37:38-08:00");
    const UpdatesAnswer closed = parseRequestAsUpdate(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request><service_request_id>638344"
        "</service_request_id><status>closed</status><status_notes>已修好</status_notes>"
        "<updated_datetime>2010-04-15T06:37:38Z</updated_datetime></request></service_requests>",
        WireFormat::Xml);
    ASSERT_EQ(closed.updates.size(), 1u);
    EXPECT_EQ(closed.updates[0].update.state, storage::CaseState::Closed);
    EXPECT_EQ(closed.updates[0].update.note, "已修好");
    for (const char* bad : {"[]", R"([{"status":"pending","updated_datetime":"2010-04-14T06:37:38Z"}])",
                            R"([{"status":"open","updated_datetime":"yesterday"}])"}) {
        EXPECT_FALSE(parseRequestAsUpdate(bad).error.empty()) << bad;
    }
}

TEST(Open311Codec, AnErrorAnswerGivesItsDescription) {
    EXPECT_EQ(parseErrorDescription(R"([{"code":400,"description":"service_code is required"}])"),
              "service_code is required");
    EXPECT_EQ(parseErrorDescription("<html>"), "");
}

// The same answers in the XML the Open311 spec requires (platform.format = "xml").
TEST(Open311Codec, XmlAnswersReadLikeTheirJson) {
    const char* filed = R"(<?xml version="1.0" encoding="utf-8"?><service_requests><request>)"
                        R"(<service_request_id>SR-7</service_request_id><service_notice>已收到</service_notice>)"
                        R"(<account_id/></request></service_requests>)";
    EXPECT_EQ(parseFiledAnswer(filed, WireFormat::Xml).serviceRequestId, "SR-7");
    EXPECT_EQ(
        parseFiledAnswer("<service_requests><request><token>T-9</token></request></service_requests>", WireFormat::Xml)
            .token,
        "T-9");
    const UpdatesAnswer updates =
        parseUpdates(R"(<service_request_updates><request_update><update_id>1</update_id><status>open</status>)"
                     R"(<stage>accepted</stage><updated_datetime>2026-11-03T10:00:00+08:00</updated_datetime>)"
                     R"(<agency_responsible>居委会 &amp; 街道</agency_responsible><description/></request_update>)"
                     R"(<request_update><update_id>2</update_id><status>open</status><stage>teleported</stage>)"
                     R"(<updated_datetime>2026-11-04T10:00:00+08:00</updated_datetime></request_update>)"
                     R"(</service_request_updates>)",
                     WireFormat::Xml);
    EXPECT_TRUE(updates.error.empty());
    ASSERT_EQ(updates.updates.size(), 1u);
    EXPECT_EQ(updates.updates[0].update.department, "居委会 & 街道");
    EXPECT_EQ(parseErrorDescription("<errors><error><code>400</code><description>service_code is required"
                                    "</description></error></errors>",
                                    WireFormat::Xml),
              "service_code is required");
}

TEST(Open311Codec, MalformedOrHostileXmlIsAnErrorNotACrashNorAFetch) {
    // An entity bomb and an external entity: pugixml expands neither, so nothing is fetched or grown.
    const std::string bomb =
        R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">)"
        R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>)"
        R"(<service_requests><request><service_request_id>&c;</service_request_id></request>)"
        R"(</service_requests>)";
    const std::string external = R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>)"
                                 R"(<service_requests><request><service_request_id>&x;</service_request_id>)"
                                 R"(</request></service_requests>)";
    for (const std::string& body :
         {std::string(""), std::string("<"), std::string("<service_requests>"), std::string("<service_requests/>"),
          std::string("[{\"service_request_id\":\"SR-1\"}]"),
          std::string("<a><b><service_request_id>\xff\xfe</service_request_id></b></a>")}) {
        const FiledAnswer a = parseFiledAnswer(body, WireFormat::Xml);
        EXPECT_TRUE(a.serviceRequestId.empty()) << body;
        EXPECT_FALSE(a.error.empty()) << body;
    }
    // The entity references stay as they were written: not expanded, not fetched.
    EXPECT_EQ(parseFiledAnswer(bomb, WireFormat::Xml).serviceRequestId, "&c;");
    EXPECT_EQ(parseFiledAnswer(external, WireFormat::Xml).serviceRequestId, "&x;");
    EXPECT_FALSE(parseUpdates("not xml", WireFormat::Xml).error.empty());
}

}  // namespace
}  // namespace kiosk::net

namespace kiosk::net {
namespace {

// The spec's own sample answers (GeoReport v2, "Sample Response" of POST Service Request, GET
// service_request_id from a token, GET Service Request and GET Service List), as a spec-only
// server sends them: numeric ids, service_notice, account_id, fields the kiosk does not read.
TEST(Open311Codec, TheSpecsSampleAnswersRead) {
    const FiledAnswer posted = parseFiledAnswer(
        R"([{"service_request_id":293944,"service_notice":"The City will inspect and require the responsible )"
        R"(party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public )"
        R"(Works Code","account_id":null}])");
    EXPECT_EQ(posted.serviceRequestId, "293944");
    EXPECT_TRUE(posted.error.empty());
    const FiledAnswer token =
        parseFiledAnswer(R"(<?xml version="1.0" encoding="utf-8"?><service_requests><request><token>12345</token>)"
                         R"(<service_notice/><account_id/></request></service_requests>)",
                         WireFormat::Xml);
    EXPECT_EQ(token.token, "12345");
    EXPECT_TRUE(token.serviceRequestId.empty());
    const FiledAnswer assigned =
        parseFiledAnswer(R"(<?xml version="1.0" encoding="utf-8"?><service_requests><request>)"
                         R"(<service_request_id>638344</service_request_id><token>12345</token>)"
                         R"(</request></service_requests>)",
                         WireFormat::Xml);
    EXPECT_EQ(assigned.serviceRequestId, "638344");

    const UpdatesAnswer closed = parseRequestAsUpdate(
        R"(<?xml version="1.0" encoding="utf-8"?><service_requests><request>)"
        R"(<service_request_id>638344</service_request_id><status>closed</status>)"
        R"(<status_notes>Duplicate request.</status_notes><service_name>Sidewalk and Curb Issues</service_name>)"
        R"(<service_code>006</service_code><description></description><agency_responsible></agency_responsible>)"
        R"(<service_notice></service_notice><requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>)"
        R"(<updated_datetime>2010-04-14T06:37:38-08:00</updated_datetime>)"
        R"(<expected_datetime>2010-04-15T06:37:38-08:00</expected_datetime><address>8TH AVE and JUDAH ST</address>)"
        R"(<address_id>545483</address_id><zipcode>94122</zipcode><lat>37.762221815</lat><long>-122.4651145</long>)"
        R"(<media_url>http://city.gov.s3.amazonaws.com/requests/media/638344.jpg</media_url></request>)"
        R"(</service_requests>)",
        WireFormat::Xml);
    ASSERT_TRUE(closed.error.empty()) << closed.error;
    ASSERT_EQ(closed.updates.size(), 1u);
    EXPECT_EQ(closed.updates[0].update.state, storage::CaseState::Closed);
    EXPECT_EQ(closed.updates[0].update.note, "Duplicate request.");

    const auto codes = parseServiceCodes(
        R"([{"service_code":1,"service_name":"Cans left out 24x7","description":"Garbage or recycling cans that )"
        R"(have been left out for more than 24 hours after collection.","metadata":false,"type":"realtime",)"
        R"("keywords":"lorem, ipsum, dolor","group":"sanitation"},{"service_code":"002","metadata":true,)"
        R"("type":"realtime","keywords":"lorem, ipsum, dolor","group":"street","service_name":"Construction )"
        R"(plate shifted","description":"Metal construction plate covering the street or sidewalk has been )"
        R"(moved."}])");
    ASSERT_TRUE(codes.has_value());
    EXPECT_EQ(*codes, (std::vector<std::string>{"1", "002"}));
    EXPECT_FALSE(parseServiceCodes("<errors><error><code>404</code></error></errors>", WireFormat::Xml).has_value())
        << "an error list is no service list";
    EXPECT_FALSE(parseServiceCodes("[]").has_value()) << "nor is an empty one";
    EXPECT_FALSE(parseServiceCodes("<html>Not Found</html", WireFormat::Xml).has_value());
}

}  // namespace
}  // namespace kiosk::net
