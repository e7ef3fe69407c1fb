// Its own file: Xlib's macros (None, Bool, Status...) must not meet the rest of the kiosk.
#include "platform/glx_window_context.h"

#include <GL/glx.h>
#include <GL/glxext.h>

#include <cstring>

// Two of GLFW's native-access functions (glfw3native.h would also want the Xrandr headers).
extern "C" {
Display* glfwGetX11Display(void);
Window glfwGetX11Window(GLFWwindow* window);
}

namespace kiosk::platform {

struct GlxWindowContext::Native {
    Display* display = nullptr;
    Window window = 0;
    GLXContext context = nullptr;
};

namespace {

// An X error while the context is made (GLX refusing the configuration, say) would otherwise
// end the process in Xlib's default handler; it is counted instead, and the runner falls back.
int gXErrors = 0;

int countXError(Display*, XErrorEvent*) {
    ++gXErrors;
    return 0;
}

class XErrorTrap {
public:
    explicit XErrorTrap(Display* display) : display_(display) {
        XSync(display_, False);
        gXErrors = 0;
        previous_ = XSetErrorHandler(&countXError);
    }
    ~XErrorTrap() {
        XSync(display_, False);
        XSetErrorHandler(previous_);
    }
    XErrorTrap(const XErrorTrap&) = delete;
    XErrorTrap& operator=(const XErrorTrap&) = delete;
    bool caught() {
        XSync(display_, False);
        return gXErrors > 0;
    }

private:
    Display* display_;
    int (*previous_)(Display*, XErrorEvent*) = nullptr;
};

int attributeOf(Display* display, GLXFBConfig config, int attribute) {
    int value = 0;
    glXGetFBConfigAttrib(display, config, attribute, &value);
    return value;
}

bool hasExtension(Display* display, const char* name) {
    const char* extensions = glXQueryExtensionsString(display, DefaultScreen(display));
    if (!extensions) return false;
    const std::size_t length = std::strlen(name);
    for (const char* at = std::strstr(extensions, name); at; at = std::strstr(at + 1, name)) {
        const bool starts = at == extensions || at[-1] == ' ';
        const bool ends = at[length] == '\0' || at[length] == ' ';
        if (starts && ends) return true;
    }
    return false;
}

template <typename Function>
Function procedure(const char* name) {
    return reinterpret_cast<Function>(glXGetProcAddress(reinterpret_cast<const GLubyte*>(name)));
}

// The first of GLX's own ranking (glXChooseFBConfig puts configurations without a caveat and
// with fewer extra bits first) that has no depth, stencil, alpha or multisample buffer and the
// window's pixel depth and visual class; the window's own visual when the same one offers it.
GLXFBConfig configForWindow(Display* display, const XWindowAttributes& window) {
    const int wanted[] = {GLX_X_RENDERABLE,
                          True,
                          GLX_RENDER_TYPE,
                          GLX_RGBA_BIT,
                          GLX_DRAWABLE_TYPE,
                          GLX_WINDOW_BIT,
                          GLX_DOUBLEBUFFER,
                          True,
                          GLX_RED_SIZE,
                          8,
                          GLX_GREEN_SIZE,
                          8,
                          GLX_BLUE_SIZE,
                          8,
                          GLX_CONFIG_CAVEAT,
                          GLX_NONE,
                          None};
    int count = 0;
    GLXFBConfig* configs = glXChooseFBConfig(display, DefaultScreen(display), wanted, &count);
    if (!configs) return nullptr;
    GLXFBConfig chosen = nullptr;
    const VisualID windowVisual = XVisualIDFromVisual(window.visual);
    for (int i = 0; i < count; ++i) {
        const GLXFBConfig config = configs[i];
        if (attributeOf(display, config, GLX_DEPTH_SIZE) != 0 || attributeOf(display, config, GLX_STENCIL_SIZE) != 0 ||
            attributeOf(display, config, GLX_ALPHA_SIZE) != 0 || attributeOf(display, config, GLX_SAMPLES) > 1) {
            continue;
        }
        XVisualInfo* visual = glXGetVisualFromFBConfig(display, config);
        if (!visual) continue;
        const bool sameVisual = visual->visualid == windowVisual;
        const bool sameKind = visual->depth == window.depth && visual->c_class == window.visual->c_class;
        XFree(visual);
        if (sameVisual) {
            chosen = config;
            break;
        }
        if (sameKind && !chosen) chosen = config;
    }
    XFree(configs);
    return chosen;
}

}  // namespace

std::unique_ptr<GlxWindowContext> GlxWindowContext::create(GLFWwindow* glfwWindow, std::string& whyNot) {
    auto native = std::make_unique<Native>();
    native->display = glfwGetX11Display();
    native->window = native->display ? glfwGetX11Window(glfwWindow) : 0;
    if (!native->display || !native->window) {
        whyNot = "not an X11 window";
        return nullptr;
    }
    Display* display = native->display;
    if (!hasExtension(display, "GLX_ARB_create_context_profile")) {
        whyNot = "GLX_ARB_create_context_profile is missing";
        return nullptr;
    }
    XWindowAttributes window{};
    if (!XGetWindowAttributes(display, native->window, &window)) {
        whyNot = "cannot read the window's visual";
        return nullptr;
    }
    const GLXFBConfig config = configForWindow(display, window);
    if (!config) {
        whyNot = "no framebuffer configuration without depth buffer for the window's visual";
        return nullptr;
    }
    const auto createContext = procedure<PFNGLXCREATECONTEXTATTRIBSARBPROC>("glXCreateContextAttribsARB");
    const int version[] = {
        GLX_CONTEXT_MAJOR_VERSION_ARB,    3,   GLX_CONTEXT_MINOR_VERSION_ARB, 3, GLX_CONTEXT_PROFILE_MASK_ARB,
        GLX_CONTEXT_CORE_PROFILE_BIT_ARB, None};
    {
        XErrorTrap trap(display);
        native->context = createContext ? createContext(display, config, nullptr, True, version) : nullptr;
        if (trap.caught() || !native->context) {
            if (native->context) glXDestroyContext(display, native->context);
            whyNot = "GLX refused an OpenGL 3.3 core context";
            return nullptr;
        }
        const bool current = glXMakeCurrent(display, native->window, native->context);
        if (trap.caught() || !current) {
            glXMakeCurrent(display, None, nullptr);
            glXDestroyContext(display, native->context);
            whyNot = "GLX cannot draw to the window with that configuration";
            return nullptr;
        }
    }
    return std::unique_ptr<GlxWindowContext>(new GlxWindowContext(std::move(native)));
}

GlxWindowContext::GlxWindowContext(std::unique_ptr<Native> native) : native_(std::move(native)) {}

GlxWindowContext::~GlxWindowContext() {
    if (glXGetCurrentContext() == native_->context) glXMakeCurrent(native_->display, None, nullptr);
    glXDestroyContext(native_->display, native_->context);
}

void GlxWindowContext::swapBuffers() {
    glXSwapBuffers(native_->display, native_->window);
}

void GlxWindowContext::setSwapInterval(int interval) {
    // As GLFW does: the EXT form, else Mesa's own; a driver with neither presents at once.
    if (hasExtension(native_->display, "GLX_EXT_swap_control")) {
        if (auto set = procedure<PFNGLXSWAPINTERVALEXTPROC>("glXSwapIntervalEXT")) {
            set(native_->display, native_->window, interval);
            return;
        }
    }
    if (hasExtension(native_->display, "GLX_MESA_swap_control")) {
        if (auto set = procedure<PFNGLXSWAPINTERVALMESAPROC>("glXSwapIntervalMESA")) {
            set(static_cast<unsigned>(interval));
        }
    }
}

}  // namespace kiosk::platform
