// DESIGN's UI rules for elderly users, measured on what the screens actually draw.
#include <gtest/gtest.h>

#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "storage/pin_hash.h"
#include "support/headless_ui.h"
#include "support/test_camera.h"
#include "support/visibility_audit.h"
#include "ui/font_atlas_builder.h"
#include "widgets/big_button.h"

namespace kiosk {
namespace {

using testing::HeadlessOptions;
using testing::HeadlessUi;

float drawnHeight(ImFont* font, ImWchar c) {
    const ImFontGlyph* glyph = font->FindGlyphNoFallback(c);
    return glyph ? glyph->Y1 - glyph->Y0 : 0.0f;
}

// Every touch target on the current frame: at least 96 px high and wide, inside the display,
// and at least 24 px from every other target.
void expectTouchTargetsFollowTheRules(const HeadlessUi& ui, ImVec2 display) {
    std::vector<widgets::WidgetRecord> targets;
    for (const auto& w : const_cast<HeadlessUi&>(ui).app().registry().widgets()) {
        if (!testing::isWholeScreenTouchArea(w) && !testing::isListPart(w)) targets.push_back(w);
    }
    ASSERT_FALSE(targets.empty());
    for (const auto& w : targets) {
        SCOPED_TRACE(w.id);
        EXPECT_GE(w.max.y - w.min.y, widgets::kMinTouchTarget);
        // Letter keys: ten in a row must fit 1080 px (DESIGN's rule is on height).
        const bool letterKey = w.id.find(".kbd.key.") != std::string::npos;
        EXPECT_GE(w.max.x - w.min.x, letterKey ? widgets::kMinKeyWidth : widgets::kMinTouchTarget);
        EXPECT_GE(w.min.x, 0.0f);
        EXPECT_GE(w.min.y, 0.0f);
        EXPECT_LE(w.max.x, display.x);
        EXPECT_LE(w.max.y, display.y);
    }
    for (const std::string& problem : testing::findCrowdedTargets(const_cast<HeadlessUi&>(ui).app().registry()))
        ADD_FAILURE() << problem;
}

TEST(LayoutRules, BodyTextAndTitlesAreTallEnoughAt1080p) {
    HeadlessUi ui;
    const widgets::FontSet& fonts = ui.app().fonts().fonts();
    // Drawn height of common characters, not the font's nominal size (Noto's includes a tall ascent).
    // Characters of the UI's own text (the atlas holds only what the kiosk can show).
    for (ImWchar c : {ImWchar{0x60A8} /*您*/, ImWchar{0x597D} /*好*/, ImWchar{0x76D1} /*监*/, ImWchar{0x7763} /*督*/}) {
        ASSERT_NE(fonts.body->FindGlyphNoFallback(c), nullptr) << "U+" << std::hex << c;
        EXPECT_GE(drawnHeight(fonts.body, c), 36.0f) << "U+" << std::hex << c;
        EXPECT_GE(drawnHeight(fonts.title, c), 56.0f) << "U+" << std::hex << c;
    }
}

class LayoutInOrientation : public ::testing::TestWithParam<std::pair<float, float>> {
protected:
    // A kiosk of this orientation's size.
    HeadlessOptions sized() const {
        HeadlessOptions options;
        options.width = GetParam().first;
        options.height = GetParam().second;
        return options;
    }
};

TEST_P(LayoutInOrientation, TouchTargetsOnEveryScreenAndTextSize) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    ASSERT_EQ(ui.tap("attract.wake"), "");
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        ui.frame();
        expectTouchTargetsFollowTheRules(ui, display);
        ASSERT_EQ(ui.tap("topbar.text_size"), "");
    }
    ASSERT_EQ(ui.wait(95), "");  // "还在吗？"
    ASSERT_EQ(ui.app().sessionPhase(), core::SessionPhase::Warning);
    expectTouchTargetsFollowTheRules(ui, display);
}

TEST_P(LayoutInOrientation, DisclosureScreensFollowTheRulesToo) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    const char* visits[] = {
        "tap attract.wake\ntap home.tile.disclosure\nexpect screen disclosure_hub",
        "tap disclosure.payouts\nexpect screen payouts",
        "tap payouts.filter\nexpect screen payout_types",
        "tap payout_types.all\ntap payouts.row.0\nexpect screen payout_detail",
        "tap topbar.back\ntap payouts.search\ntap search.name.kbd.key.w\nexpect screen payout_search",
        "tap topbar.back\ntap topbar.back\ntap disclosure.finances\nexpect screen finances",
        "tap topbar.back\ntap disclosure.notices\nexpect screen notices",
        "tap notices.row.0\nexpect screen notice_reader",
    };
    for (const char* visit : visits) {
        SCOPED_TRACE(visit);
        ASSERT_EQ(ui.run(visit), "");
        expectTouchTargetsFollowTheRules(ui, display);
        for (const auto& w : ui.app().registry().widgets()) {
            if (w.id.find(".row.") != std::string::npos) {
                EXPECT_GE(w.max.y - w.min.y, widgets::kMinTouchTarget) << w.id;
            }
        }
    }
}

TEST_P(LayoutInOrientation, DisplaySettingsPageFitsAtEveryTextSizeInBothColourSchemes) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    ASSERT_EQ(ui.run("tap attract.wake\ntap topbar.display\nexpect screen display_settings"), "");
    for (const char* scheme : {"display.colors.standard", "display.colors.high_contrast"}) {
        ASSERT_EQ(ui.tap(scheme), "");
        for (const char* size :
             {"display.text_size.standard", "display.text_size.large", "display.text_size.extra_large"}) {
            SCOPED_TRACE(std::string(scheme) + " " + size);
            ASSERT_EQ(ui.run(std::string("tap ") + size + "\nwait 0.5"), "");
            expectTouchTargetsFollowTheRules(ui, display);
        }
    }
}

TEST_P(LayoutInOrientation, EveryCaseStepFollowsTheRulesAtEveryTextSize) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    // Each step as a resident reaches it, with its fullest content (a chosen transfer category,
    // the typing keyboard, the phone keypad, a review with a long description).
    const char* steps[] = {
        "tap home.tile.case\nexpect text 第 1 步，共 7 步",
        "tap case.kind.report\ntap case.category.subsidy\nexpect text 受理范围：",
        "tap case.next\nexpect text ✓ 幸福里社区",
        "tap case.place.other\nexpect text 例如：3号楼东边",
        "tap topbar.back\ntap case.place.0\ntap case.next\nexpect text 请说一说是什么问题",
        // One step whose script is too long for a line: the two literals are joined on purpose.
        // NOLINTNEXTLINE(bugprone-suspicious-missing-comma)
        ("tap case.description.phrase.0\ntap case.description.phrase.1\ntap case.description.phrase.0\n"
         "tap case.next\nexpect text 有照片吗？"),
        "tap case.next\ntap case.contact.phone\nexpect text 举报人身份受保护",
        "tap case.contact.anonymous\ntap case.next\nexpect text 请核对一下",
        // The same case again at the next size: first the offer to join it, then the receipt.
        "tap case.review.submit\nexpect text 这个问题已有人反映",
        "tap case.similar.decline\nexpect text 查询密码",
    };
    ASSERT_EQ(ui.tap("attract.wake"), "");
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        for (const char* step : steps) {
            SCOPED_TRACE(step);
            if (size == 0 && std::string(step).find("这个问题已有人反映") != std::string::npos) {
                ASSERT_EQ(ui.run("tap case.review.submit\nexpect text 查询密码"), "");  // nothing to join yet
                continue;
            }
            if (size == 0 && std::string(step).find("case.similar.decline") != std::string::npos) continue;
            ASSERT_EQ(ui.run(step), "");
            expectTouchTargetsFollowTheRules(ui, display);
        }
        ASSERT_EQ(ui.run("tap case.receipt.done\ntap topbar.text_size\nwait 0.5"), "");
    }
}

// 下一步 (确认提交, ▼ 还有，往下看 on the review) stands in one place on every step that has it: the
// bottom right of the screen, its bottom-right corner the same on every step at a text size.
TEST_P(LayoutInOrientation, TheMainActionStandsBottomRightOnEveryStep) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    const char* steps[] = {
        "tap case.kind.complaint\nexpect text 是哪方面的问题？",
        "tap case.category.env\ntap case.next\nexpect text 问题发生在哪里？",
        "tap case.place.here\ntap case.next\nexpect text 请说一说是什么问题",
        "tap case.description.phrase.0\ntap case.next\nexpect text 有照片吗？",
        "tap case.next\nexpect text 怎么联系您？",
        "tap case.contact.anonymous\ntap case.next\nexpect text 请核对一下",
    };
    auto mainAction = [&]() -> std::optional<ImVec4> {
        for (const char* id : {"case.next", "case.review.submit", "case.review.more"}) {
            const auto found = ui.app().registry().find(id);
            if (!found.empty()) return ImVec4(found[0]->min.x, found[0]->min.y, found[0]->max.x, found[0]->max.y);
        }
        return std::nullopt;
    };
    ASSERT_EQ(ui.tap("attract.wake"), "");
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        ASSERT_EQ(ui.run("tap home.tile.case\nexpect text 第 1 步"), "");
        EXPECT_FALSE(mainAction()) << "the kind step: a tap on a kind goes on";
        std::optional<ImVec4> first;
        for (const char* step : steps) {
            SCOPED_TRACE(step);
            ASSERT_EQ(ui.run(step), "");
            const auto at = mainAction();
            ASSERT_TRUE(at);
            EXPECT_GT(at->z, display.x * 0.9f) << "at the right";
            EXPECT_GT(at->w, display.y * 0.9f) << "at the bottom";
            EXPECT_GT(at->y, display.y * 0.75f) << "under the content, not beside the step bar";
            if (!first) first = at;
            EXPECT_FLOAT_EQ(at->z, first->z);
            EXPECT_FLOAT_EQ(at->w, first->w);
            EXPECT_FLOAT_EQ(at->w - at->y, first->w - first->y) << "one height on every step";
        }
        // Filed, so the next size starts a new case (the same case again is offered to join first).
        ASSERT_EQ(ui.tap("case.review.submit"), "");
        ASSERT_TRUE(ui.framesUntil([&] { return ui.showsText("查询密码") || ui.showsText("这个问题已有人反映"); }));
        if (ui.showsText("这个问题已有人反映")) {
            ASSERT_EQ(ui.run("tap case.similar.decline\nexpect text 查询密码"), "");
        }
        ASSERT_EQ(ui.run("tap case.receipt.done\ntap topbar.text_size\nwait 0.5"), "");
    }
}

// 您要反映哪一类事情？ fills the screen it stands on: in portrait the three cards share its height
// (not a strip at the top with the bottom half empty); in landscape they stand side by side.
TEST_P(LayoutInOrientation, TheThreeKindsFillThePageAtEveryTextSize) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    const bool portrait = display.y > display.x;
    ASSERT_EQ(ui.tap("attract.wake"), "");
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        ASSERT_EQ(ui.run("tap home.tile.case\nexpect text 第 1 步"), "");
        std::vector<ImVec4> cards;
        for (const char* id : {"case.kind.complaint", "case.kind.report", "case.kind.advice"}) {
            const auto found = ui.app().registry().find(id);
            ASSERT_EQ(found.size(), 1u) << id;
            cards.emplace_back(found[0]->min.x, found[0]->min.y, found[0]->max.x, found[0]->max.y);
        }
        if (portrait) {
            EXPECT_GT(cards.back().w, display.y * 0.75f) << "the cards reach down the page";
            EXPECT_GT(cards[0].w - cards[0].y, widgets::kMinTouchTarget * 2) << "each card is a large target";
        } else {
            EXPECT_FLOAT_EQ(cards[0].y, cards[2].y) << "side by side";
        }
        ASSERT_EQ(ui.run("tap topbar.home\ntap topbar.text_size\nwait 0.5"), "");
    }
}

// The photo step with a working camera: live, a shot under review, two kept, three kept.
TEST_P(LayoutInOrientation, ThePhotoStepWithACameraFollowsTheRulesAtEveryTextSize) {
    const std::filesystem::path frames =
        std::filesystem::temp_directory_path() / ("kiosk-layout-camera-" + std::to_string(::getpid()));
    std::filesystem::create_directories(frames);
    std::vector<std::uint8_t> gray(1280 * 720, 90);
    stbi_write_png((frames / "000.png").c_str(), 1280, 720, 1, gray.data(), 1280);
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        HeadlessOptions options = sized();
        options.configText = testing::cameraConfig(testing::filesCameraPipeline(frames));
        HeadlessUi ui(options);
        const ImVec2 display(options.width, options.height);
        ASSERT_EQ(ui.tap("attract.wake"), "");
        for (int i = 0; i < size; ++i) ASSERT_EQ(ui.run("tap topbar.text_size\nwait 0.5"), "");
        ASSERT_EQ(ui.run("tap home.tile.case\ntap case.kind.complaint\ntap case.category.env\ntap case.next\n"
                         "tap case.place.here\ntap case.next\ntap case.description.phrase.0\ntap case.next\n"
                         "expect text 有照片吗？"),
                  "");
        ASSERT_TRUE(ui.framesUntil([&] { return !ui.showsText("摄像头正在打开……"); }));
        expectTouchTargetsFollowTheRules(ui, display);
        auto keep = [&](std::size_t count) {
            ASSERT_EQ(ui.run("tap case.photo.take\nexpect text 这张照片清楚吗？"), "");
            expectTouchTargetsFollowTheRules(ui, display);
            ASSERT_EQ(ui.tap("case.photo.keep"), "");
            ASSERT_TRUE(ui.framesUntil([&] { return ui.app().caseSession().flow->draft().photos.size() == count; }));
            ui.frame();
            expectTouchTargetsFollowTheRules(ui, display);
        };
        keep(1);
        keep(2);
        keep(3);
    }
    std::filesystem::remove_all(frames);
}

TEST_P(LayoutInOrientation, TrackingFollowsTheRulesAtEveryTextSize) {
    HeadlessOptions options = sized();
    options.demoCases = true;  // 2026110267 (已办结, with 8000) and 2026111587 (办理中, with 9000)
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    auto keys = [](const std::string& digits) {
        std::string script;
        for (char c : digits) script += std::string("tap track.key.") + c + "\n";
        return script;
    };
    // The form with its fullest content (a problem), a closed case, its rating page with the
    // reasons, and a case in progress.
    const std::string steps[] = {
        "tap home.tile.track\n" + keys("20261102671234") + "tap track.lookup\nexpect text 没有查到",
        "tap track.key.clear\n" + keys("8000") + "tap track.lookup\nexpect text 评价办理结果",
        "tap track.rating.open\ntap track.rating.unsatisfied\ntap track.rating.submit\nexpect text "
        "请点一个不满意的原因",
        "tap topbar.back\ntap track.again\n" + keys("20261115879000") + "tap track.lookup\nexpect text 办理中",
    };
    ASSERT_EQ(ui.tap("attract.wake"), "");
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        for (const std::string& step : steps) {
            SCOPED_TRACE(step);
            ASSERT_EQ(ui.run(step), "");
            expectTouchTargetsFollowTheRules(ui, display);
            // 提交评价 stands where every main action stands: the bottom right, under the answers.
            for (const auto* submit : ui.app().registry().find("track.rating.submit")) {
                EXPECT_GT(submit->max.x, display.x * 0.9f) << "at the right";
                EXPECT_GT(submit->max.y, display.y * 0.9f) << "at the bottom";
            }
        }
        ASSERT_EQ(ui.run("tap track.done\ntap topbar.text_size\nwait 0.5"), "");
    }
}

TEST_P(LayoutInOrientation, StaffScreensFollowTheRulesAtEveryTextSize) {
    HeadlessOptions options = sized();
    options.configText = "[staff]\npin_hash = \"" + storage::hashPin("246813", 20000) + "\"\n";
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    // The PIN screen with its fullest content (a wrong PIN said), the staff menu, the panel.
    const std::string steps[] = {
        "hold top-left 5\ntap staff.key.1\ntap staff.key.1\ntap staff.key.1\ntap staff.key.1\ntap staff.key.1\ntap "
        "staff.key.1\ntap staff.pin.ok\n"
        "expect text 密码不对",
        "tap staff.key.2\ntap staff.key.4\ntap staff.key.6\ntap staff.key.8\ntap staff.key.1\ntap staff.key.3\ntap "
        "staff.pin.ok\nexpect screen "
        "staff_menu",
        "tap staff.operator\nexpect screen operator_panel",
    };
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        // A visit at that text size, then the corner held on the home screen.
        std::string larger = "tap attract.wake\n";
        for (int i = 0; i < size; ++i) larger += "tap topbar.text_size\nwait 0.5\n";
        ASSERT_EQ(ui.run(larger), "");
        for (const std::string& step : steps) {
            SCOPED_TRACE(step);
            ASSERT_EQ(ui.run(step), "");
            expectTouchTargetsFollowTheRules(ui, display);
        }
        ASSERT_EQ(ui.run("tap topbar.back\ntap staff.leave\nexpect screen attract"), "");
    }
}

TEST_P(LayoutInOrientation, KeyboardsFollowTheRulesInEveryModeAndTextSize) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    // Composing pinyin (a candidate bar) and ink on the pad: every part of the panel is drawn.
    ASSERT_EQ(ui.run("tap attract.wake\ntap home.tile.practice\nexpect screen typing_practice\n"
                     "expect text 按字母拼出拼音，再点上面的汉字。\ntype jiandu\nexpect text 监督"),
              "");
    for (int size = 0; size < 3; ++size) {
        for (const char* mode : {"pinyin", "handwriting", "digits"}) {
            SCOPED_TRACE(std::string(mode) + ", text size step " + std::to_string(size));
            ASSERT_EQ(ui.tap(std::string("practice.mode.") + mode), "");
            if (std::string(mode) == "handwriting") {
                ASSERT_EQ(ui.run("draw practice.kbd.pad 0.2,0.5 0.8,0.5"), "");
            }
            ASSERT_EQ(ui.run("wait 0.1"), "");
            expectTouchTargetsFollowTheRules(ui, display);
        }
        ASSERT_EQ(ui.tap("practice.mode.pinyin"), "");
        ASSERT_EQ(ui.tap("topbar.text_size"), "");
        ASSERT_EQ(ui.run("expect text 监督"), "");  // the keyboard font is rebuilt for the new size
    }
}

TEST_P(LayoutInOrientation, TheGuideAndTheDemonstrationPanelFollowTheRulesAtEveryTextSize) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    const ImVec2 display(options.width, options.height);
    for (int size = 0; size < 3; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        std::string visit = "tap attract.wake\n";
        for (int i = 0; i < size; ++i) visit += "tap topbar.text_size\nwait 0.5\n";
        ASSERT_EQ(ui.run(visit + "tap home.tile.guide\nexpect screen guide"), "");
        for (const char* topic : {"guide.topic.guide-track", "guide.topic.guide-scan", "guide.topic.guide-file"}) {
            SCOPED_TRACE(topic);
            ASSERT_EQ(ui.tap(topic), "");
            expectTouchTargetsFollowTheRules(ui, display);
        }
        // The demonstration's panel stands at the bottom with the screen laid out above it (so it
        // keeps clear of the ringed target): its own buttons follow the rules.
        ASSERT_EQ(ui.tap("guide.demo"), "");
        ASSERT_NE(ui.app().tour(), nullptr);
        for (int frames = 0; frames < 400 && !ui.app().tour()->ring(); ++frames) {
            ui.clock().advance(core::Seconds{0.1});
            ui.frame();
        }
        ASSERT_TRUE(ui.app().tour()->ring().has_value());
        const auto pause = ui.app().registry().find("tour.pause");
        const auto stop = ui.app().registry().find("tour.stop");
        ASSERT_EQ(pause.size(), 1u);
        ASSERT_EQ(stop.size(), 1u);
        for (const widgets::WidgetRecord* w : {pause.front(), stop.front()}) {
            EXPECT_GE(w->max.y - w->min.y, widgets::kMinTouchTarget);
            EXPECT_GE(w->max.x - w->min.x, widgets::kMinTouchTarget);
            EXPECT_GE(w->min.x, 0.0f);
            EXPECT_LE(w->max.x, display.x);
            EXPECT_LE(w->max.y, display.y);
            // Not over the ringed target: the demonstration's own tap must land.
            const auto& ring = *ui.app().tour()->ring();
            const bool apart =
                w->max.x <= ring.min.x || ring.max.x <= w->min.x || w->max.y <= ring.min.y || ring.max.y <= w->min.y;
            EXPECT_TRUE(apart) << w->id;
        }
        EXPECT_GE(stop.front()->min.x - pause.front()->max.x, widgets::kTouchSpacing - 0.5f);
        // The screen is laid out above the panel: nothing it shows lies under it.
        const auto& panel = ui.app().tour()->panel();
        ASSERT_TRUE(panel.has_value());
        for (const widgets::WidgetRecord& w : ui.app().registry().widgets()) {
            if (w.id.rfind("tour.", 0) == 0) continue;
            EXPECT_LE(w.max.y, panel->min.y + 0.5f) << w.id << " under the demonstration's panel";
        }
        ASSERT_EQ(ui.run("tap tour.stop\nexpect screen guide\ntap topbar.home"), "");
        ASSERT_EQ(ui.run("wait 200\nexpect screen attract"), "");
    }
}

INSTANTIATE_TEST_SUITE_P(Orientations, LayoutInOrientation,
                         ::testing::Values(std::pair{1920.0f, 1080.0f}, std::pair{1080.0f, 1920.0f}));

TEST(LayoutRules, EveryScreenHasHomeAndReadAloudAndBackWhenNotAtTheRoot) {
    HeadlessUi ui;
    ASSERT_EQ(ui.tap("attract.wake"), "");
    // At home there is nowhere to go back to, and 首页 would lead nowhere; 朗读 and 字号 are always there.
    EXPECT_TRUE(ui.app().registry().find("topbar.back").empty());
    EXPECT_TRUE(ui.app().registry().find("topbar.home").empty());
    EXPECT_EQ(ui.app().registry().find("topbar.read_aloud").size(), 1u);
    const char* screens[] = {"tap home.tile.disclosure",
                             "tap disclosure.payouts",
                             "tap payouts.filter",
                             "tap payout_types.all\ntap payouts.row.0",
                             "tap topbar.back\ntap payouts.search",
                             "tap topbar.home\ntap home.tile.disclosure\ntap disclosure.finances",
                             "tap topbar.back\ntap disclosure.notices\ntap notices.row.0"};
    for (const char* step : screens) {
        SCOPED_TRACE(step);
        ASSERT_EQ(ui.run(step), "");
        EXPECT_NE(ui.app().currentScreen(), core::ScreenId::Home);
        for (const char* id : {"topbar.back", "topbar.home", "topbar.read_aloud", "topbar.text_size"}) {
            EXPECT_EQ(ui.app().registry().find(id).size(), 1u) << id;
        }
    }
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// 大 / 特大 grow the controls too: the top bar's buttons and the keyboard's keys, with labels in
// a font larger than the standard one; every letter key is at least a touch target wide (portrait
// has no width for ten such keys a row: the letters go in alphabetical rows there); the top bar's
// buttons stay on the screen, apart, and still say which size is on.
// A bigger 字号 never sets the home screen's tile words smaller than the one before (大 in
// landscape set them at body size, smaller than 标准's title size: the review measured 58 → 48 px).
TEST_P(LayoutInOrientation, TheHomeTilesWordsNeverShrinkAsTheTextGrows) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    ASSERT_EQ(ui.tap("attract.wake"), "");
    auto labelSize = [&] {
        for (const auto& t : ui.app().registry().texts()) {
            if (t.text == "我要反映" && t.font) return t.font->FontSize;
        }
        return 0.0f;
    };
    float before = labelSize();
    ASSERT_GT(before, 0.0f);
    for (int size = 1; size <= 2; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        ASSERT_EQ(ui.run("tap topbar.text_size\nwait 0.5"), "");
        ASSERT_TRUE(ui.framesUntil([&] { return !ui.app().animating(); }));
        const float now = labelSize();
        EXPECT_GE(now, before);
        before = now;
    }
}

TEST_P(LayoutInOrientation, TheControlsGrowWithTheTextSize) {
    HeadlessOptions options = sized();
    HeadlessUi ui(options);
    ASSERT_EQ(ui.tap("attract.wake"), "");
    const float standardControls = ui.app().fonts().fonts().bar->FontSize;
    const float standardBody = ui.app().fonts().fonts().body->FontSize;
    auto widthOf = [&](const std::string& id) {
        const auto found = ui.app().registry().find(id);
        return found.empty() ? 0.0f : found[0]->max.x - found[0]->min.x;
    };
    ASSERT_EQ(ui.run("tap home.tile.practice\nexpect screen typing_practice"), "");
    for (int size = 1; size <= 2; ++size) {
        SCOPED_TRACE("text size step " + std::to_string(size));
        ASSERT_EQ(ui.run("tap topbar.text_size\nwait 0.5"), "");
        ASSERT_TRUE(ui.framesUntil([&] { return ui.app().registry().find("practice.kbd.key.a").size() == 1; }));
        const widgets::FontSet& fonts = ui.app().fonts().fonts();
        EXPECT_GT(fonts.bar->FontSize, standardControls * 1.1f);
        EXPECT_LT(fonts.bar->FontSize, fonts.body->FontSize) << "controls grow less than the text";
        EXPECT_FLOAT_EQ(fonts.standard->FontSize, standardBody) << "staff pages keep the standard size";
        for (char letter = 'a'; letter <= 'z'; ++letter) {
            EXPECT_GE(widthOf(std::string("practice.kbd.key.") + letter), widgets::kMinTouchTarget) << letter;
        }
        // The bar's buttons: on the screen, apart, none over another.
        std::vector<const widgets::WidgetRecord*> bar;
        for (const auto& w : ui.app().registry().widgets()) {
            if (w.id.rfind("topbar.", 0) == 0) bar.push_back(&w);
        }
        ASSERT_EQ(bar.size(), 5u);
        for (const auto* a : bar) {
            EXPECT_GE(a->min.x, 0.0f) << a->id;
            EXPECT_LE(a->max.x, static_cast<float>(options.width)) << a->id;
            for (const auto* b : bar) {
                if (a == b || a->min.x > b->min.x) continue;
                EXPECT_GE(b->min.x - a->max.x, widgets::kTouchSpacing) << a->id << " / " << b->id;
            }
        }
        const auto sizeButton = ui.app().registry().find("topbar.text_size");
        ASSERT_EQ(sizeButton.size(), 1u);
        EXPECT_NE(sizeButton[0]->label.find(size == 1 ? "大" : "特大"), std::string::npos) << sizeButton[0]->label;
    }
}

}  // namespace
}  // namespace kiosk
