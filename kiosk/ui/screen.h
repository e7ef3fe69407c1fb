#pragma once
// A screen draws one thing, reading the AppView and recording intents in UiActions. The
// app owns the window chrome (top bar, overlay); a screen implements drawContent().
#include <imgui.h>

#include <string_view>

#include "core/string_table.h"
#include "ui/app_view.h"
#include "ui/image_source.h"
#include "ui/layout.h"
#include "ui/ui_actions.h"
#include "widgets/font_set.h"

namespace kiosk::ui {

struct ScreenContext {
    const core::StringTable& strings;
    const widgets::FontSet& fonts;
    const AppView& view;
    const Layout& layout;
    ImageSource& images;
    CanvasSource& canvases;
    UiActions& actions;
};

class Screen {
public:
    virtual ~Screen() = default;
    // Key of the screen's title in the string table (also what 朗读 reads first).
    virtual std::string_view titleKey() const = 0;
    // Screens without the top bar: the unattended display and the operator error.
    virtual bool showsTopBar() const { return true; }
    virtual void onEnter() {}
    // The session text field this screen edits ("" for none): the app opens the keyboards'
    // engines and font while such a screen shows.
    virtual std::string_view textField(const AppView& /*view*/) const { return {}; }
    virtual void drawContent(ScreenContext& ctx) = 0;
};

}  // namespace kiosk::ui
