#include "platform/gl_canvas.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <backends/imgui_impl_opengl3.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>

#include "platform/gl_textures.h"

namespace kiosk::platform {
namespace {

// Every live canvas (and other copyable texture) by texture, for canvasFramebuffer() (UI thread
// only, like every GL call).
std::map<ImTextureID, CanvasFramebuffer> gCanvases;

ImTextureID toTextureId(GLuint id) {
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(id));
}

// Paints `list` into the bound framebuffer, top-down like an uploaded picture: Dear ImGui draws
// with y running down the screen, GL stores rows bottom-up, so the list is mirrored first.
void renderTopDown(ImDrawList& list, int width, int height) {
    const float h = static_cast<float>(height);
    for (ImDrawVert& v : list.VtxBuffer) v.pos.y = h - v.pos.y;
    for (ImDrawCmd& cmd : list.CmdBuffer)
        cmd.ClipRect = ImVec4(cmd.ClipRect.x, h - cmd.ClipRect.w, cmd.ClipRect.z, h - cmd.ClipRect.y);
    OneListDrawData one(list, width, height);
    ImGui_ImplOpenGL3_RenderDrawData(&one.data);
}

bool whole(float v) {
    return std::fabs(v - std::round(v)) < 0.01f;
}

// The draw callback: copies the part of the canvas inside the command's clip rectangle (already
// narrowed to the part of the screen being repainted).
void copyCanvas(const ImDrawList*, const ImDrawCmd* cmd) {
    const auto& c = *static_cast<const CanvasCopy*>(cmd->UserCallbackData);
    const int x0 = static_cast<int>(std::lround(std::max(c.screenMin.x, cmd->ClipRect.x)));
    const int y0 = static_cast<int>(std::lround(std::max(c.screenMin.y, cmd->ClipRect.y)));
    const int x1 = static_cast<int>(std::lround(std::min(c.screenMax.x, cmd->ClipRect.z)));
    const int y1 = static_cast<int>(std::lround(std::min(c.screenMax.y, cmd->ClipRect.w)));
    if (x1 <= x0 || y1 <= y0) return;
    const int sx = static_cast<int>(std::lround(c.canvasMin.x + (static_cast<float>(x0) - c.screenMin.x)));
    const int sy = static_cast<int>(std::lround(c.canvasMin.y + (static_cast<float>(y0) - c.screenMin.y)));
    const bool scissored = glIsEnabled(GL_SCISSOR_TEST);
    glDisable(GL_SCISSOR_TEST);  // the rectangle is clipped above; a scissored copy is a slow one
    glBindFramebuffer(GL_READ_FRAMEBUFFER, c.framebuffer);
    // The canvas is top-down, the screen bottom-up: destination rows run the other way (a flip).
    const int h = c.framebufferHeight;
    glBlitFramebuffer(sx, sy, sx + (x1 - x0), sy + (y1 - y0), x0, h - y0, x1, h - y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    if (scissored) glEnable(GL_SCISSOR_TEST);  // the backend's state for the commands after this one
}

// The copy for `cmd` when it shows a canvas as one upright, untinted quad at its own size.
std::optional<CanvasCopy> asCanvasCopy(const ImDrawList& list, const ImDrawCmd& cmd, int framebufferHeight) {
    if (cmd.UserCallback || cmd.ElemCount != 6) return std::nullopt;
    const auto canvas = canvasFramebuffer(cmd.TextureId);
    if (!canvas) return std::nullopt;
    ImVec2 lo(FLT_MAX, FLT_MAX);
    ImVec2 hi(-FLT_MAX, -FLT_MAX);
    for (unsigned int e = 0; e < cmd.ElemCount; ++e) {
        const ImDrawVert& v =
            list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e)])];
        if (v.col != IM_COL32_WHITE) return std::nullopt;
        lo = ImVec2(std::min(lo.x, v.pos.x), std::min(lo.y, v.pos.y));
        hi = ImVec2(std::max(hi.x, v.pos.x), std::max(hi.y, v.pos.y));
    }
    std::optional<ImVec2> uvLo;
    std::optional<ImVec2> uvHi;
    for (unsigned int e = 0; e < cmd.ElemCount; ++e) {
        const ImDrawVert& v =
            list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e)])];
        const bool left = v.pos.x == lo.x;
        const bool top = v.pos.y == lo.y;
        if (!left && v.pos.x != hi.x) return std::nullopt;  // not an upright rectangle
        if (!top && v.pos.y != hi.y) return std::nullopt;
        if (left && top) uvLo = v.uv;
        if (!left && !top) uvHi = v.uv;
    }
    if (!uvLo || !uvHi) return std::nullopt;
    const float w = static_cast<float>(canvas->width);
    const float h = static_cast<float>(canvas->height);
    const ImVec2 canvasMin(uvLo->x * w, uvLo->y * h);
    const ImVec2 canvasMax(uvHi->x * w, uvHi->y * h);
    // At its own size, on whole pixels: only then is a copy what the shader would draw.
    if (!whole(lo.x) || !whole(lo.y) || !whole(hi.x) || !whole(hi.y) || !whole(canvasMin.x) || !whole(canvasMin.y))
        return std::nullopt;
    if (std::fabs((canvasMax.x - canvasMin.x) - (hi.x - lo.x)) > 0.01f ||
        std::fabs((canvasMax.y - canvasMin.y) - (hi.y - lo.y)) > 0.01f)
        return std::nullopt;
    return CanvasCopy{canvas->framebuffer, framebufferHeight, lo, hi, canvasMin};
}

}  // namespace

OneListDrawData::OneListDrawData(ImDrawList& list, int width, int height) : lists{&list} {
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    data.FramebufferScale = ImVec2(1, 1);
}

void copyCanvasesInsteadOfDrawing(ImDrawData& data, int framebufferHeight, std::vector<CanvasCopy>& copies) {
    copies.clear();
    if (gCanvases.empty()) return;
    // Room for every command first: the callbacks keep pointers into `copies`.
    std::size_t commands = 0;
    for (int i = 0; i < data.CmdListsCount; ++i) commands += static_cast<std::size_t>(data.CmdLists[i]->CmdBuffer.Size);
    copies.reserve(commands);
    for (int i = 0; i < data.CmdListsCount; ++i) {
        ImDrawList& list = *data.CmdLists[i];
        for (ImDrawCmd& cmd : list.CmdBuffer) {
            const auto copy = asCanvasCopy(list, cmd, framebufferHeight);
            if (!copy) continue;
            copies.push_back(*copy);
            cmd.UserCallback = &copyCanvas;
            cmd.UserCallbackData = &copies.back();
        }
    }
}

bool runCanvasCopiesAlone(const ImDrawData& data) {
    auto drawsNothing = [](const ImDrawCmd& cmd) {
        return cmd.ElemCount == 0 || cmd.ClipRect.z <= cmd.ClipRect.x || cmd.ClipRect.w <= cmd.ClipRect.y;
    };
    bool anyCopy = false;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        for (const ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer) {
            if (cmd.UserCallback == &copyCanvas) {
                anyCopy = true;
            } else if (cmd.UserCallback || !drawsNothing(cmd)) {
                return false;
            }
        }
    }
    if (!anyCopy) return false;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        for (const ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer) {
            if (cmd.UserCallback == &copyCanvas) copyCanvas(data.CmdLists[i], &cmd);
        }
    }
    return true;
}

bool hideWhatACanvasCopyCovers(ImDrawData& data, const ui::ScreenRect& part) {
    // The last copy, in drawing order, that fills all of the part: its own rectangle and its
    // command's clip (already narrowed to the part) both reach every edge of it.
    auto covers = [&](const ImDrawCmd& cmd) {
        if (cmd.UserCallback != &copyCanvas) return false;
        const auto& c = *static_cast<const CanvasCopy*>(cmd.UserCallbackData);
        return c.screenMin.x <= part.min.x && c.screenMin.y <= part.min.y && c.screenMax.x >= part.max.x &&
               c.screenMax.y >= part.max.y && cmd.ClipRect.x <= part.min.x && cmd.ClipRect.y <= part.min.y &&
               cmd.ClipRect.z >= part.max.x && cmd.ClipRect.w >= part.max.y;
    };
    int coverList = -1;
    int coverCommand = -1;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImVector<ImDrawCmd>& commands = data.CmdLists[i]->CmdBuffer;
        for (int k = 0; k < commands.Size; ++k) {
            if (covers(commands[k])) {
                coverList = i;
                coverCommand = k;
            }
        }
    }
    if (coverList < 0) return false;
    // Everything before it draws nothing: no triangles, no copies.
    for (int i = 0; i <= coverList; ++i) {
        ImVector<ImDrawCmd>& commands = data.CmdLists[i]->CmdBuffer;
        const int end = i == coverList ? coverCommand : commands.Size;
        for (int k = 0; k < end; ++k) {
            if (commands[k].UserCallback == &copyCanvas) commands[k].UserCallback = nullptr;
            if (!commands[k].UserCallback) commands[k].ElemCount = 0;
        }
    }
    return true;
}

GlCanvases::~GlCanvases() {
    for (auto& [name, canvas] : canvases_) release(canvas);
}

void GlCanvases::release(Canvas& canvas) {
    if (canvas.texture == 0) return;
    gCanvases.erase(toTextureId(canvas.texture));
    glDeleteFramebuffers(1, &canvas.framebuffer);
    glDeleteTextures(1, &canvas.texture);
    canvas = Canvas{};
    noteTextureChanged();
}

std::optional<ui::TextureInfo> GlCanvases::canvas(const std::string& name, const std::string& key, int width,
                                                  int height, const std::function<void(ImDrawList&)>& paint) {
    Canvas& c = canvases_[name];
    if (c.texture != 0 && c.key == key && c.width == width && c.height == height)
        return ui::TextureInfo{toTextureId(c.texture), width, height};
    release(c);
    GLint maxSide = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxSide);
    if (width <= 0 || height <= 0 || width > maxSide || height > maxSide) return std::nullopt;

    glGenTextures(1, &c.texture);
    glBindTexture(GL_TEXTURE_2D, c.texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &c.framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, c.framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, c.texture, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        spdlog::warn("canvas '{}' ({}x{}): no framebuffer; drawn directly instead", name, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        release(c);
        return std::nullopt;
    }
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0, 0, 0, 1);  // opaque: a copy of the canvas replaces what lies under it
    glClear(GL_COLOR_BUFFER_BIT);
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(width), static_cast<float>(height)));
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    paint(list);
    renderTopDown(list, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    c.key = key;
    c.width = width;
    c.height = height;
    gCanvases[toTextureId(c.texture)] = CanvasFramebuffer{c.framebuffer, width, height};
    noteTextureChanged();  // new pixels: the next frame is drawn whole
    return ui::TextureInfo{toTextureId(c.texture), width, height};
}

void rememberCopyable(ImTextureID texture, CanvasFramebuffer framebuffer) {
    gCanvases[texture] = framebuffer;
}

void forgetCopyable(ImTextureID texture) {
    gCanvases.erase(texture);
}

std::optional<CanvasFramebuffer> canvasFramebuffer(ImTextureID texture) {
    const auto found = gCanvases.find(texture);
    if (found == gCanvases.end()) return std::nullopt;
    return found->second;
}

}  // namespace kiosk::platform
