// The fleet page in an admin's browser (docs/api.md "Fleet page"): opened once with the admin
// token in the address (/fleet?key=…), which becomes a session cookie (HttpOnly, SameSite=Strict)
// and leaves the address at once; its forms carry the session's form token back, so another site
// cannot post them.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "core/text_rule.h"
#include "fleet_page.h"
#include "ref_server_impl.h"
#include "remote_commands.h"
#include "storage/random_secret.h"
#include "storage/sha256.h"

namespace kiosk::server {
namespace {

constexpr std::int64_t kSessionSeconds = 12 * 3600;
constexpr const char* kCookie = "fleet_session=";

std::int64_t secondsNow() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

std::string formTokenOf(const std::string& session) {
    return storage::sha256Hex("form:" + session).substr(0, 32);
}

void page(httplib::Response& res, int status, const std::string& html) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
                   "form-action 'self'");
    res.set_header("X-Frame-Options", "DENY");
    res.set_content(html, "text/html; charset=utf-8");
}

void backToPage(httplib::Response& res) {
    res.status = 303;
    res.set_header("Location", "/fleet");
}

}  // namespace

std::optional<std::string> RefServer::Impl::fleetSession(const httplib::Request& req) const {
    const std::string cookies = req.get_header_value("Cookie");
    for (std::size_t at = cookies.find(kCookie); at != std::string::npos; at = cookies.find(kCookie, at + 1)) {
        if (at != 0 && cookies[at - 1] != ' ' && cookies[at - 1] != ';') continue;
        const std::size_t start = at + std::char_traits<char>::length(kCookie);
        const std::string value = cookies.substr(start, cookies.find(';', start) - start);
        std::lock_guard lock(fleetSessionsMutex);
        const auto it = fleetSessions.find(value);
        if (it != fleetSessions.end() && it->second > secondsNow()) return value;
    }
    return std::nullopt;
}

void RefServer::Impl::fleetPageRoutes() {
    httplib::Server& s = *http;
    s.Get("/fleet", [this](const httplib::Request& req, httplib::Response& res) {
        const std::string key = req.get_param_value("key");
        if (!key.empty() && !options.adminToken.empty() && sameSecret(key, options.adminToken)) {
            const std::string session = storage::randomHex(16);
            {
                std::lock_guard lock(fleetSessionsMutex);
                std::erase_if(fleetSessions, [](const auto& entry) { return entry.second <= secondsNow(); });
                fleetSessions[session] = secondsNow() + kSessionSeconds;
            }
            res.set_header("Set-Cookie", std::string(kCookie) + session + "; Path=/fleet; HttpOnly; SameSite=Strict" +
                                             (options.certPath.empty() ? "" : "; Secure"));
            return backToPage(res);
        }
        const auto session = fleetSession(req);
        if (!session) {
            return page(res, 403,
                        "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>设备总览</title>"
                        "<p>请用管理员链接打开设备总览（/fleet?key=管理员令牌）。</p></html>");
        }
        FleetPageData data;
        data.devices = fleet->devices();
        data.enrolments = fleet->pendingEnrolments(secondsNow());
        data.now = secondsNow();
        data.nowText = now();
        data.today = data.nowText.substr(0, 10);
        data.formToken = formTokenOf(*session);
        page(res, 200, fleetPageHtml(data));
    });
    s.Get(R"(/fleet/devices/([A-Za-z0-9_.-]{1,64})/screenshot\.png)",
          [this](const httplib::Request& req, httplib::Response& res) {
              if (!fleetSession(req)) return page(res, 403, "");
              std::ifstream in(screenshotPath(req.matches[1].str()), std::ios::binary);
              if (!in) return page(res, 404, "");
              res.set_header("Cache-Control", "no-store");
              res.set_header("X-Content-Type-Options", "nosniff");  // a picture, whatever its bytes say
              res.set_header("Content-Security-Policy", "sandbox");
              res.set_content(std::string(std::istreambuf_iterator<char>(in), {}), "image/png");
          });
    // The forms: the session (checked from the head already) and its form token.
    auto formAllowed = [this](const httplib::Request& req) {
        // A browser names the page a form was posted from: it must be this page's own origin,
        // scheme included (compared whole, never by prefix). The session's form token is checked
        // besides.
        if (req.has_header("Origin")) {
            const std::string scheme = options.certPath.empty() ? "http://" : "https://";
            const std::string host = req.get_header_value("Host");
            if (host.empty() || req.get_header_value("Origin") != scheme + host) return false;
        }
        const auto session = fleetSession(req);
        return session && sameSecret(req.get_param_value("form_token"), formTokenOf(*session));
    };
    s.Post(R"(/fleet/enrolments/([0-9]{8})/confirm)",
           [this, formAllowed](const httplib::Request& req, httplib::Response& res) {
               if (!formAllowed(req)) return page(res, 403, "");
               const std::string device = req.get_param_value("device_id");
               if (!isDeviceId(device)) return page(res, 400, "<p>设备编号只能用字母、数字、_ . -，最多64个。</p>");
               const bool replace = req.get_param_value("replace") == "yes";
               switch (fleet->confirmEnrolment(req.matches[1].str(), device, replace, secondsNow())) {
                   case EnrolmentConfirm::Confirmed: return backToPage(res);
                   case EnrolmentConfirm::Unknown: return page(res, 404, "<p>这个登记码已过期或已确认。</p>");
                   case EnrolmentConfirm::DeviceExists:
                       return page(res, 409,
                                   "<p>这个设备编号已经有一台机器在用。确实要换成这台（原来那台将不能再联网），"
                                   "请返回并勾选“替换已有设备”。</p>");
               }
           });
    s.Post(R"(/fleet/devices/([A-Za-z0-9_.-]{1,64})/commands)",
           [this, formAllowed](const httplib::Request& req, httplib::Response& res) {
               if (!formAllowed(req)) return page(res, 403, "");
               const std::string command = req.get_param_value("command");
               // The page's buttons: commands without fields (set_config goes by the admin API).
               static const std::set<std::string, std::less<>> kButtons = {"screenshot", "sync_now", "restart",
                                                                           "test_print", "test_camera"};
               if (!kButtons.contains(command)) return page(res, 400, "");
               fleet->queueCommand(req.matches[1].str(), command, "{}", now());
               backToPage(res);
           });
}

}  // namespace kiosk::server
