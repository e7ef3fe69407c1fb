#include "fleet_page.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "markup_escape.h"

namespace kiosk::server {
namespace {

// The printer's states (docs/api.md "Heartbeat") in the admin's words; a stopped printer is marked.
std::string printerText(const nlohmann::json& p, bool& bad) {
    if (!p.is_object()) return "无";
    static const std::map<std::string, std::string> kWords = {
        {"ready", "正常"},   {"paper_near_end", "纸快用完"}, {"paper_end", "缺纸"},    {"cover_open", "盖子开着"},
        {"offline", "离线"}, {"unreachable", "连不上"},      {"not_checked", "未检查"}};
    const std::string state = p.value("state", "");
    bad = state == "paper_end" || state == "cover_open" || state == "offline" || state == "unreachable";
    const auto it = kWords.find(state);
    return it == kWords.end() ? state : it->second;
}

std::string cameraText(const nlohmann::json& c, bool& bad) {
    if (!c.is_object()) return "无";
    const std::string state = c.value("state", "");
    bad = state == "failed";
    return state == "ready" ? "正常" : state == "failed" ? "故障" : "未检查";
}

std::string remoteConfigText(const nlohmann::json& r, bool& bad) {
    if (!r.is_object()) return "—";
    const std::string state = r.value("state", "");
    bad = state == "rolled_back";
    if (state == "applied") return "已生效 " + r.value("version", "");
    if (state == "trial") return "试用中 " + r.value("version", "");
    if (state == "rolled_back") return "已回退：" + r.value("problem", "");
    return "—";
}

// "2026-12-04T13:57:28+08:00" as people write it: "2026-12-04 13:57:28".
std::string timeText(const std::string& w3c) {
    std::string t = w3c.substr(0, 19);
    if (t.size() > 10 && t[10] == 'T') t[10] = ' ';
    return t;
}

std::string agoText(std::int64_t seconds) {
    if (seconds < 60) return "刚刚";
    if (seconds < 3600) return std::to_string(seconds / 60) + " 分钟前";
    if (seconds < 86400) return std::to_string(seconds / 3600) + " 小时前";
    return std::to_string(seconds / 86400) + " 天前";
}

std::string cell(const std::string& text, bool marked = false) {
    return std::string(marked ? "<td class=\"bad\">" : "<td>") + markupEscaped(text) + "</td>";
}

std::string commandButton(const std::string& device, const std::string& command, const std::string& label,
                          const std::string& formToken) {
    return "<form method=\"post\" action=\"/fleet/devices/" + markupEscaped(device) +
           "/commands\"><input type=\"hidden\" name=\"form_token\" value=\"" + markupEscaped(formToken) +
           "\"><input type=\"hidden\" name=\"command\" value=\"" + command + "\"><button>" + label + "</button></form>";
}

}  // namespace

int compareVersions(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        const bool digitA = i < a.size() && std::isdigit(static_cast<unsigned char>(a[i]));
        const bool digitB = j < b.size() && std::isdigit(static_cast<unsigned char>(b[j]));
        if (digitA && digitB) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
            std::string na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
            na.erase(0, std::min(na.find_first_not_of('0'), na.size() - 1));
            nb.erase(0, std::min(nb.find_first_not_of('0'), nb.size() - 1));
            if (na.size() != nb.size()) return na.size() < nb.size() ? -1 : 1;
            if (na != nb) return na < nb ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const int ca = i < a.size() ? static_cast<unsigned char>(a[i]) : -1;
        const int cb = j < b.size() ? static_cast<unsigned char>(b[j]) : -1;
        if (ca != cb) return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return 0;
}

std::string fleetPageHtml(const FleetPageData& data) {
    struct Row {
        const DeviceRecord* device;
        nlohmann::json beat;
    };
    std::vector<Row> rows;
    rows.reserve(data.devices.size());
    // The newest version is what the enrolled kiosks run, when there are any: a kiosk on a shared
    // token is not known to be one of ours, and a version it claims must not mark every real one
    // 落后.
    const bool anyEnrolled =
        std::any_of(data.devices.begin(), data.devices.end(), [](const DeviceRecord& d) { return d.enrolled; });
    std::string newest;
    for (const DeviceRecord& d : data.devices) {
        Row row{&d, core::readJson(d.lastBody).value};
        if (!row.beat.is_object()) row.beat = nlohmann::json::object();
        const std::string version = row.beat.value("app_version", "");
        const bool counts = d.enrolled || !anyEnrolled;
        if (counts && !version.empty() && (newest.empty() || compareVersions(version, newest) > 0)) newest = version;
        rows.push_back(std::move(row));
    }

    std::string html =
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>监督一点通 · 设备总览</title>"
        "<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:24px;font-size:16px}"
        "table{border-collapse:collapse;margin-bottom:28px}th,td{border:1px solid #bbb;padding:6px 10px;"
        "text-align:left;vertical-align:top}th{background:#eef2f7;white-space:nowrap}.bad{background:#fde2e1;color:#"
        "8a1c12;"
        "font-weight:bold}img{width:240px;border:1px solid #999}form{display:inline;margin-right:4px}"
        "h2{margin-top:8px}td:first-child{white-space:nowrap}</style></head><body>\n<h1>设备总览</h1>\n<p>更新于 " +
        markupEscaped(timeText(data.nowText)) + "；最新版本 " + markupEscaped(newest.empty() ? "—" : newest) + "</p>\n";

    html +=
        "<h2>设备</h2>\n<table "
        "id=\"devices\"><tr><th>设备</th><th>服务大厅</th><th>状态</th><th>版本</th><th>最近心跳</th>"
        "<th>待发送</th><th>需处理</th><th>打印机</th><th>摄像头</th><th>今日访问</th><th>远程配置</th>"
        "<th>截图</th><th>操作</th></tr>\n";
    std::map<std::string, std::int64_t> visitsByCommunity;
    for (const Row& r : rows) {
        const DeviceRecord& d = *r.device;
        const nlohmann::json& b = r.beat;
        const nlohmann::json hall = b.value("hall", nlohmann::json::object());
        const nlohmann::json counters = b.value("counters", nlohmann::json::object());
        const bool countersToday = counters.is_object() && counters.value("date", "") == data.today;
        const std::int64_t visits = countersToday ? counters.value("visits", std::int64_t{0}) : 0;
        if (hall.is_object() && !hall.value("community", "").empty())
            visitsByCommunity[hall.value("community", "")] += visits;
        const std::string version = b.value("app_version", "");
        const bool behind = !version.empty() && compareVersions(version, newest) < 0;
        const bool stale = d.lastAt.empty() || data.now - d.lastAtSeconds > data.staleSeconds;
        bool printerBad = false, cameraBad = false, remoteBad = false;
        const std::string printer = printerText(b.value("printer", nlohmann::json()), printerBad);
        const std::string camera = cameraText(b.value("camera", nlohmann::json()), cameraBad);
        const std::string remote = remoteConfigText(b.value("remote_config", nlohmann::json()), remoteBad);
        const std::int64_t attention = b.value("needs_attention", std::int64_t{0});
        html += "<tr class=\"device\" data-device=\"" + markupEscaped(d.deviceId) + "\">";
        html += cell(d.enrolled ? d.deviceId : d.deviceId + "（共用令牌）");
        html += cell(hall.is_object() ? hall.value("name", "") : "");
        // A kiosk on its 本机暂停服务 screen (a config it cannot use) still syncs: only this says
        // that it helps no one.
        const std::int64_t problems = b.value("out_of_service", std::int64_t{-1});
        html += cell(problems < 0    ? "—"
                     : problems == 0 ? "在服务"
                                     : "暂停服务（" + std::to_string(problems) + " 个配置问题，看日志）",
                     problems > 0);
        html += cell(version.empty() ? "—" : version + (behind ? "（落后）" : ""), behind);
        html += cell(d.lastAt.empty() ? "从未" : timeText(d.lastAt) + "（" + agoText(data.now - d.lastAtSeconds) + "）",
                     stale);
        html += cell(std::to_string(b.value("outbox_depth", std::int64_t{0})));
        html += cell(std::to_string(attention), attention > 0);
        html += cell(printer, printerBad);
        html += cell(camera, cameraBad);
        html += cell(countersToday ? std::to_string(visits) : "—");
        html += cell(remote, remoteBad);
        const std::string shot = "/fleet/devices/" + markupEscaped(d.deviceId) + "/screenshot.png";
        html += d.screenshotAt.empty()
                    ? "<td>—</td>"
                    : "<td><a href=\"" + shot + "\"><img src=\"" + shot + "\" alt=\"" + markupEscaped(d.deviceId) +
                          " 的截图\"></a><br>" + markupEscaped(timeText(d.screenshotAt)) + "</td>";
        html += "<td>" + commandButton(d.deviceId, "screenshot", "截图", data.formToken) +
                commandButton(d.deviceId, "sync_now", "立即同步", data.formToken) +
                commandButton(d.deviceId, "restart", "重启", data.formToken) +
                commandButton(d.deviceId, "test_print", "测试打印", data.formToken) +
                commandButton(d.deviceId, "test_camera", "测试摄像头", data.formToken) + "</td>";
        html += "</tr>\n";
    }
    html += "</table>\n";

    html += "<h2>今日各社区访问量</h2>\n<table id=\"visits\"><tr><th>社区</th><th>访问人次</th></tr>\n";
    for (const auto& [community, visits] : visitsByCommunity) {
        html += "<tr class=\"community\">" + cell(community) + cell(std::to_string(visits)) + "</tr>\n";
    }
    html += "</table>\n";

    html +=
        "<h2>待确认的设备登记</h2>\n<table id=\"enrolments\"><tr><th>登记码</th><th>服务大厅</th><th>版本</th>"
        "<th>确认</th></tr>\n";
    for (const PendingEnrolment& e : data.enrolments) {
        html += "<tr class=\"enrolment\" id=\"enrol-" + markupEscaped(e.code) + "\">" +
                cell(e.code.substr(0, 4) + " " + e.code.substr(4)) + cell(e.hall) + cell(e.appVersion);
        if (e.confirmed) {
            html += cell("已确认为 " + e.deviceId + "，等设备取走");
        } else {
            html += "<td><form method=\"post\" action=\"/fleet/enrolments/" + markupEscaped(e.code) +
                    "/confirm\"><input type=\"hidden\" name=\"form_token\" value=\"" + markupEscaped(data.formToken) +
                    "\">设备编号 <input name=\"device_id\" required pattern=\"[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]{0,63}\">"
                    " <label><input type=\"checkbox\" name=\"replace\" value=\"yes\">替换已有设备</label>"
                    " <button>确认</button></form></td>";
        }
        html += "</tr>\n";
    }
    html += "</table>\n</body></html>\n";
    return html;
}

}  // namespace kiosk::server
