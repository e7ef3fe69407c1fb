#include "platform/fill_program.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <spdlog/spdlog.h>

#include <array>

namespace kiosk::platform {
namespace {

// ImGui's vertex stage (imgui_impl_opengl3.cpp, its GLSL 1.30 form, which it uses for the
// kiosk's "#version 330"), without the texture coordinates nothing here reads.
constexpr const char* kVertexStage = R"(#version 330
uniform mat4 ProjMtx;
in vec2 Position;
in vec2 UV;
in vec4 Color;
out vec4 Frag_Color;
void main() {
    Frag_Color = Color;
    gl_Position = ProjMtx * vec4(Position.xy, 0, 1);
}
)";

constexpr const char* kFragmentStage = R"(#version 330
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
    Out_Color = Frag_Color;
}
)";

struct FillProgram {
    GLuint program = 0;
    GLint projection = -1;
    bool failed = false;  // tried once: ImGui's program draws the fills
};

FillProgram gFill;
GLint gProgramBefore = 0;

GLuint compiled(GLenum stage, const char* source) {
    const GLuint shader = glCreateShader(stage);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return shader;
    std::array<char, 512> log{};
    glGetShaderInfoLog(shader, static_cast<GLsizei>(log.size()), nullptr, log.data());
    spdlog::error("the fill program's shader did not compile: {}", log.data());
    glDeleteShader(shader);
    return 0;
}

// Built against ImGui's program so that both read the vertex attributes from the same places:
// the vertex array ImGui set up stays as it is.
bool build(GLuint imguiProgram) {
    const GLuint vertex = compiled(GL_VERTEX_SHADER, kVertexStage);
    const GLuint fragment = compiled(GL_FRAGMENT_SHADER, kFragmentStage);
    if (vertex == 0 || fragment == 0) {
        if (vertex != 0) glDeleteShader(vertex);
        if (fragment != 0) glDeleteShader(fragment);
        return false;
    }
    const GLuint program = glCreateProgram();
    glAttachShader(program, vertex);
    glAttachShader(program, fragment);
    for (const char* attribute : {"Position", "UV", "Color"}) {
        const GLint location = glGetAttribLocation(imguiProgram, attribute);
        if (location >= 0) glBindAttribLocation(program, static_cast<GLuint>(location), attribute);
    }
    glLinkProgram(program);
    glDeleteShader(vertex);  // kept by the program until it is deleted
    glDeleteShader(fragment);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        spdlog::error("the fill program did not link");
        glDeleteProgram(program);
        return false;
    }
    gFill.program = program;
    gFill.projection = glGetUniformLocation(program, "ProjMtx");
    return true;
}

}  // namespace

void useFillProgram() {
    glGetIntegerv(GL_CURRENT_PROGRAM, &gProgramBefore);
    if (gFill.failed || gProgramBefore == 0) return;
    const auto imguiProgram = static_cast<GLuint>(gProgramBefore);
    if (gFill.program == 0 && !build(imguiProgram)) {
        gFill.failed = true;
        return;
    }
    std::array<float, 16> projection{};
    glGetUniformfv(imguiProgram, glGetUniformLocation(imguiProgram, "ProjMtx"), projection.data());
    glUseProgram(gFill.program);
    glUniformMatrix4fv(gFill.projection, 1, GL_FALSE, projection.data());
}

void useProgramBeforeFills() {
    glUseProgram(static_cast<GLuint>(gProgramBefore));
}

void releaseFillProgram() {
    if (gFill.program != 0) glDeleteProgram(gFill.program);
    gFill = {};
}

}  // namespace kiosk::platform
