#include "platform/opaque_fills.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>

#include <cmath>

#include "platform/fill_program.h"

namespace kiosk::platform {
namespace {

// Below this many pixels a run is not worth its two state changes (a glyph's box, an outline's
// corner): it stays with the blended rest.
constexpr float kMinRunArea = 8000.0f;

void blendingOff(const ImDrawList*, const ImDrawCmd*) {
    glDisable(GL_BLEND);
    useFillProgram();
}
void blendingOn(const ImDrawList*, const ImDrawCmd*) {
    glEnable(GL_BLEND);
    useProgramBeforeFills();
}

bool opaqueWhite(const ImDrawVert& v, ImVec2 whitePixelUv) {
    return (v.col & IM_COL32_A_MASK) == IM_COL32_A_MASK && v.uv.x == whitePixelUv.x && v.uv.y == whitePixelUv.y;
}

float area(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c) {
    return std::fabs((b.pos.x - a.pos.x) * (c.pos.y - a.pos.y) - (c.pos.x - a.pos.x) * (b.pos.y - a.pos.y)) * 0.5f;
}

struct Run {
    unsigned int first = 0;  // element within the command
    unsigned int count = 0;
    bool opaque = false;
    float area = 0;  // of its triangles, in pixels
};

// The command's triangles as runs of large opaque fills and of the rest, in drawing order.
std::vector<Run> runsOf(const ImDrawList& list, const ImDrawCmd& cmd, ImVec2 whitePixelUv) {
    std::vector<Run> alike;  // each as long as its triangles are of one kind
    for (unsigned int e = 0; e + 2 < cmd.ElemCount; e += 3) {
        const auto vertex = [&](unsigned int k) -> const ImDrawVert& {
            const ImDrawIdx index = list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e + k)];
            return list.VtxBuffer[static_cast<int>(cmd.VtxOffset + index)];
        };
        const ImDrawVert& a = vertex(0);
        const ImDrawVert& b = vertex(1);
        const ImDrawVert& c = vertex(2);
        const bool opaque =
            opaqueWhite(a, whitePixelUv) && opaqueWhite(b, whitePixelUv) && opaqueWhite(c, whitePixelUv);
        if (alike.empty() || alike.back().opaque != opaque) alike.push_back({e, 0, opaque, 0});
        alike.back().count += 3;
        alike.back().area += area(a, b, c);
    }
    std::vector<Run> runs;
    runs.reserve(alike.size());
    for (Run r : alike) {
        if (r.area < kMinRunArea) r.opaque = false;  // not worth two state changes (a glyph, a corner)
        if (!runs.empty() && runs.back().opaque == r.opaque) {
            runs.back().count += r.count;
        } else {
            runs.push_back(r);
        }
    }
    return runs;
}

}  // namespace

int drawOpaqueFillsUnblended(ImDrawData& data, ImTextureID fontTexture, ImVec2 whitePixelUv) {
    int opaqueRuns = 0;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        ImDrawList& list = *data.CmdLists[i];
        const int runsBefore = opaqueRuns;
        ImVector<ImDrawCmd> split;
        split.reserve(list.CmdBuffer.Size * 2);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback || cmd.TextureId != fontTexture || cmd.ElemCount == 0) {
                split.push_back(cmd);
                continue;
            }
            for (const Run& r : runsOf(list, cmd, whitePixelUv)) {
                ImDrawCmd part = cmd;
                part.IdxOffset = cmd.IdxOffset + r.first;
                part.ElemCount = r.count;
                if (!r.opaque) {
                    split.push_back(part);
                    continue;
                }
                ImDrawCmd toggle = cmd;
                toggle.ElemCount = 0;
                toggle.UserCallback = &blendingOff;
                split.push_back(toggle);
                split.push_back(part);
                toggle.UserCallback = &blendingOn;
                split.push_back(toggle);
                ++opaqueRuns;
            }
        }
        if (opaqueRuns > runsBefore) list.CmdBuffer.swap(split);
    }
    return opaqueRuns;
}

}  // namespace kiosk::platform
