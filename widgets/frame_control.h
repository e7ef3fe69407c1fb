#pragma once
// The three things the kiosk needs from Dear ImGui's internal API outside a widget, kept here so
// that imgui_internal.h stays inside widgets/ (its CMakeLists says so).
namespace kiosk::widgets {

// The window being drawn goes in front of every other (the tour panel over the screen it plays).
void bringCurrentWindowToFront();
// The pressed item lets go: a held press must not click what lies under the finger when it lifts.
void releaseActiveItem();
// Closes whatever a screen that threw left open (windows, groups, style and font stacks), so the
// frame can end and the kiosk go on.
void recoverFromAbandonedFrame();

}  // namespace kiosk::widgets
