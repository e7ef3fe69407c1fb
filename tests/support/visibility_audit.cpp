#include "support/visibility_audit.h"

#include <imgui_internal.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "core/utf8.h"
#include "widgets/big_button.h"

namespace kiosk::testing {
namespace {

// A glyph's bitmap carries a transparent border; a clip taking no more than this is not a cut.
constexpr float kGlyphSlack = 2.0f;
constexpr float kTargetSlack = 0.5f;

struct Box {
    float x0, y0, x1, y1;
};

Box intersect(Box a, Box b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

std::string describe(Box b) {
    char text[96];
    std::snprintf(text, sizeof text, "(%.0f,%.0f)-(%.0f,%.0f)", b.x0, b.y0, b.x1, b.y1);
    return text;
}

// Finds the glyph whose place in the atlas texture holds a UV point: glyphs are packed without
// overlap, so the centre of a drawn quad (clipped or not) lies in exactly one glyph's rectangle.
class GlyphLookup {
public:
    explicit GlyphLookup(const ImFontAtlas& atlas) {
        for (const ImFont* font : atlas.Fonts) {
            for (const ImFontGlyph& glyph : font->Glyphs) {
                if (!glyph.Visible) continue;
                for (int cu = cell(glyph.U0); cu <= cell(glyph.U1); ++cu) {
                    for (int cv = cell(glyph.V0); cv <= cell(glyph.V1); ++cv) cells_[key(cu, cv)].push_back(&glyph);
                }
            }
        }
    }

    const ImFontGlyph* at(float u, float v) const {
        const auto found = cells_.find(key(cell(u), cell(v)));
        if (found == cells_.end()) return nullptr;
        for (const ImFontGlyph* glyph : found->second) {
            if (u >= glyph->U0 && u <= glyph->U1 && v >= glyph->V0 && v <= glyph->V1) return glyph;
        }
        return nullptr;
    }

private:
    static int cell(float uv) { return static_cast<int>(std::floor(uv * 64.0f)); }
    static long long key(int cu, int cv) { return static_cast<long long>(cu) * 100000 + cv; }
    std::unordered_map<long long, std::vector<const ImFontGlyph*>> cells_;
};

// The running strip of the unattended display moves its slogans in at one edge of the screen and
// out at the other, like a news ticker: its characters cross the screen edge by design.
bool isRunningStrip(const ImDrawList& list) {
    return list._OwnerName && std::string(list._OwnerName) == "##ticker";
}

// The glyph quads ImFont::RenderText writes: four vertices, top-left clockwise, UVs likewise.
bool isQuad(const ImDrawVert* v) {
    const ImDrawVert &a = v[0], &b = v[1], &c = v[2], &d = v[3];
    return a.pos.y == b.pos.y && b.pos.x == c.pos.x && c.pos.y == d.pos.y && d.pos.x == a.pos.x && a.pos.x < b.pos.x &&
           a.pos.y < d.pos.y && a.uv.y == b.uv.y && b.uv.x == c.uv.x && c.uv.y == d.uv.y && d.uv.x == a.uv.x &&
           a.uv.x < b.uv.x && a.uv.y < d.uv.y;
}

// One line of cut text: the glyphs of one window cut at the same height, in drawing order.
struct CutLine {
    std::string text;
    Box extent{1e9f, 1e9f, -1e9f, -1e9f};
    Box clip{};
};

// A glyph as it shows: the part of it inside its clip rectangle.
struct ShownGlyph {
    Box box;
    char32_t codepoint;
    const ImDrawList* list;  // the window it is drawn in
};

void findCutGlyphs(const ImDrawList& list, const ImDrawCmd& cmd, const GlyphLookup& glyphs, Box screen,
                   std::map<std::pair<std::string, int>, CutLine>& cut, std::vector<ShownGlyph>& shown) {
    unsigned lo = UINT_MAX;
    unsigned hi = 0;
    for (unsigned i = cmd.IdxOffset; i < cmd.IdxOffset + cmd.ElemCount; ++i) {
        const unsigned index = list.IdxBuffer[static_cast<int>(i)] + cmd.VtxOffset;
        lo = std::min(lo, index);
        hi = std::max(hi, index);
    }
    if (lo == UINT_MAX) return;
    const Box clip = intersect({cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w}, screen);
    for (unsigned i = lo; i + 3 <= hi;) {
        const ImDrawVert* v = &list.VtxBuffer[static_cast<int>(i)];
        const ImFontGlyph* glyph =
            isQuad(v) ? glyphs.at((v[0].uv.x + v[1].uv.x) * 0.5f, (v[0].uv.y + v[3].uv.y) * 0.5f) : nullptr;
        if (!glyph) {
            ++i;
            continue;
        }
        i += 4;
        // The whole glyph as it would be drawn unclipped (RenderText trims the quads of text it
        // clips on the CPU, and moves their UVs with them).
        const float sx = (v[1].pos.x - v[0].pos.x) / (v[1].uv.x - v[0].uv.x);
        const float sy = (v[3].pos.y - v[0].pos.y) / (v[3].uv.y - v[0].uv.y);
        const Box whole{v[0].pos.x - (v[0].uv.x - glyph->U0) * sx, v[0].pos.y - (v[0].uv.y - glyph->V0) * sy,
                        v[1].pos.x + (glyph->U1 - v[1].uv.x) * sx, v[3].pos.y + (glyph->V1 - v[3].uv.y) * sy};
        const Box visible = intersect(whole, clip);
        if (visible.x1 > visible.x0 && visible.y1 > visible.y0) shown.push_back({visible, glyph->Codepoint, &list});
        const bool inside = whole.x0 >= clip.x0 - kGlyphSlack && whole.y0 >= clip.y0 - kGlyphSlack &&
                            whole.x1 <= clip.x1 + kGlyphSlack && whole.y1 <= clip.y1 + kGlyphSlack;
        if (inside) continue;
        const int row = static_cast<int>(std::round((whole.y0 + whole.y1) * 0.5f / 32.0f));
        CutLine& line = cut[{list._OwnerName ? list._OwnerName : "?", row}];
        core::appendUtf8(line.text, glyph->Codepoint);
        line.extent = {std::min(line.extent.x0, whole.x0), std::min(line.extent.y0, whole.y0),
                       std::max(line.extent.x1, whole.x1), std::max(line.extent.y1, whole.y1)};
        line.clip = clip;
    }
}

float area(Box b) {
    return std::max(0.0f, b.x1 - b.x0) * std::max(0.0f, b.y1 - b.y0);
}

// Text drawn over other text in one window: two glyphs sharing more than a quarter of the smaller
// one's box. The glyphs of one line only touch (their boxes are their advance apart), so any such
// pair is two strings placed on top of each other. (A window over another, like the narration
// panel of the demonstration, covers what is under it: that is layering, not overlap.)
void findOverlappingText(std::vector<ShownGlyph> shown, std::vector<std::string>& problems) {
    std::sort(shown.begin(), shown.end(), [](const ShownGlyph& a, const ShownGlyph& b) { return a.box.x0 < b.box.x0; });
    std::map<std::pair<int, int>, std::pair<std::string, Box>> overlaps;  // by where, one report per place
    for (std::size_t i = 0; i < shown.size(); ++i) {
        for (std::size_t j = i + 1; j < shown.size() && shown[j].box.x0 < shown[i].box.x1; ++j) {
            if (shown[i].list != shown[j].list) continue;
            const Box both = intersect(shown[i].box, shown[j].box);
            if (area(both) <= 0.25f * std::min(area(shown[i].box), area(shown[j].box))) continue;
            const std::pair<int, int> where{static_cast<int>(both.y0 / 64.0f), static_cast<int>(both.x0 / 256.0f)};
            auto& [text, extent] = overlaps[where];
            if (text.empty()) extent = both;
            if (text.size() < 24) {
                core::appendUtf8(text, shown[i].codepoint);
                core::appendUtf8(text, shown[j].codepoint);
            }
            extent = {std::min(extent.x0, both.x0), std::min(extent.y0, both.y0), std::max(extent.x1, both.x1),
                      std::max(extent.y1, both.y1)};
        }
    }
    for (const auto& [where, found] : overlaps) {
        problems.push_back("overlapping text '" + found.first + "' at " + describe(found.second));
    }
}

// Text running under the edge of a button, a key or a chip: a glyph partly inside a touch target
// and partly outside it. A target's own words lie wholly inside it (as a list row's do), other
// words wholly outside; words across its border are covered by it or pushed against it (seen:
// the receipt's 接下来 sentence under 再反映一个问题 at 特大 with the print button above it).
void findTextUnderTargets(const widgets::WidgetRegistry& registry, const std::vector<ShownGlyph>& shown,
                          std::vector<std::string>& problems) {
    std::map<std::string, std::pair<std::string, Box>> under;  // by target, one report each
    for (const auto& w : registry.widgets()) {
        const Box target{w.min.x + kGlyphSlack, w.min.y + kGlyphSlack, w.max.x - kGlyphSlack, w.max.y - kGlyphSlack};
        for (const ShownGlyph& g : shown) {
            const float inside = area(intersect(g.box, target));
            if (inside <= 0 || inside >= area(g.box) * 0.999f) continue;
            auto& [text, extent] = under[w.id];
            if (text.empty()) extent = g.box;
            if (text.size() < 24) core::appendUtf8(text, g.codepoint);
            extent = {std::min(extent.x0, g.box.x0), std::min(extent.y0, g.box.y0), std::max(extent.x1, g.box.x1),
                      std::max(extent.y1, g.box.y1)};
        }
    }
    for (const auto& [id, found] : under) {
        problems.push_back("text '" + found.first + "' at " + describe(found.second) + " runs under the edge of '" +
                           id + "'");
    }
}

void findCutText(const widgets::WidgetRegistry& registry, Box screen, std::vector<std::string>& problems) {
    // Every atlas a drawn string used (the UI font and the keyboard's own), by texture.
    std::vector<const ImFontAtlas*> atlases{ImGui::GetIO().Fonts};
    for (const auto& drawn : registry.texts()) {
        if (drawn.font && std::find(atlases.begin(), atlases.end(), drawn.font->ContainerAtlas) == atlases.end()) {
            atlases.push_back(drawn.font->ContainerAtlas);
        }
    }
    std::vector<std::pair<ImTextureID, GlyphLookup>> lookups;
    lookups.reserve(atlases.size());
    for (const ImFontAtlas* atlas : atlases) lookups.emplace_back(atlas->TexID, GlyphLookup(*atlas));

    std::map<std::pair<std::string, int>, CutLine> cut;
    std::vector<ShownGlyph> shown;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data || !data->Valid) {
        problems.emplace_back("no draw data: call after ImGui::Render()");
        return;
    }
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList& list = *data->CmdLists[n];
        if (isRunningStrip(list)) continue;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback || cmd.ElemCount == 0) continue;
            for (const auto& [texture, glyphs] : lookups) {
                if (texture == cmd.TextureId) findCutGlyphs(list, cmd, glyphs, screen, cut, shown);
            }
        }
    }
    findTextUnderTargets(registry, shown, problems);
    findOverlappingText(std::move(shown), problems);
    for (const auto& [where, line] : cut) {
        problems.push_back("cut text '" + line.text + "' at " + describe(line.extent) + ", drawn only inside " +
                           describe(line.clip) + " in window '" + where.first + "'");
    }
}

void findCutTargets(const widgets::WidgetRegistry& registry, Box screen, std::vector<std::string>& problems) {
    for (const auto& w : registry.widgets()) {
        const Box visible = intersect({w.clipMin.x, w.clipMin.y, w.clipMax.x, w.clipMax.y}, screen);
        const bool inside = w.min.x >= visible.x0 - kTargetSlack && w.min.y >= visible.y0 - kTargetSlack &&
                            w.max.x <= visible.x1 + kTargetSlack && w.max.y <= visible.y1 + kTargetSlack;
        if (!inside) {
            problems.push_back("cut target '" + w.id + "' " + describe({w.min.x, w.min.y, w.max.x, w.max.y}) +
                               ", drawn only inside " + describe(visible));
        }
    }
    for (const auto& w : registry.culledWidgets()) {
        problems.push_back("hidden target '" + w.id + "' " + describe({w.min.x, w.min.y, w.max.x, w.max.y}) +
                           ": wholly outside its window, nothing of it drawn");
    }
}

// Only lists scroll (their own way, with ▲▼): a window that scrolls hides what lies past its end.
void findScrollingWindows(std::vector<std::string>& problems) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    for (const ImGuiWindow* window : g.Windows) {
        if (!window->Active || window->Hidden) continue;
        if (window->ScrollMax.y > 0.5f || window->ScrollMax.x > 0.5f) {
            char text[64];
            std::snprintf(text, sizeof text, " by %.0f x %.0f px", window->ScrollMax.x, window->ScrollMax.y);
            problems.push_back("window '" + std::string(window->Name) + "' scrolls" + text);
        }
    }
}

}  // namespace

std::vector<std::string> findCutOffContent(const widgets::WidgetRegistry& registry, ImVec2 display) {
    const Box screen{0, 0, display.x, display.y};
    std::vector<std::string> problems;
    findCutText(registry, screen, problems);
    findCutTargets(registry, screen, problems);
    findScrollingWindows(problems);
    return problems;
}

bool isWholeScreenTouchArea(const widgets::WidgetRecord& w) {
    return w.id == "attract.wake" || w.id == "still_there.anywhere";
}

bool isListPart(const widgets::WidgetRecord& w) {
    return w.id.find(".row.") != std::string::npos || w.id == "payouts.list" || w.id == "notices.list" ||
           w.id == "finances.table" || w.id == "search.results" || w.id == "notice.page" ||
           w.id == "case.review.list" || w.id == "track.timeline" || w.id == "payout_types.list" || w.id == "self.rows";
}

std::vector<std::string> findCrowdedTargets(const widgets::WidgetRegistry& registry) {
    std::vector<const widgets::WidgetRecord*> targets;
    for (const auto& w : registry.widgets()) {
        if (!isWholeScreenTouchArea(w) && !isListPart(w)) targets.push_back(&w);
    }
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            const widgets::WidgetRecord& a = *targets[i];
            const widgets::WidgetRecord& b = *targets[j];
            const float gapX = std::max(b.min.x - a.max.x, a.min.x - b.max.x);
            const float gapY = std::max(b.min.y - a.max.y, a.min.y - b.max.y);
            const float apart = std::max(gapX, gapY);
            if (apart < widgets::kTouchSpacing - 0.5f) {
                problems.push_back("crowded targets '" + a.id + "' and '" + b.id +
                                   "': " + std::to_string(static_cast<int>(std::round(apart))) + " px apart");
            }
        }
    }
    return problems;
}

}  // namespace kiosk::testing
