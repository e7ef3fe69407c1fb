#pragma once
// Paints camera frames (1280x720 gray) holding a QR code as a camera in a hall would see it: a
// code from the kiosk's own QR writer drawn through a homography onto a background, then spoiled
// the way the world spoils it — blur, defocus, motion, noise, glare, cast shadows, a phone
// screen's moiré, JPEG. The corpora (qr_corpus, qr_hall_corpus) are built from these.
#include <cstdint>
#include <random>
#include <vector>

#include "core/qr_matrix.h"

namespace kiosk::testing {

constexpr int kFrameWidth = 1280;
constexpr int kFrameHeight = 720;

using GrayFrame = std::vector<std::uint8_t>;  // kFrameWidth * kFrameHeight, row by row

// Where effects apply (a frame's code and its surroundings; the rest of the frame is untouched).
struct FrameRect {
    int x0 = 0, y0 = 0, x1 = kFrameWidth, y1 = kFrameHeight;  // x1, y1 exclusive
};

struct Placement {
    double centerX = 640, centerY = 360;
    double side = 300;       // pixels, the code with its quiet zone
    double degrees = 0;      // rotation
    double perspective = 0;  // 0..0.4: how much the right side is shorter than the left
    std::uint8_t dark = 20, light = 235;
    bool screen = false;  // on a phone: a black bezel around a lit screen
};

// A hall behind the code: a soft gradient with a few darker shapes (a poster, a door frame).
GrayFrame paintBackground(std::mt19937& rng);
// The code (with a 4-module quiet zone) through the homography, 3x3 supersampled.
void paintCode(GrayFrame& f, const core::QrMatrix& qr, const Placement& p);
// The code's bounding box grown by `margin`, clipped to the frame.
FrameRect codeArea(const Placement& p, int margin);

void boxBlur(GrayFrame& f, int radius, FrameRect area = {});
// A lens out of focus: the mean over a disc of `radius` pixels.
void defocus(GrayFrame& f, double radius, FrameRect area);
// A hand moving while the shutter is open: the mean along a line `length` pixels long.
void motionBlur(GrayFrame& f, double length, double degrees, FrameRect area);
void addNoise(GrayFrame& f, std::mt19937& rng, double sigma);
// A ceiling light's reflection: a bright soft spot that washes part of the code out.
void addGlare(GrayFrame& f, double cx, double cy, double radius, double strength);
// A shadow's edge through (cx, cy) at `degrees`; the far side keeps `keep` of its light; the
// edge is `softness` pixels wide.
void castShadow(GrayFrame& f, double cx, double cy, double degrees, double keep, double softness, FrameRect area);
// A screen's pixel grid beating with the camera's: a sinusoidal ripple of `amplitude` (0..1).
void addMoire(GrayFrame& f, double period, double degrees, double amplitude, FrameRect area);
// Through a JPEG encoder and decoder at `quality` (1..100), as a camera's MJPEG stream.
void jpegRoundTrip(GrayFrame& f, int quality);

}  // namespace kiosk::testing
