#include "features/content/content.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "core/date_text.h"
#include "core/qr_payload.h"
#include "ui/guide_screen.h"
#include "ui/speech_output.h"

namespace kiosk {

ContentFeature::ContentFeature(FeatureHost& host) : host_(host) {}

void ContentFeature::loadBundledAnnouncements(const std::string& file) {
    auto loaded = core::loadAnnouncementsFile(file, host_.assets().contentImages());
    for (const auto& problem : loaded.problems) spdlog::warn("content: {}", problem);
    announcements_ = std::move(loaded.items);
    slogans_ = std::move(loaded.slogans);
    guides_ = std::move(loaded.guides);
}

void ContentFeature::startLoading(const std::string& bundledDisclosures) {
    started_ = true;
    bundledDisclosures_ = bundledDisclosures;
    loading_ = loader_.start(host_.data().content(), bundledDisclosures_, host_.assets().contentImages(),
                             host_.inbox().replyTo<ContentLoadResult>(
                                 Inbox::kAnyVisit, [this](ContentLoadResult result) { install(std::move(result)); }));
}

void ContentFeature::platformSwitchedContent(int generation) {
    generationSwitched_ = generation;
}

// The platform switched a content set: load it — while nobody uses the kiosk (the unattended
// display), so a list never changes under a resident's finger.
void ContentFeature::beforeFrame(core::SteadyTime /*now*/) {
    if (!started_ || loading_ || generationSwitched_ == generationLoaded_) return;
    if (host_.router().current() != core::ScreenId::Attract) return;
    generationLoaded_ = generationSwitched_;
    spdlog::info("content: the platform's new content is loaded");
    startLoading(bundledDisclosures_);
}

void ContentFeature::install(ContentLoadResult result) {
    loading_ = false;
    for (const auto& problem : result.problems) spdlog::warn("content: {}", problem);
    core::GlyphSet glyphs;
    if (result.announcements) {
        announcements_ = std::move(*result.announcements);
        slogans_ = std::move(result.slogans);
        // The platform's guides replace the bundled ones; a feed without any keeps them.
        if (!result.guides.empty()) guides_ = std::move(result.guides);
        addAnnouncementGlyphs(glyphs);
    }
    if (!result.disclosures) {
        spdlog::error("no disclosure content could be loaded");
        host_.addGlyphs(glyphs);
        return;
    }
    disclosures_ = std::move(result.disclosures);
    spdlog::info("disclosures {} loaded in {:.0f} ms: {} payouts, {} communities", disclosures_->set().version,
                 result.loadMs, disclosures_->set().payouts.size(), disclosures_->set().communities.size());
    // New content may bring characters the atlas lacks: rebuilt off the UI thread.
    addDisclosureGlyphs(glyphs);
    host_.addGlyphs(glyphs);
}

void ContentFeature::addAnnouncementGlyphs(core::GlyphSet& glyphs) const {
    for (const auto& a : announcements_) {
        glyphs.addText(a.title);
        glyphs.addText(a.body);
    }
    for (const auto& slogan : slogans_) glyphs.addText(slogan.text);
    for (const auto& guide : guides_) {
        glyphs.addText(guide.title);
        for (const auto& step : guide.steps) glyphs.addText(step);
    }
}

void ContentFeature::addDisclosureGlyphs(core::GlyphSet& glyphs) const {
    if (!disclosures_) return;
    const core::DisclosureSet& set = disclosures_->set();
    glyphs.addText(set.updatedAt);
    for (const auto& c : set.communities) glyphs.addText(c.name);
    for (const auto& t : set.subsidyTypes) glyphs.addText(t.name);
    // Names are shown masked, but any of their characters can be the first or the last.
    for (const auto& p : set.payouts) {
        glyphs.addText(p.recipientName);
        glyphs.addText(p.fundingSource);
    }
    for (const auto& f : set.finances) {
        for (const auto& line : f.lines) glyphs.addText(line.category);
    }
    for (const auto& n : set.notices) {
        glyphs.addText(n.title);
        glyphs.addText(n.body);
    }
}

bool ContentFeature::showNotice(const std::string& noticeId) {
    const bool known =
        disclosures_ && std::any_of(disclosures_->set().notices.begin(), disclosures_->set().notices.end(),
                                    [&](const core::Notice& n) { return n.id == noticeId; });
    if (!known) return false;
    choices_.shownNoticeId = noticeId;
    host_.router().push(core::ScreenId::NoticeReader);
    return true;
}

bool ContentFeature::showCommunity(const std::string& communityId) {
    if (!disclosures_ || !disclosures_->hasCommunity(communityId)) return false;
    choices_.communityId = communityId;
    choices_.period.clear();
    choices_.payoutTypeId.clear();
    host_.router().push(core::ScreenId::DisclosureHub);
    return true;
}

void ContentFeature::endVisit() {
    choices_ = Choices{};
}

bool ContentFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    if (const auto* a = std::get_if<ui::SelectCommunity>(&action)) {
        choices_.communityId = a->id;
        choices_.payoutTypeId.clear();  // a type filter belongs to one list
    } else if (const auto* period = std::get_if<ui::SelectPeriod>(&action)) {
        choices_.period = period->period;
        choices_.payoutTypeId.clear();
    } else if (const auto* type = std::get_if<ui::SelectPayoutType>(&action)) {
        choices_.payoutTypeId = type->typeId;
    } else if (const auto* payout = std::get_if<ui::ShowPayout>(&action)) {
        choices_.shownPayoutId = payout->payoutId;
        host_.router().push(core::ScreenId::PayoutDetail);
    } else if (const auto* notice = std::get_if<ui::ShowNotice>(&action)) {
        choices_.shownNoticeId = notice->noticeId;
        host_.router().push(core::ScreenId::NoticeReader);
    } else if (const auto* guide = std::get_if<ui::ShowGuide>(&action)) {
        choices_.guideId = guide->id;
        // The resident chose this topic: read it out (使用指南 is for those who read slowly).
        ui::SpeechOutput* speech = host_.speech();
        for (const core::Guide& g : guides_)
            if (g.id == guide->id && speech) speech->say(ui::guideSpeech(g, host_.strings()));
    } else {
        return false;
    }
    return true;
}

void ContentFeature::prepare(ui::AppView& view, core::SteadyTime /*now*/) {
    const config::KioskConfig& config = host_.config();
    view.announcements = &announcements_;
    view.guides = &guides_;
    view.guideId = choices_.guideId;
    // Read with curl's URL parser: made again only when the config's link changes.
    if (platformHomeLinkFor_ != config.cases.trackingLink) {
        platformHomeLinkFor_ = config.cases.trackingLink;
        platformHomeLink_ = core::platformHomeLink(platformHomeLinkFor_);
    }
    view.platformHomeLink = platformHomeLink_;
    view.disclosures = disclosures_;
    view.contentImageDir = host_.assets().contentImages();
    view.contentLoading = loading_;
    if (disclosures_) {
        const auto age = core::daysSince(disclosures_->set().updatedAt, host_.clock().wallNow());
        view.contentStale = !age || *age > config.content.staleAfterDays;
    }
    // The visit's choices, or the defaults: this hall's community and the newest month.
    view.communityId = choices_.communityId;
    view.period = choices_.period;
    view.payoutTypeId = choices_.payoutTypeId;
    if (!disclosures_) return;
    if (view.communityId.empty() || !disclosures_->hasCommunity(view.communityId)) {
        view.communityId = disclosures_->communityIdByName(config.hall.community);
        if (view.communityId.empty() && !disclosures_->set().communities.empty()) {
            view.communityId = disclosures_->set().communities.front().id;
        }
    }
    if (view.period.empty() && !disclosures_->periods().empty()) view.period = disclosures_->periods().front();
    view.shownPayout = nullptr;
    for (const core::Payout* p : disclosures_->payouts(view.communityId, view.period)) {
        if (p->id == choices_.shownPayoutId) view.shownPayout = p;
    }
    view.shownNotice = nullptr;
    for (const core::Notice* n : disclosures_->notices(view.communityId, view.period)) {
        if (n->id == choices_.shownNoticeId) view.shownNotice = n;
    }
    view.shownNoticeLink = view.shownNotice && !view.platformHomeLink.empty()
                               ? core::platformNoticeLink(config.cases.trackingLink, view.shownNotice->id)
                               : std::string{};
}

}  // namespace kiosk
