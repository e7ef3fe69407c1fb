// What an anonymous caller sees (docs/api.md "What is public"). GeoReport v2 asks no API key for
// its GETs, so anyone on the network may read them: a 举报 (report) is left out of every public
// answer, for the reporter's safety, and no answer — public or a device's — carries a person's
// phone, e-mail, name, account or a case's anonymous PIN check.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "suite.h"

namespace open311_conformance {
namespace {

const std::vector<std::string> kPersonal = {"13912345678", "li.hua@example.cn", "李明华", "acct-778899",
                                            "0123456789abcdef0123456789abcdef"};
const std::string kReportWords = "举报村委会虚报冒领低保金";

Fields withPerson(Fields form) {
    form = with(with(with(form, "phone", kPersonal[0]), "email", kPersonal[1]), "account_id", kPersonal[3]);
    form = with(with(form, "first_name", kPersonal[2]), "last_name", "");
    form.emplace_back("kiosk_access_salt", kPersonal[4]);
    form.emplace_back("kiosk_access_check", std::string(64, 'e'));
    return form;
}

class PublicView : public ::testing::TestWithParam<std::string> {
protected:
    bool xml() const { return GetParam() == "xml"; }
    std::string ext() const { return "." + GetParam(); }
    SpecClient client() const { return SpecClient(servers->standard->endpoint(), servers->pki->caPath()); }

    std::string file(const Fields& form) const {
        const Answer a = client().post("/requests" + ext(), form);
        EXPECT_TRUE(a.status == 200 || a.status == 201) << a.body;
        const ItemList l = readList(a.body, xml());
        return l.items.empty() ? "" : l.items[0].text("service_request_id");
    }

    void advance(const std::string& id) const {
        const Answer a = client().send(
            "POST",
            "https://127.0.0.1:" + std::to_string(servers->standard->port()) + "/admin/requests/" + id + "/advance",
            R"({"stage":"accepted","agency":"街道纪工委","note":"已受理"})",
            {"Authorization: Bearer " + kAdmin, "Content-Type: application/json"});
        ASSERT_EQ(a.status, 200) << a.body;
    }

    void expectNothingPersonal(const Answer& a, const std::string& what) const {
        for (const std::string& p : kPersonal) EXPECT_EQ(a.body.find(p), std::string::npos) << what << ": " << p;
        EXPECT_EQ(a.body.find(std::string(64, 'e')), std::string::npos) << what;
    }
};

TEST_P(PublicView, AReportAndAPersonNeverAppearInAPublicAnswer) {
    Fields report = withPerson(samplePost());
    report = with(report, "description", kReportWords);
    report.emplace_back("kiosk_kind", "report");
    const std::string reportId = file(report);
    const std::string complaintId = file(withPerson(samplePost()));
    ASSERT_FALSE(reportId.empty());
    ASSERT_FALSE(complaintId.empty());
    advance(reportId);
    advance(complaintId);

    const Fields window = {{"start_date", w3c(-3600)}, {"end_date", w3c(3600)}};
    const std::vector<std::pair<std::string, Answer>> answers = {
        {"requests window", client().get("/requests" + ext(), window)},
        {"requests default", client().get("/requests" + ext())},
        {"requests by id list",
         client().get("/requests" + ext(), {{"service_request_id", reportId + "," + complaintId}})},
        {"the complaint", client().get("/requests/" + complaintId + ext())},
        {"updates window", client().get("/servicerequestupdates" + ext(), window)},
        {"the complaint's updates",
         client().get("/servicerequestupdates" + ext(), {{"service_request_id", complaintId}})},
        {"the report's updates", client().get("/servicerequestupdates" + ext(), {{"service_request_id", reportId}})},
    };
    for (const auto& [what, a] : answers) {
        ASSERT_EQ(a.status, 200) << what << ": " << a.body;
        expectNothingPersonal(a, what);
        EXPECT_EQ(a.body.find(kReportWords), std::string::npos) << what << " shows the report";
        for (const Item& item : readList(a.body, xml()).items) {
            EXPECT_NE(item.text("service_request_id"), reportId) << what << " shows the report";
        }
    }
    EXPECT_NE(answers[2].second.body.find(complaintId), std::string::npos) << "the complaint is public";
    EXPECT_NE(answers[4].second.body.find(complaintId), std::string::npos) << "its update is public";
    EXPECT_EQ(client().get("/requests/" + reportId + ext()).status, 404) << "a report is not found, publicly";

    // A device (its key) follows every case it may have filed, a report too — still without the person.
    const Answer device = client().get("/requests/" + reportId + ext(), {{"api_key", kApiKey}});
    EXPECT_EQ(device.status, 200) << device.body;
    EXPECT_NE(device.body.find(kReportWords), std::string::npos);
    expectNothingPersonal(device, "a device's view");
    EXPECT_EQ(client().get("/requests" + ext(), {{"api_key", "wrong-key"}}).status, 403)
        << "a key given and wrong is refused, not read as anonymous";
}

INSTANTIATE_TEST_SUITE_P(BothFormats, PublicView, ::testing::Values("xml", "json"),
                         [](const auto& p) { return p.param; });

}  // namespace
}  // namespace open311_conformance
