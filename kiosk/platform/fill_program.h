#pragma once
// The GL program the large opaque fills are drawn with (platform/opaque_fills.h): Dear ImGui's
// vertex stage, and a fragment stage that writes the vertex colour as it is. ImGui's own program
// multiplies the colour by the font texture's white pixel — the same colour, to the bit — but
// llvmpipe samples the texture for every pixel to get there: on home, where tiles' faces and the
// title bar are most of the screen, frame_cpu_ms_home 9.9–10.2 → 7.1–7.7 ms without the sampling.
//
// UI thread only, between a draw's commands (the opaque runs' callbacks): ImGui's program is the
// current one when the fill program takes over, and is made current again after.
namespace kiosk::platform {

// Makes the fill program current, with the projection of the program current now (ImGui's);
// built at its first use. Leaves ImGui's program current if the fill program cannot be built.
void useFillProgram();
// Makes the program that was current before useFillProgram() current again.
void useProgramBeforeFills();
// Deletes the fill program; the GL context must be current.
void releaseFillProgram();

}  // namespace kiosk::platform
