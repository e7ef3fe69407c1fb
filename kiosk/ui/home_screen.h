#pragma once
#include <vector>

#include "ui/screen.h"
#include "widgets/icons.h"

namespace kiosk::ui {

// One large tile on the home screen: a word and its icon that open a feature.
struct HomeTile {
    std::string id;        // "home.tile.disclosure"
    std::string labelKey;  // string table key of the word under (or beside) the icon
    core::ScreenId target;
    widgets::Icon icon = widgets::Icon::None;
};

class HomeScreen final : public Screen {
public:
    // Only features that exist get a tile: no placeholder screens.
    explicit HomeScreen(std::vector<HomeTile> tiles) : tiles_(std::move(tiles)) {}
    std::string_view titleKey() const override { return "home.title"; }
    void drawContent(ScreenContext& ctx) override;
    const std::vector<HomeTile>& tiles() const { return tiles_; }

private:
    std::vector<HomeTile> tiles_;
};

}  // namespace kiosk::ui
