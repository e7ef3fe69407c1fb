#include "ui/draw_damage.h"

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <cstring>

namespace kiosk::ui {
namespace {

template <typename T>
void append(std::vector<unsigned char>& out, const T& value) {
    const auto* p = reinterpret_cast<const unsigned char*>(&value);
    out.insert(out.end(), p, p + sizeof(T));
}

void appendBytes(std::vector<unsigned char>& out, const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    out.insert(out.end(), p, p + size);
}

}  // namespace

std::optional<ScreenRect> unite(const std::optional<ScreenRect>& a, const std::optional<ScreenRect>& b) {
    if (!a) return b;
    if (!b) return a;
    return ScreenRect{ImVec2(std::min(a->min.x, b->min.x), std::min(a->min.y, b->min.y)),
                      ImVec2(std::max(a->max.x, b->max.x), std::max(a->max.y, b->max.y))};
}

void DrawSignature::capture(const ImDrawData& data, ImVec4 clearColor) {
    frame_.clear();
    append(frame_, clearColor);
    append(frame_, data.DisplayPos);
    append(frame_, data.DisplaySize);
    append(frame_, data.CmdListsCount);
    display_ = ScreenRect{data.DisplayPos,
                          ImVec2(data.DisplayPos.x + data.DisplaySize.x, data.DisplayPos.y + data.DisplaySize.y)};
    // The vectors are kept from frame to frame: capturing every frame allocates nothing.
    lists_.resize(static_cast<std::size_t>(data.CmdListsCount));
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList* list = data.CmdLists[i];
        List& out = lists_[static_cast<std::size_t>(i)];
        out.bytes.clear();
        std::optional<ScreenRect> bounds;
        append(out.bytes, list->CmdBuffer.Size);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            // Field by field: the struct has padding, and a callback's pointers mean a redraw.
            append(out.bytes, cmd.ClipRect);
            append(out.bytes, cmd.TextureId);
            append(out.bytes, cmd.VtxOffset);
            append(out.bytes, cmd.IdxOffset);
            append(out.bytes, cmd.ElemCount);
            append(out.bytes, reinterpret_cast<std::uintptr_t>(cmd.UserCallback));
            // A callback may draw anywhere; a command draws only inside its clip rectangle.
            const ScreenRect clip = cmd.UserCallback ? display_
                                                     : ScreenRect{ImVec2(cmd.ClipRect.x, cmd.ClipRect.y),
                                                                  ImVec2(cmd.ClipRect.z, cmd.ClipRect.w)};
            bounds = unite(bounds, clip);
        }
        append(out.bytes, list->VtxBuffer.Size);
        appendBytes(out.bytes, list->VtxBuffer.Data,
                    sizeof(ImDrawVert) * static_cast<std::size_t>(list->VtxBuffer.Size));
        append(out.bytes, list->IdxBuffer.Size);
        appendBytes(out.bytes, list->IdxBuffer.Data,
                    sizeof(ImDrawIdx) * static_cast<std::size_t>(list->IdxBuffer.Size));
        out.bounds = bounds.value_or(ScreenRect{});
    }
}

bool DrawSignature::operator==(const DrawSignature& other) const {
    if (frame_ != other.frame_ || lists_.size() != other.lists_.size()) return false;
    for (std::size_t i = 0; i < lists_.size(); ++i) {
        if (lists_[i].bytes != other.lists_[i].bytes) return false;
    }
    return true;
}

std::optional<ScreenRect> changedArea(const DrawSignature& before, const DrawSignature& after) {
    if (before.frame_ != after.frame_ || before.lists_.size() != after.lists_.size()) return after.display_;
    std::optional<ScreenRect> area;
    for (std::size_t i = 0; i < after.lists_.size(); ++i) {
        const DrawSignature::List& was = before.lists_[i];
        const DrawSignature::List& is = after.lists_[i];
        if (was.bytes == is.bytes) continue;
        // Where the window drew before (now to be covered by what lies under it) and draws now.
        area = unite(area, unite(was.bounds.empty() ? std::nullopt : std::optional(was.bounds),
                                 is.bounds.empty() ? std::nullopt : std::optional(is.bounds)));
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
            if (cmd.UserCallback || cmd.TextureId != texture || cmd.ElemCount == 0) continue;
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

}  // namespace kiosk::ui
