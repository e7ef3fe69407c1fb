#include "widgets/qr_view.h"

#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "core/qr_matrix.h"
#include "widgets/colors.h"
#include "widgets/widget_registry.h"

namespace kiosk::widgets {
namespace {

constexpr int kQuietModules = 4;
constexpr std::size_t kCachedCodes = 8;

// Encoding costs ~0.1 ms; a screen shows the same code every frame, so it is kept (UI thread only).
const std::optional<core::QrMatrix>& encoded(std::string_view text) {
    static std::map<std::string, std::optional<core::QrMatrix>, std::less<>> cache;
    if (const auto it = cache.find(text); it != cache.end()) return it->second;
    if (cache.size() >= kCachedCodes) cache.clear();
    return cache.emplace(std::string(text), core::encodeQr(text)).first->second;
}

}  // namespace

bool qrCode(std::string_view id, std::string_view text, float side) {
    const std::optional<core::QrMatrix>& m = encoded(text);
    if (!m) return false;
    const int modulesWithQuiet = m->size + kQuietModules * 2;
    const float module = std::floor(side / static_cast<float>(modulesWithQuiet));
    if (module < 1.0f) return false;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 origin(std::round(at.x), std::round(at.y));
    const float drawn = module * static_cast<float>(modulesWithQuiet);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 white = toImColor(0xFFFFFF);
    const ImU32 black = toImColor(0x000000);
    dl->AddRectFilled(origin, ImVec2(origin.x + drawn, origin.y + drawn), white);
    const float x0 = origin.x + module * kQuietModules;
    const float y0 = origin.y + module * kQuietModules;
    // One rectangle per run of dark modules in a row: a 33×33 code is ~300 rectangles, not ~600.
    for (int y = 0; y < m->size; ++y) {
        for (int x = 0; x < m->size;) {
            if (!m->at(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m->size && m->at(end, y)) ++end;
            dl->AddRectFilled(ImVec2(x0 + module * static_cast<float>(x), y0 + module * static_cast<float>(y)),
                              ImVec2(x0 + module * static_cast<float>(end), y0 + module * static_cast<float>(y + 1)),
                              black);
            x = end;
        }
    }
    currentRegistry().addQr(id, text, origin, ImVec2(origin.x + drawn, origin.y + drawn));
    ImGui::Dummy(ImVec2(side, drawn));
    return true;
}

}  // namespace kiosk::widgets
