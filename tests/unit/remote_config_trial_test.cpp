// The remote config's trial as the kiosk keeps it (core/remote_config_trial.h): which config a start
// runs, and what the data folder's record may hold.
#include "core/remote_config_trial.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(RemoteConfigTrial, AStartTriesTheOfferOnceAndTheNextStartWithoutConfirmationGoesBack) {
    RemoteConfigRecord r = confirmed(startWith(offered({}, "c1", "[hall]\nname = \"一\"\n")).record);
    EXPECT_EQ(r.state, RemoteConfigState::Applied);
    r = offered(r, "c2", "[hall]\nname = \"二\"\n");
    EXPECT_EQ(r.state, RemoteConfigState::Applied) << "an offer changes nothing until a start tries it";

    const RemoteConfigStart first = startWith(r);
    EXPECT_TRUE(first.trying);
    EXPECT_EQ(first.toml, "[hall]\nname = \"二\"\n");
    EXPECT_EQ(remoteConfigReport(first.record),
              nlohmann::json::parse(R"({"state":"trial","version":"c2","problem":""})"));

    const RemoteConfigStart second = startWith(first.record);  // the first never confirmed it
    EXPECT_FALSE(second.trying);
    EXPECT_EQ(second.toml, "[hall]\nname = \"一\"\n") << "the last good one";
    EXPECT_EQ(second.record.state, RemoteConfigState::RolledBack);
    EXPECT_EQ(second.record.version, "c2");
    EXPECT_FALSE(second.record.hasTrial());
    EXPECT_EQ(startWith(second.record).toml, "[hall]\nname = \"一\"\n") << "and stays on it";
    EXPECT_EQ(startWith(cleared()).toml, "");
}

TEST(RemoteConfigTrial, TheRecordSurvivesItsFileAndAnythingElseIsNotOurs) {
    RemoteConfigRecord r =
        startWith(offered(confirmed(startWith(offered({}, "c1", "a = 1")).record), "c2", "b = 2")).record;
    EXPECT_EQ(readRemoteConfigRecord(remoteConfigRecordJson(r)), r);
    const RemoteConfigRecord back = rolledBack(r, std::string("line one\nline two\x07") + std::string(400, 'x'));
    const auto read = readRemoteConfigRecord(remoteConfigRecordJson(back));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->problem.find('\n'), std::string::npos) << "one line";
    EXPECT_LE(read->problem.size(), 300u);

    nlohmann::json j = remoteConfigRecordJson(r);
    for (const char* bad : {R"("state":"maybe")", R"("version":"c 1")", R"("good":null)", R"("trial":{"started":1})"}) {
        nlohmann::json broken = j;
        broken.merge_patch(nlohmann::json::parse(std::string("{") + bad + "}"));
        EXPECT_FALSE(readRemoteConfigRecord(broken).has_value()) << bad;
    }
    j["trial"]["toml"] = std::string(17 * 1024, 'x');
    EXPECT_FALSE(readRemoteConfigRecord(j).has_value()) << "larger than a set_config may be";
    EXPECT_FALSE(readRemoteConfigRecord(nlohmann::json::array()).has_value());
}

}  // namespace
}  // namespace kiosk::core
