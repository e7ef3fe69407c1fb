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

void DrawSignature::capture(const ImDrawData& data, ImVec4 clearColor) {
    bytes_.clear();
    append(bytes_, clearColor);
    append(bytes_, data.DisplayPos);
    append(bytes_, data.DisplaySize);
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList* list = data.CmdLists[i];
        append(bytes_, list->CmdBuffer.Size);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            // Field by field: the struct has padding, and a callback's pointers mean a redraw.
            append(bytes_, cmd.ClipRect);
            append(bytes_, cmd.TextureId);
            append(bytes_, cmd.VtxOffset);
            append(bytes_, cmd.IdxOffset);
            append(bytes_, cmd.ElemCount);
            append(bytes_, reinterpret_cast<std::uintptr_t>(cmd.UserCallback));
        }
        append(bytes_, list->VtxBuffer.Size);
        appendBytes(bytes_, list->VtxBuffer.Data, sizeof(ImDrawVert) * static_cast<std::size_t>(list->VtxBuffer.Size));
        append(bytes_, list->IdxBuffer.Size);
        appendBytes(bytes_, list->IdxBuffer.Data, sizeof(ImDrawIdx) * static_cast<std::size_t>(list->IdxBuffer.Size));
    }
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
            if (!found) {
                found = r;
            } else {
                found->min = ImVec2(std::min(found->min.x, r.min.x), std::min(found->min.y, r.min.y));
                found->max = ImVec2(std::max(found->max.x, r.max.x), std::max(found->max.y, r.max.y));
            }
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
