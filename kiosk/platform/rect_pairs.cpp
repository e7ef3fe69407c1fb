#include "platform/rect_pairs.h"

#include <algorithm>

namespace kiosk::platform {
namespace {

bool quadAt(const ImDrawIdx* i) {
    return i[3] == i[0] && i[4] == i[2] && i[1] == i[0] + 1 && i[2] == i[0] + 2 && i[5] == i[0] + 3;
}

// Appends the command's indices to `out`, each quad at a multiple of six from `start`.
void layOut(const ImDrawIdx* in, unsigned int count, ImVector<ImDrawIdx>& out, int start, RectPairing& pairing) {
    unsigned int e = 0;
    while (e + 2 < count) {
        if (e + 5 < count && quadAt(in + e)) {
            if ((out.Size - start) % 6 != 0) {
                for (int k = 0; k < 3; ++k) out.push_back(in[e]);  // no area: llvmpipe drops it
                ++pairing.padding;
            }
            for (unsigned int k = 0; k < 6; ++k) out.push_back(in[e + k]);
            ++pairing.quads;
            e += 6;
        } else {
            for (unsigned int k = 0; k < 3; ++k) out.push_back(in[e + k]);
            e += 3;
        }
    }
}

}  // namespace

RectPairing pairQuadsAsRectangles(ImDrawData& data) {
    RectPairing pairing;
    const ImTextureID font = ImGui::GetIO().Fonts->TexID;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        ImDrawList& list = *data.CmdLists[l];
        ImVector<ImDrawIdx> indices;
        indices.reserve(list.IdxBuffer.Size + list.IdxBuffer.Size / 8);
        ImVector<ImDrawCmd> commands;
        commands.reserve(list.CmdBuffer.Size * 2);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            ImDrawCmd copy = cmd;
            copy.IdxOffset = static_cast<unsigned int>(indices.Size);
            const ImDrawIdx* in = list.IdxBuffer.Data + cmd.IdxOffset;
            if (cmd.UserCallback != nullptr || cmd.TextureId != font) {
                for (unsigned int k = 0; k < cmd.ElemCount; ++k) indices.push_back(in[k]);
                commands.push_back(copy);
                continue;
            }
            const int start = indices.Size;
            layOut(in, cmd.ElemCount, indices, start, pairing);
            const auto laidOut = static_cast<unsigned int>(indices.Size - start);
            for (unsigned int first = 0; first < laidOut; first += kLargestRectDraw) {
                copy.IdxOffset = static_cast<unsigned int>(start) + first;
                copy.ElemCount = std::min(kLargestRectDraw, laidOut - first);
                commands.push_back(copy);
                ++pairing.parts;
            }
        }
        list.IdxBuffer.swap(indices);
        list.CmdBuffer.swap(commands);
    }
    data.TotalIdxCount = 0;
    for (int l = 0; l < data.CmdListsCount; ++l) data.TotalIdxCount += data.CmdLists[l]->IdxBuffer.Size;
    return pairing;
}

}  // namespace kiosk::platform
