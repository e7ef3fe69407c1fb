#pragma once
// 使用指南: how to file, track and scan, each a few short numbered steps beside its picture. A
// topic's steps page when they do not all fit. A topic is read aloud when chosen (and again with 听一听); the filing
// topic offers 看一遍演示, the automatic demonstration. The topics are content (core/guides.h).
#include <string>

#include "ui/screen.h"

namespace kiosk::ui {

class GuideScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "guide.title"; }
    void drawContent(ScreenContext& ctx) override;

private:
    int page_ = 0;            // the page of steps shown, when they do not all fit (特大)
    std::string pagedGuide_;  // the topic page_ belongs to: a new topic starts at its first page
};

// The words 听一听 says for a topic: its title, then its steps, numbered.
std::string guideSpeech(const core::Guide& guide, const core::StringTable& strings);

}  // namespace kiosk::ui
