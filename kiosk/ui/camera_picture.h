#pragma once
// The camera's picture in a rectangle, as 扫码 and the case's photo step show it: the live
// preview mirrored (a camera facing the resident should move the way they do), a shot being
// reviewed as it will be sent, and plain words while there is no picture.
#include "ui/screen.h"

namespace kiosk::ui {

struct PictureStyle {
    bool mirrored = true;     // the live preview; a shot under review is shown as saved
    bool guideMarks = false;  // 扫码: corner marks where to hold the code
    // What to say without a picture: while the camera starts, when it cannot be used, and
    // while it runs but nothing is drawn (the headless UI has no textures).
    const char* startingKey = "camera.starting";
    const char* failedKey = "";
    const char* waitingKey = "";
};

void drawCameraPicture(ScreenContext& ctx, ImVec2 min, ImVec2 size, const PictureStyle& style);

}  // namespace kiosk::ui
