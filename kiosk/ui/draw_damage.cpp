#include "ui/draw_damage.h"

#include <algorithm>
#include <cfloat>

namespace kiosk::ui {
namespace {

using Triangle = DrawSignature::Triangle;

bool sameVertex(const ImDrawVert& a, const ImDrawVert& b) {
    return a.pos.x == b.pos.x && a.pos.y == b.pos.y && a.uv.x == b.uv.x && a.uv.y == b.uv.y && a.col == b.col;
}

bool sameTriangle(const Triangle& a, const Triangle& b) {
    return sameVertex(a.corners[0], b.corners[0]) && sameVertex(a.corners[1], b.corners[1]) &&
           sameVertex(a.corners[2], b.corners[2]) && a.clip.x == b.clip.x && a.clip.y == b.clip.y &&
           a.clip.z == b.clip.z && a.clip.w == b.clip.w && a.texture == b.texture && a.callback == b.callback;
}

bool sameList(const std::vector<Triangle>& a, const std::vector<Triangle>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameTriangle);
}

// Where a triangle may put pixels: round its corners, within its clip rectangle.
std::optional<ScreenRect> footprint(const Triangle& t, const ScreenRect& display) {
    if (t.callback) return display;
    ImVec2 lo(FLT_MAX, FLT_MAX);
    ImVec2 hi(-FLT_MAX, -FLT_MAX);
    for (const ImDrawVert& v : t.corners) {
        lo = ImVec2(std::min(lo.x, v.pos.x), std::min(lo.y, v.pos.y));
        hi = ImVec2(std::max(hi.x, v.pos.x), std::max(hi.y, v.pos.y));
    }
    const ScreenRect r{ImVec2(std::max(lo.x, t.clip.x), std::max(lo.y, t.clip.y)),
                       ImVec2(std::min(hi.x, t.clip.z), std::min(hi.y, t.clip.w))};
    if (r.empty()) return std::nullopt;
    return r;
}

// The triangles of `list` from `first` up to (not including) `end`, round their footprints.
std::optional<ScreenRect> footprintOf(const std::vector<Triangle>& list, std::size_t first, std::size_t end,
                                      const ScreenRect& display) {
    std::optional<ScreenRect> area;
    for (std::size_t i = first; i < end; ++i) area = unite(area, footprint(list[i], display));
    return area;
}

}  // namespace

std::optional<ScreenRect> unite(const std::optional<ScreenRect>& a, const std::optional<ScreenRect>& b) {
    if (!a) return b;
    if (!b) return a;
    return ScreenRect{ImVec2(std::min(a->min.x, b->min.x), std::min(a->min.y, b->min.y)),
                      ImVec2(std::max(a->max.x, b->max.x), std::max(a->max.y, b->max.y))};
}

void DrawSignature::capture(const ImDrawData& data, ImVec4 clearColor) {
    frame_ = Frame{clearColor, data.DisplayPos, data.DisplaySize};
    display_ = ScreenRect{data.DisplayPos,
                          ImVec2(data.DisplayPos.x + data.DisplaySize.x, data.DisplayPos.y + data.DisplaySize.y)};
    // The vectors are kept from frame to frame: capturing every frame allocates nothing.
    lists_.resize(static_cast<std::size_t>(data.CmdListsCount));
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList* list = data.CmdLists[i];
        std::vector<Triangle>& out = lists_[static_cast<std::size_t>(i)];
        out.clear();
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                out.push_back(Triangle{{}, cmd.ClipRect, cmd.TextureId, cmd.UserCallback});
                continue;
            }
            for (unsigned int e = 0; e + 2 < cmd.ElemCount; e += 3) {
                Triangle t{{}, cmd.ClipRect, cmd.TextureId, nullptr};
                for (unsigned int k = 0; k < 3; ++k) {
                    const ImDrawIdx index = list->IdxBuffer[static_cast<int>(cmd.IdxOffset + e + k)];
                    t.corners[k] = list->VtxBuffer[static_cast<int>(cmd.VtxOffset + index)];
                }
                out.push_back(t);
            }
        }
    }
}

bool DrawSignature::sameSettings(const DrawSignature& other) const {
    const auto sameVec2 = [](ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; };
    const ImVec4& c = frame_.clearColor;
    const ImVec4& o = other.frame_.clearColor;
    return c.x == o.x && c.y == o.y && c.z == o.z && c.w == o.w &&
           sameVec2(frame_.displayPos, other.frame_.displayPos) &&
           sameVec2(frame_.displaySize, other.frame_.displaySize) && lists_.size() == other.lists_.size();
}

bool DrawSignature::operator==(const DrawSignature& other) const {
    if (!sameSettings(other)) return false;
    for (std::size_t i = 0; i < lists_.size(); ++i) {
        if (!sameList(lists_[i], other.lists_[i])) return false;
    }
    return true;
}

std::optional<ScreenRect> changedArea(const DrawSignature& before, const DrawSignature& after) {
    if (!before.sameSettings(after)) return after.display_;
    std::optional<ScreenRect> area;
    for (std::size_t i = 0; i < after.lists_.size(); ++i) {
        const std::vector<Triangle>& was = before.lists_[i];
        const std::vector<Triangle>& is = after.lists_[i];
        // The changed triangles lie between the longest unchanged run at the start and at the end.
        const std::size_t shorter = std::min(was.size(), is.size());
        std::size_t head = 0;
        while (head < shorter && sameTriangle(was[head], is[head])) ++head;
        if (head == was.size() && head == is.size()) continue;
        std::size_t tail = 0;
        while (tail < shorter - head && sameTriangle(was[was.size() - 1 - tail], is[is.size() - 1 - tail])) ++tail;
        // What it drew before (now to be covered by what lies under it) and what it draws now.
        area = unite(area, footprintOf(was, head, was.size() - tail, before.display_));
        area = unite(area, footprintOf(is, head, is.size() - tail, after.display_));
    }
    if (!area) return std::nullopt;
    // Clip rectangles may reach past the screen; the screen is all there is to repaint.
    const ScreenRect& d = after.display_;
    ScreenRect r{ImVec2(std::max(area->min.x, d.min.x), std::max(area->min.y, d.min.y)),
                 ImVec2(std::min(area->max.x, d.max.x), std::min(area->max.y, d.max.y))};
    if (r.empty()) return std::nullopt;
    return r;
}

std::optional<ScreenRect> textureFootprint(const ImDrawData& data, ImTextureID texture) {
    std::optional<ScreenRect> found;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList* list = data.CmdLists[i];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            // A command the loop turned into a copy keeps its quad: it covers the same part.
            if (cmd.TextureId != texture || cmd.ElemCount == 0) continue;
            ImVec2 lo(FLT_MAX, FLT_MAX);
            ImVec2 hi(-FLT_MAX, -FLT_MAX);
            for (unsigned int e = 0; e < cmd.ElemCount; ++e) {
                const ImDrawIdx index = list->IdxBuffer[static_cast<int>(cmd.IdxOffset + e)];
                const ImVec2 p = list->VtxBuffer[static_cast<int>(cmd.VtxOffset + index)].pos;
                lo = ImVec2(std::min(lo.x, p.x), std::min(lo.y, p.y));
                hi = ImVec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
            }
            ScreenRect r{ImVec2(std::max(lo.x, cmd.ClipRect.x), std::max(lo.y, cmd.ClipRect.y)),
                         ImVec2(std::min(hi.x, cmd.ClipRect.z), std::min(hi.y, cmd.ClipRect.w))};
            if (r.empty()) continue;
            found = unite(found, r);
        }
    }
    return found;
}

void clipDrawData(ImDrawData& data, ScreenRect rect) {
    for (int i = 0; i < data.CmdListsCount; ++i) {
        for (ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer) {
            cmd.ClipRect = ImVec4(std::max(cmd.ClipRect.x, rect.min.x), std::max(cmd.ClipRect.y, rect.min.y),
                                  std::min(cmd.ClipRect.z, rect.max.x), std::min(cmd.ClipRect.w, rect.max.y));
        }
    }
}

void dropTrianglesOutsideClip(ImDrawData& data) {
    for (int i = 0; i < data.CmdListsCount; ++i) {
        ImDrawList& list = *data.CmdLists[i];
        for (ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback || cmd.ElemCount == 0) continue;
            const ImVec4 clip(cmd.ClipRect.x - 1, cmd.ClipRect.y - 1, cmd.ClipRect.z + 1, cmd.ClipRect.w + 1);
            ImDrawIdx* index = list.IdxBuffer.Data + cmd.IdxOffset;
            const ImDrawVert* vertex = list.VtxBuffer.Data + cmd.VtxOffset;
            unsigned int kept = 0;
            for (unsigned int e = 0; e + 2 < cmd.ElemCount; e += 3) {
                const ImVec2& a = vertex[index[e]].pos;
                const ImVec2& b = vertex[index[e + 1]].pos;
                const ImVec2& c = vertex[index[e + 2]].pos;
                const bool outside = std::max({a.x, b.x, c.x}) <= clip.x || std::min({a.x, b.x, c.x}) >= clip.z ||
                                     std::max({a.y, b.y, c.y}) <= clip.y || std::min({a.y, b.y, c.y}) >= clip.w;
                if (outside) continue;
                if (kept != e) std::copy_n(index + e, 3, index + kept);
                kept += 3;
            }
            cmd.ElemCount = kept;
        }
    }
}

}  // namespace kiosk::ui
