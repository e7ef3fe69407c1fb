#include "platform/glfw_runner.h"

#include <malloc.h>

#include <cstdlib>

#define GLFW_INCLUDE_NONE
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <spdlog/spdlog.h>
#include <stb_image_write.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <ctime>
#include <limits>
#include <vector>

#include "app/ui_driver.h"
#include "core/code_release_schedule.h"
#include "core/startup_trace.h"
#include "platform/fill_program.h"
#include "platform/gl_canvas.h"
#include "platform/gl_textures.h"
#include "platform/glx_window_context.h"
#include "platform/idle_pages.h"
#include "platform/opaque_fills.h"
#include "platform/partial_present.h"
#include "platform/process_memory.h"
#include "platform/rect_pairs.h"
#include "platform/window_inputs.h"

namespace kiosk::platform {
namespace {

std::atomic<bool> gEventArrived{false};    // set by GLFW callbacks and wake(): something to draw
std::atomic<bool> gPictureArrived{false};  // set by wakeForPicture(): a new camera picture
std::atomic<bool> gExposed{false};         // the window must be shown again (uncovered, resized)

double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Chained after the ImGui backend's callbacks (install_callbacks = true keeps theirs).
void onInputEvent(GLFWwindow*) {
    gEventArrived = true;
}
// The runner's inputs (one window a process), for the callbacks below.
WindowInputs* gInputs = nullptr;
GLFWcursorposfun gPrevCursor = nullptr;
GLFWcursorenterfun gPrevEnter = nullptr;
GLFWmousebuttonfun gPrevButton = nullptr;
GLFWkeyfun gPrevKey = nullptr;
GLFWcharfun gPrevChar = nullptr;
GLFWwindowsizefun gPrevSize = nullptr;

// Between frames, once a new screen has settled and every 30 s while frames keep coming
// (core/code_release_schedule.h): the pages of the libraries that only the start and llvmpipe's
// shader compiles read go back to the kernel (platform/idle_pages.h) — the settled first screen's
// resident memory 127–130 → 73–75 MB on these cores.
void giveBackPagesOfStartAndCompiles() {
    const GivenBackPages tables = giveBackLoaderTables();
    const GivenBackPages compiler = giveBackReadOnlySegments("libLLVM");
    spdlog::debug("idle pages given back: loader tables {:.1f} MB of {} objects, the shader compiler's {:.1f} MB",
                  static_cast<double>(tables.bytes) / 1048576.0, tables.objects,
                  static_cast<double>(compiler.bytes) / 1048576.0);
}

double secondsUntil(core::SteadyTime due, core::SteadyTime now) {
    if (due == core::SteadyTime::max()) return std::numeric_limits<double>::infinity();
    return std::max(0.0, core::Seconds(due - now).count());
}

}  // namespace

GLFWwindow* GlfwRunner::openWindowWithGlfwContext(int width, int height, const std::string& title,
                                                  GLFWmonitor* monitor) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    // The screens draw 2D with blending only: no depth or stencil test, no destination alpha (the
    // screenshots and the copies read colour). GLFW asks for 24+8 depth/stencil bits and 8 alpha
    // bits unless told not to, and llvmpipe then fills a 1080p depth buffer it never tests
    // against: 8 MB resident and ~35 ms of the start on these cores.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    return glfwCreateWindow(width, height, title.c_str(), monitor, nullptr);
}

void GlfwRunner::swapBuffers() {
    if (ownContext_) {
        ownContext_->swapBuffers();
    } else {
        glfwSwapBuffers(window_);
    }
}

void GlfwRunner::setSwapInterval(int interval) {
    if (ownContext_) {
        ownContext_->setSwapInterval(interval);
    } else {
        glfwSwapInterval(interval);
    }
}

GlfwRunner::GlfwRunner() : inputs_(std::make_unique<WindowInputs>()) {}

GlfwRunner::~GlfwRunner() {
    shutdownBackends();
    ownContext_.reset();
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

void GlfwRunner::wakeForPicture() {
    gPictureArrived = true;
    glfwPostEmptyEvent();
}

void GlfwRunner::wake() {
    gEventArrived = true;
    glfwPostEmptyEvent();
}

void setWindowEnvironment() {
    // Software GL (Mesa llvmpipe, no GPU): one rasteriser thread. The kiosk repaints small parts
    // (the strip's band, a picture) where llvmpipe's worker threads cost more in hand-offs than
    // they save, and with two cores shared they made the unattended display's cost jump
    // (attract_cpu_pct 5.6–11.5 % in some runs; with one thread 4.3–4.7 % in every run, and a
    // whole 1080p frame 21 ms of CPU instead of 24). GPU drivers ignore it; an operator's own
    // setting wins.
    setenv("LP_NUM_THREADS", "1", 0);
    // No compose table for X's built-in input method: GLFW opens one at init, and libX11 parses
    // the locale's table (zh_CN.UTF-8 includes en_US.UTF-8's 5,700 lines) — ~8 ms of every start on
    // these cores. It serves only dead keys and the Compose key on a physical keyboard; the kiosk's
    // text comes from its own on-screen keyboards, and plain keys (a staff keyboard, a scanner
    // that types) arrive as before. An operator's own XCOMPOSEFILE wins.
    setenv("XCOMPOSEFILE", "/dev/null", 0);
}

std::optional<std::string> GlfwRunner::open(const WindowParams& params) {
    setWindowEnvironment();  // already set where the kiosk's main did it: then nothing changes
    glfwSetErrorCallback([](int code, const char* text) { spdlog::error("GLFW error {}: {}", code, text); });
    if (!glfwInit()) return std::string("cannot initialise GLFW: is there a display (DISPLAY/WAYLAND_DISPLAY)?");
    core::startupTrace().mark("display");
    fullscreen_ = params.fullscreen;
    GLFWmonitor* monitor = params.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int width = params.width;
    int height = params.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        width = mode->width;
        height = mode->height;
    }
    // A window without a context, and the context of the kiosk's own (platform/glx_window_context.h:
    // window and context in ~35 ms instead of ~75 on these cores); GLFW's where that cannot be had.
    glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
    window_ = glfwCreateWindow(width, height, params.title.c_str(), monitor, nullptr);
    std::string whyNot = params.ownGlContext ? "no window" : "asked for";
    if (window_ && params.ownGlContext) ownContext_ = GlxWindowContext::create(window_, whyNot);
    if (!ownContext_) {
        spdlog::info("window: GLFW makes the GL context ({})", whyNot);
        if (window_) glfwDestroyWindow(window_);
        window_ = openWindowWithGlfwContext(width, height, params.title, monitor);
        if (!window_) return std::string("cannot open a window with OpenGL 3.3 (is Mesa's libgl1-mesa-dri installed?)");
        glfwMakeContextCurrent(window_);
    }
    setSwapInterval(1);
    // The back buffer's first touch — 8 MB of new pages, ~40 ms of page faults in this VM — on
    // llvmpipe's own thread now, while this one readies the backends and the first screen. The
    // first frame clears it again, so nothing of this is ever shown.
    glClear(GL_COLOR_BUFFER_BIT);
    glFlush();
    core::startupTrace().mark("gl_context");
    if (fullscreen_) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);  // a touch kiosk shows no pointer

    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    // The backend's frame is not run (platform/window_inputs.h): ImGui must not count on it for
    // the pointer's shape or for moving the pointer.
    ImGui::GetIO().BackendFlags &= ~(ImGuiBackendFlags_HasMouseCursors | ImGuiBackendFlags_HasSetMousePos);
    ImGui_ImplOpenGL3_Init("#version 330");
    // Now, not lazily at the first NewFrame: then the backend would take io.Fonts (the app's atlas,
    // its pixels freed once uploaded) as its own font texture, rebuild its pixels and replace the
    // texture the app gave it (GlFontTexture::upload).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    backendsUp_ = true;
    // What ImGui reads each frame, kept from these events (platform/window_inputs.h): seeded now.
    int fbW = 0;
    int fbH = 0;
    glfwGetFramebufferSize(window_, &fbW, &fbH);
    double pointerX = -1;
    double pointerY = -1;
    glfwGetCursorPos(window_, &pointerX, &pointerY);
    inputs_->seed(fbW, fbH, pointerX, pointerY);
    gInputs = inputs_.get();
    gPrevCursor = glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double x, double y) {
        if (gPrevCursor) gPrevCursor(w, x, y);
        gInputs->pointerMoved(x, y);
        onInputEvent(w);
    });
    gPrevEnter = glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int entered) {
        if (gPrevEnter) gPrevEnter(w, entered);
        gInputs->pointerEntered(entered == GLFW_TRUE);
        onInputEvent(w);
    });
    gPrevButton = glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int b, int a, int m) {
        if (gPrevButton) gPrevButton(w, b, a, m);
        gInputs->buttonChanged(b, a == GLFW_PRESS);
        onInputEvent(w);
    });
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int newWidth, int newHeight) {
        gInputs->framebufferResized(newWidth, newHeight);
        onInputEvent(w);
    });
    gPrevKey = glfwSetKeyCallback(window_, [](GLFWwindow* w, int k, int s, int a, int m) {
        if (gPrevKey) gPrevKey(w, k, s, a, m);
        onInputEvent(w);
    });
    gPrevChar = glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int c) {
        if (gPrevChar) gPrevChar(w, c);
        onInputEvent(w);
    });
    gPrevSize = glfwSetWindowSizeCallback(window_, [](GLFWwindow* w, int x, int y) {
        if (gPrevSize) gPrevSize(w, x, y);
        onInputEvent(w);
    });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) {
        gExposed = true;
        onInputEvent(w);
    });
    presentPart_ = findPartialPresent();
    return std::nullopt;
}

void GlfwRunner::shutdownBackends() {
    if (!backendsUp_) return;
    releaseFillProgram();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    backendsUp_ = false;
}

void GlfwRunner::framebufferSize(int& width, int& height) const {
    width = inputs_->framebufferWidth();
    height = inputs_->framebufferHeight();
}

std::vector<unsigned char> GlfwRunner::readBackBuffer(int& w, int& h) const {
    framebufferSize(w, h);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows run bottom-up; PNG rows top-down.
    std::vector<unsigned char> flipped(pixels.size());
    const std::size_t row = static_cast<std::size_t>(w) * 4;
    for (int y = 0; y < h; ++y) {
        std::copy_n(pixels.data() + static_cast<std::size_t>(h - 1 - y) * row, row,
                    flipped.data() + static_cast<std::size_t>(y) * row);
    }
    return flipped;
}

bool GlfwRunner::saveScreenshot(const std::string& path, std::string& error) const {
    int w = 0;
    int h = 0;
    const std::vector<unsigned char> pixels = readBackBuffer(w, h);
    if (!stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4)) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

void GlfwRunner::renderWhole(ImDrawData* data, ImVec4 clearColor, int width, int height) {
    ++counts_.whole;
    glViewport(0, 0, width, height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(clearColor.x, clearColor.y, clearColor.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    // The first screen draws its canvases as pictures, like any other: the copy's blit needs a
    // shader of the driver's own, which software GL compiles (15–20 ms, never kept in Mesa's disk
    // cache) — after the first screen is up, not before.
    if (firstScreenShown_) {
        copyCanvasesInsteadOfDrawing(*data, height, canvasCopies_);
        counts_.canvasCopies += static_cast<int>(canvasCopies_.size());
    }
    drawOpaqueFillsUnblended(*data, ImGui::GetIO().Fonts->TexID, ImGui::GetIO().Fonts->TexUvWhitePixel);
    pairQuadsAsRectangles(*data);
    ++counts_.backendPasses;
    ImGui_ImplOpenGL3_RenderDrawData(data);
}

bool GlfwRunner::drawFrame(ImVec4 clearColor, int width, int height, bool whole) {
    ImDrawData* data = ImGui::GetDrawData();
    const bool pictureChanged = picture_ && picture_->takeChanged();
    thisFrame_.capture(*data, clearColor);
    const bool texturesChanged = textureChanges() != lastTextureChanges_;
    const bool exposed = gExposed.exchange(false);
    std::optional<ui::ScreenRect> damage = ui::changedArea(lastFrame_, thisFrame_);
    std::swap(lastFrame_, thisFrame_);
    lastTextureChanges_ = textureChanges();
    if (whole || exposed || texturesChanged) {
        renderWhole(data, clearColor, width, height);
        return true;
    }
    // The picture's new pixels (camera, video) need repainting even where the draw data repeats.
    // Apart from the rest when they lie apart: a video and the slogan strip are two small
    // rectangles, while the one rectangle round both is half the screen.
    std::vector<ui::ScreenRect> parts;
    const std::optional<ui::ScreenRect> picture =
        pictureChanged ? ui::textureFootprint(*data, picture_->textureId()) : std::nullopt;
    // Each part is a pass of the backend over the draw data: worth it only where it spares much.
    const auto both = ui::unite(damage, picture);
    if (damage && picture && !ui::overlap(*damage, *picture) &&
        damage->area() + picture->area() < both->area() * 0.5f) {
        parts = {*damage, *picture};
    } else if (both) {
        parts = {*both};
    }
    if (parts.empty()) {
        ++counts_.repeated;  // the screen shows this frame already
        return false;
    }
    // Past half the screen a part costs about what the whole does.
    const float screen = static_cast<float>(width) * static_cast<float>(height);
    float area = 0;
    for (const ui::ScreenRect& r : parts) area += r.area();
    if (!presentPart_ || area > screen * 0.5f) {
        renderWhole(data, clearColor, width, height);
        return true;
    }
    ++counts_.part;
    if (parts.size() == 1) {
        repaintPart(*data, clearColor, width, height, parts.front());
    } else {
        // Each part clips the commands, leaves out their triangles outside it, turns canvas quads
        // into copies and splits out opaque fills anew: each list gets its commands and indices
        // back whole, as ImGui gave them.
        listsKept_.resize(static_cast<std::size_t>(data->CmdListsCount));
        for (int i = 0; i < data->CmdListsCount; ++i) {
            const ImDrawList& given = *data->CmdLists[i];
            KeptList& kept = listsKept_[static_cast<std::size_t>(i)];
            kept.commands.assign(given.CmdBuffer.begin(), given.CmdBuffer.end());
            kept.indices.assign(given.IdxBuffer.begin(), given.IdxBuffer.end());
        }
        for (const ui::ScreenRect& r : parts) {
            for (int i = 0; i < data->CmdListsCount; ++i) {
                const KeptList& kept = listsKept_[static_cast<std::size_t>(i)];
                ImDrawList& list = *data->CmdLists[i];
                list.CmdBuffer.resize(static_cast<int>(kept.commands.size()));
                std::copy(kept.commands.begin(), kept.commands.end(), list.CmdBuffer.begin());
                // The last part's passes may have replaced the buffer (rect pairs lay out a new one).
                list.IdxBuffer.resize(static_cast<int>(kept.indices.size()));
                std::copy(kept.indices.begin(), kept.indices.end(), list.IdxBuffer.begin());
            }
            repaintPart(*data, clearColor, width, height, r);
        }
    }
    return false;  // shown already: no swap
}

void GlfwRunner::repaintPart(ImDrawData& data, ImVec4 clearColor, int width, int height, const ui::ScreenRect& damage) {
    // Repaint the changed rectangle (and whatever lies on and under it) in the back buffer and
    // show only that rectangle: the rest of the back buffer is never shown, so it may be stale.
    const int x0 = std::max(0, static_cast<int>(std::floor(damage.min.x)));
    const int x1 = std::min(width, static_cast<int>(std::ceil(damage.max.x)));
    const int y0 = std::max(0, static_cast<int>(std::floor(damage.min.y)));
    const int y1 = std::min(height, static_cast<int>(std::ceil(damage.max.y)));
    if (x1 <= x0 || y1 <= y0) return;
    const ui::ScreenRect part{ImVec2(static_cast<float>(x0), static_cast<float>(y0)),
                              ImVec2(static_cast<float>(x1), static_cast<float>(y1))};
    ui::clipDrawData(data, part);
    ui::dropTrianglesOutsideClip(data);
    copyCanvasesInsteadOfDrawing(data, height, canvasCopies_);
    counts_.canvasCopies += static_cast<int>(canvasCopies_.size());
    glViewport(0, 0, width, height);
    // A canvas copied over all of the part replaces every pixel of it: no clear (on software GL
    // a clear of the slogan strip costs about what its copy does), and nothing drawn under it —
    // the slogan strip's frames are then the copy alone, without a pass of the backend.
    if (!hideWhatACanvasCopyCovers(data, part)) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(x0, height - y1, x1 - x0, y1 - y0);  // GL counts rows from the bottom
        glClearColor(clearColor.x, clearColor.y, clearColor.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        glDisable(GL_SCISSOR_TEST);  // the backend sets its own, per command
    }
    // Nothing but canvas copies left in the part (the slogan strip's frames): copy, and spare
    // the backend's vertex uploads and state setup.
    if (!runCanvasCopiesAlone(data)) {
        drawOpaqueFillsUnblended(data, ImGui::GetIO().Fonts->TexID, ImGui::GetIO().Fonts->TexUvWhitePixel);
        pairQuadsAsRectangles(data);
        ++counts_.backendPasses;
        ImGui_ImplOpenGL3_RenderDrawData(&data);
    }
    presentPart_(x0, height - y1, x1 - x0, y1 - y0);
}

int GlfwRunner::run(FrameSource& app, UiDriver* driver, const RunLimits& limits) {
    core::FramePacer pacer;
    core::CodeReleaseSchedule codeRelease;
    core::ScreenId screenOfLastFrame{};
    bool drewFrame = false;
    const double started = glfwGetTime();
    for (;;) {
        service_.alive();
        if (glfwWindowShouldClose(window_)) {
            if (!fullscreen_) break;
            glfwSetWindowShouldClose(window_, GLFW_FALSE);  // a public kiosk ignores close requests
        }
        if (limits.maxSeconds > 0 && glfwGetTime() - started >= limits.maxSeconds) break;

        const bool scripted = driver && driver->busy();
        const auto now = app.clock().now();
        if (scripted || limits.alwaysDraw) {
            glfwPollEvents();
        } else {
            const double wait = std::min(pacer.waitTimeout(now).count(), secondsUntil(codeRelease.due(), now));
            if (wait > 0)
                glfwWaitEventsTimeout(limits.maxSeconds > 0 ? std::min(wait, 0.25) : wait);
            else
                glfwPollEvents();
        }
        if (gEventArrived.exchange(false)) pacer.noteEvent();
        if (gPictureArrived.exchange(false)) pacer.noteNewPicture();
        const auto afterWait = app.clock().now();
        if (afterWait >= codeRelease.due()) {
            giveBackPagesOfStartAndCompiles();
            codeRelease.released();
        }
        if (!scripted && !limits.alwaysDraw && !pacer.shouldDraw(afterWait)) continue;

        const double cpuBefore = processCpuMs();
        const int fbW = inputs_->framebufferWidth();
        const int fbH = inputs_->framebufferHeight();
        ImGui_ImplOpenGL3_NewFrame();
        ImGuiIO& io = ImGui::GetIO();
        inputs_->newFrame(io, glfwGetTime());  // instead of ImGui_ImplGlfw_NewFrame: no X round trips
        // A script waits while fonts are rebuilt, so every step sees the screen it would in real use.
        const bool driverActive = driver && !app.animating();
        if (driverActive) driver->beforeFrame(io, app.registry());
        if (limits.beforeFrame) limits.beforeFrame(io, app.registry());
        app.frame();
        // A script's screenshots read the back buffer: under a script every frame is drawn whole.
        const bool picture = app.wantsPicture();
        const bool swap = drawFrame(app.clearColor(), fbW, fbH, limits.drawWhole || driverActive || picture);
        if (picture) {
            int w = 0;
            int h = 0;
            std::vector<unsigned char> pixels = readBackBuffer(w, h);
            app.pictureTaken(w, h, std::move(pixels));
        }
        if (driverActive) {
            driver->afterFrame(app.registry(), app.currentScreen());
            if (driver->failed()) {
                spdlog::error("script failed: {}", driver->failure());
                return 1;
            }
        }
        if (swap) swapBuffers();
        service_.ready();  // the first frame is on screen
        if (!firstScreenShown_) {
            // What the start used and freed (the window's setup, the shader compiles, the font
            // atlas's build on its worker) still sits in malloc's arenas: give it back once the
            // first screen is up (3.5 MB of the settled first screen on these cores).
            malloc_trim(0);
            firstScreenShown_ = true;
        }
        if (limits.onFrame) {
            if (limits.finishEachFrame) glFinish();  // count llvmpipe's rasterisation in this frame
            if (!limits.onFrame(processCpuMs() - cpuBefore)) return 0;
        }
        pacer.frameDrawn(afterWait);
        codeRelease.frameDrawn(afterWait, app.currentScreen() != screenOfLastFrame || !drewFrame);
        screenOfLastFrame = app.currentScreen();
        drewFrame = true;
        pacer.setNextDue(app.nextDue());
        pacer.setAnimating(app.animating() || app.moving());

        if (app.exitCode()) return *app.exitCode();
        if (driver && !driver->busy()) {
            // What the screens the script drove cost, read at the screen it ended on.
            const auto memory = readProcessMemory();
            spdlog::info("script finished: {} steps; memory resident {:.1f} MB, proportional {:.1f} MB",
                         driver->stepsDone(), memory ? memory->residentMb : -1.0,
                         memory ? memory->proportionalMb : -1.0);
            return 0;
        }
    }
    return 0;
}

}  // namespace kiosk::platform
