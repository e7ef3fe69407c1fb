#pragma once
#include "ui/screen.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

// 公示公告: the month's notices as large rows; a tap opens the reader.
class NoticeListScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "notices.title"; }
    void onEnter() override { scroll_.reset(); }
    void drawContent(ScreenContext& ctx) override;

private:
    widgets::KineticScroll scroll_;
};

// One notice: title, text and pictures, scrolled by drag or the page buttons.
class NoticeReaderScreen final : public Screen {
public:
    std::string_view titleKey() const override { return "notices.title"; }
    void onEnter() override { page_ = 0; }
    void drawContent(ScreenContext& ctx) override;

private:
    int page_ = 0;  // the page of the notice shown (0-based)
};

}  // namespace kiosk::ui
