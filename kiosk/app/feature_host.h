#pragma once
// What a feature may use of the kiosk around it: the config, the strings, the router and the
// visit's timer, the inbox, the fonts, the outbox, the sync worker. App implements it; a feature
// keeps a reference, and App outlives every feature.
#include <functional>
#include <memory>
#include <string>

#include "app/inbox.h"
#include "app/kiosk_paths.h"
#include "config/kiosk_config.h"
#include "core/glyph_set.h"
#include "core/router.h"
#include "core/session_timer.h"
#include "core/string_table.h"
#include "core/text_size.h"

namespace kiosk {

namespace net {
class DeviceCredentials;
class SyncEngine;
}  // namespace net
namespace ui {
class FontLibrary;
class SpeechOutput;
}  // namespace ui
struct AppServices;
class CaseDesks;
class UsageCounters;

class FeatureHost {
public:
    virtual const config::KioskConfig& config() const = 0;
    virtual const AppServices& services() const = 0;
    virtual const DataPaths& data() const = 0;
    virtual const AssetPaths& assets() const = 0;
    virtual const std::string& configFile() const = 0;  // "" when started without one
    virtual const core::StringTable& strings() const = 0;
    virtual const core::Clock& clock() const = 0;
    virtual ui::SpeechOutput* speech() const = 0;  // null where there is none

    virtual core::Router& router() = 0;
    virtual core::SessionTimer& session() = 0;
    // The visit now: work handed to a worker is posted back tagged with it (Inbox).
    virtual Inbox::Visit visit() const = 0;
    virtual Inbox& inbox() = 0;

    virtual CaseDesks& desks() = 0;
    virtual net::SyncEngine* syncEngine() = 0;  // null without a platform
    // Who this kiosk is to the platform (config or enrolment); read at each request.
    virtual std::shared_ptr<net::DeviceCredentials> credentials() const = 0;
    // The config files read again and applied now (the caller makes sure nobody uses the kiosk);
    // "" when applied, else the first problem (the kiosk goes on as it was).
    virtual std::string reloadConfigNow() = 0;
    // The receipt printer's test slip; false where no printer is configured.
    virtual bool printTestSlip() = 0;
    // The camera's test: `done(ok, detail)` on the UI thread once a picture came, or why none did.
    virtual void checkCamera(std::function<void(bool ok, std::string detail)> done) = 0;
    virtual UsageCounters& usageCounters() = 0;
    virtual std::string localDate() const = 0;  // today on the kiosk's clock, "2026-11-22"

    virtual const ui::FontLibrary& fonts() const = 0;
    // Makes sure the font atlas draws these characters: when it lacks some, it is rebuilt off the
    // UI thread at the visit's text size (until then they show as □).
    virtual void addGlyphs(const core::GlyphSet& glyphs) = 0;
    virtual core::TextSize textSize() const = 0;  // the visit's 字号
    // The resident chose another 字号: the atlas is rebuilt at that size off the UI thread.
    virtual void useTextSize(core::TextSize size) = 0;

    // The visit ends now: every feature forgets it and the unattended display comes back.
    virtual void endVisit(core::SteadyTime now) = 0;
    virtual void exitWith(int code) = 0;

protected:
    ~FeatureHost() = default;
};

}  // namespace kiosk
