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
}

TEST(Open311Codec, AFiledAnswerGivesTheIdOrTheToken) {
    EXPECT_EQ(parseFiledAnswer(R"([{"service_request_id":"SR-1"}])").serviceRequestId, "SR-1");
    EXPECT_EQ(parseFiledAnswer(R"([{"service_request_id":null,"token":"T-9"}])").serviceRequestId, "T-9");
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
        {"status":"open","stage":"in_progress","updated_datetime":"2026-11-05T10:00:00+08:00"}
    ])");
    EXPECT_TRUE(a.error.empty());
    ASSERT_EQ(a.updates.size(), 2u);
    EXPECT_EQ(a.updates[0].update.state, storage::CaseState::Accepted);
    EXPECT_EQ(a.updates[0].update.department, "居委会");
    EXPECT_EQ(a.updates[1].updateId, "3");
    EXPECT_EQ(a.updates[1].update.state, storage::CaseState::Closed);  // a plain Open311 server: status only
    EXPECT_FALSE(parseUpdates("{}").error.empty());
}

TEST(Open311Codec, AnErrorAnswerGivesItsDescription) {
    EXPECT_EQ(parseErrorDescription(R"([{"code":400,"description":"service_code is required"}])"),
              "service_code is required");
    EXPECT_EQ(parseErrorDescription("<html>"), "");
}

}  // namespace
}  // namespace kiosk::net
