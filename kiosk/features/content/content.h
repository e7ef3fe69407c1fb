#pragma once
// What the kiosk shows of the platform's content: the disclosures (subsidy payouts, community
// finances, notices), the announcements with the slogan strip, and 使用指南's guides — loaded on
// a worker after the first frame and again when the platform switches a content set, but only
// while nobody uses the kiosk, so a list never changes under a resident's finger. The visit's
// choices (community, month, type, the payout or notice open, the name searched) live here.
#include <string>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/announcements.h"
#include "core/disclosure_index.h"
#include "features/content/content_loader.h"

namespace kiosk {

class ContentFeature : public Feature {
public:
    explicit ContentFeature(FeatureHost& host);
    std::string_view name() const override { return "content"; }

    // The bundled announcements (or the bench's file), read at start before the first frame.
    void loadBundledAnnouncements(const std::string& file);
    // The disclosures load on a worker once the first frame is on screen (on two cores it would
    // otherwise slow the start); `bundledDisclosures` is the set used until the platform sends one.
    void startLoading(const std::string& bundledDisclosures);
    bool started() const { return started_; }
    bool loading() const { return loading_; }
    // The sync worker switched to content generation `generation`: loaded when the kiosk is unattended.
    void platformSwitchedContent(int generation);

    void addAnnouncementGlyphs(core::GlyphSet& glyphs) const;  // with the slogans and guides
    void addDisclosureGlyphs(core::GlyphSet& glyphs) const;
    const std::vector<core::Announcement>& announcements() const { return announcements_; }
    const std::vector<core::Slogan>& slogans() const { return slogans_; }
    const core::DisclosureSnapshot& disclosures() const { return disclosures_; }

    // 扫码 opens what a code points at; false when the kiosk does not have it.
    bool showNotice(const std::string& noticeId);
    bool showCommunity(const std::string& communityId);

    void beforeFrame(core::SteadyTime now) override;
    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    void endVisit() override;

private:
    // What the visit chose; empty means "the default" (this hall's community, the newest month).
    struct Choices {
        std::string communityId;
        std::string period;
        std::string payoutTypeId;
        std::string shownPayoutId;
        std::string shownNoticeId;
        std::string guideId;  // 使用指南: the topic shown ("" for the first)
    };
    void install(ContentLoadResult result);

    FeatureHost& host_;
    std::vector<core::Announcement> announcements_;
    std::vector<core::Slogan> slogans_;  // the unattended display's running strip
    std::vector<core::Guide> guides_;    // 使用指南's topics
    core::DisclosureSnapshot disclosures_;
    ContentLoader loader_;
    std::string bundledDisclosures_;
    bool started_ = false;
    bool loading_ = false;             // a load runs, or its result waits in the inbox
    int generationLoaded_ = 0;         // the sync worker's content generation on screen
    int generationSwitched_ = 0;       // the newest the sync worker switched to
    std::string platformHomeLinkFor_;  // the tracking link platformHomeLink_ was made from
    std::string platformHomeLink_;
    Choices choices_;
};

}  // namespace kiosk
