// The unattended display as a passer-by meets it, at every text size in both orientations: each
// announcement's words whole (at 大 and 特大 its text ended in "…" after a line, or did not show),
// and 轻触屏幕开始 inside its band (at 特大 in portrait the words ran out of it over the QR code).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/headless_ui.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"

namespace kiosk {
namespace {

TEST(AttractScreen, EveryAnnouncementIsWholeAndTheInvitationStaysInItsBandAtEverySize) {
    testing::forEverySizeAndOrientation({}, [](const testing::HeadlessOptions& options, const std::string& where) {
        testing::HeadlessUi ui(options);
        ASSERT_EQ(ui.run("expect screen attract"), "") << where;
        // "1 / 5": the loop's length, from the counter in the corner.
        int slides = 0;
        for (const auto& t : ui.app().registry().texts()) {
            if (t.text.rfind("1 / ", 0) == 0) slides = std::stoi(t.text.substr(4));
        }
        ASSERT_GT(slides, 1) << where;
        const ImU32 accent = widgets::toImColor(widgets::theme().attractAccent);
        std::ifstream file(std::string(KIOSK_SOURCE_DIR) + "/assets/demo/announcements.json");
        const nlohmann::json demo = nlohmann::json::parse(file);
        for (int slide = 0; slide < slides; ++slide) {
            const std::string at = where + ", slide " + std::to_string(slide + 1);
            for (const auto& t : ui.app().registry().texts()) {
                EXPECT_TRUE(t.text.size() < 3 || t.text.compare(t.text.size() - 3, 3, "…") != 0)
                    << at << ": cut short: " << t.text;
            }
            // The slide's body is there to its last words (at 特大 in landscape it did not show).
            bool bodyEnds = false;
            for (const auto& a : demo["announcements"]) {
                const std::string body = a["body"];
                const std::string end = body.substr(body.size() - 9);  // its last three characters
                for (const auto& t : ui.app().registry().texts()) {
                    bodyEnds = bodyEnds || (t.text.size() >= end.size() &&
                                            t.text.compare(t.text.size() - end.size(), end.size(), end) == 0);
                }
            }
            EXPECT_TRUE(bodyEnds) << at << ": no announcement's text shown to its end";
            const auto& overlays = ui.app().registry().overlays();
            const auto band = std::find_if(overlays.begin(), overlays.end(),
                                           [](const auto& o) { return o.id == "attract.invitation"; });
            ASSERT_NE(band, overlays.end()) << at;
            // Between the band's top and bottom edges, nothing of its colour left or right of it
            // (its words reaching out of it), nor on the QR code.
            const float top = band->min.y + 8.0f;
            const float bottom = band->max.y - 8.0f;
            EXPECT_EQ(testing::drawnVerticesOfColor(accent, ImVec2(0, top), ImVec2(band->min.x - 4.0f, bottom)), 0)
                << at;
            EXPECT_EQ(
                testing::drawnVerticesOfColor(accent, ImVec2(band->max.x + 4.0f, top), ImVec2(options.width, bottom)),
                0)
                << at;
            ASSERT_EQ(ui.wait(12.5), "") << at;
        }
    });
}

}  // namespace
}  // namespace kiosk
