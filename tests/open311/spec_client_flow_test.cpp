// A third-party client's whole visit, in XML as widely used Open311 clients speak it, knowing only
// the spec: list the services, read one's definition, post a request answering its required
// questions (an optional one left empty), read it back with its location, find it in a window
// given in Z, read its updates by window, and meet each error in the spec's XML.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "suite.h"

namespace open311_conformance {
namespace {

TEST(SpecOnlyClient, FilesAndTracksACaseInXml) {
    const SpecClient city(servers->standard->endpoint(), servers->pki->caPath());
    const ItemList services = readList(city.get("/services.xml").body, true);
    ASSERT_TRUE(services.ok);
    std::string code;
    for (const Item& s : services.items) {
        if (s.text("metadata") == "true") code = s.text("service_code");
    }
    ASSERT_FALSE(code.empty()) << "a service with questions";

    pugi::xml_document definition;
    ASSERT_TRUE(definition.load_string(city.get("/services/" + code + ".xml").body.c_str()));
    Fields form = {{"api_key", kApiKey}, {"service_code", code},         {"lat", "31.2304"},
                   {"long", "121.4737"}, {"address_string", "人民广场"}, {"description", "工资三个月没发"}};
    int optionalLeftEmpty = 0;
    for (const pugi::xml_node a : definition.document_element().child("attributes").children("attribute")) {
        const std::string name = std::string("attribute[") + a.child_value("code") + "]";
        if (std::string(a.child_value("required")) == "true") {
            form.emplace_back(name, a.child("values").child("value").child_value("key"));
        } else {
            form.emplace_back(name, "");
            ++optionalLeftEmpty;
        }
    }
    ASSERT_GE(optionalLeftEmpty, 1);

    const Answer posted = city.post("/requests.xml", form);
    ASSERT_TRUE(posted.status == 200 || posted.status == 201) << posted.body;
    const ItemList filed = readList(posted.body, true);
    ASSERT_EQ(filed.items.size(), 1u);
    const std::string id = filed.items[0].text("service_request_id");
    ASSERT_FALSE(id.empty());

    const ItemList back = readList(city.get("/requests/" + id + ".xml").body, true);
    ASSERT_EQ(back.items.size(), 1u);
    EXPECT_NEAR(std::stod(back.items[0].text("lat")), 31.2304, 1e-9);
    EXPECT_NEAR(std::stod(back.items[0].text("long")), 121.4737, 1e-9);

    const ItemList inWindow =
        readList(city.get("/requests.xml", {{"start_date", w3c(-600)}, {"end_date", w3c(600)}}).body, true);
    bool found = false;
    for (const Item& r : inWindow.items) found = found || r.text("service_request_id") == id;
    EXPECT_TRUE(found);

    const Answer advanced = city.send(
        "POST", "https://127.0.0.1:" + std::to_string(servers->standard->port()) + "/admin/requests/" + id + "/advance",
        R"({"stage":"accepted","agency":"劳动监察大队","note":"已受理"})", {"Authorization: Bearer " + kAdmin});
    ASSERT_EQ(advanced.status, 200) << advanced.body;
    const ItemList updates = readList(
        city.get("/servicerequestupdates.xml", {{"start_date", w3c(-600)}, {"end_date", w3c(600)}}).body, true);
    ASSERT_TRUE(updates.ok);
    found = false;
    for (const Item& u : updates.items)
        found = found || (u.text("service_request_id") == id && u.text("status") == "open");
    EXPECT_TRUE(found);

    // Each error, in the spec's XML: errors/error/{code,description}.
    auto errorCode = [](const Answer& a) {
        pugi::xml_document doc;
        if (!doc.load_string(a.body.c_str())) return std::string("not XML");
        return std::string(doc.child("errors").child("error").child_value("code"));
    };
    Fields keyless(form.begin() + 1, form.end());
    EXPECT_EQ(errorCode(city.post("/requests.xml", keyless)), "403");
    EXPECT_EQ(errorCode(city.get("/services/no_such.xml")), "404");
    EXPECT_EQ(errorCode(city.get("/requests/0000.xml")), "404");
    EXPECT_EQ(errorCode(city.get("/requests.xml", {{"start_date", w3c(-100 * 86400)}, {"end_date", w3c(0)}})), "400");
    EXPECT_EQ(errorCode(city.get("/nothing_here.xml")), "404");
}

}  // namespace
}  // namespace open311_conformance
