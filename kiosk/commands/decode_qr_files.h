#pragma once
// `kiosk --decode-qr FILE...`: the camera's QR decoder on saved images, so an operator can check
// a camera mounting from frames it took. One JSON object a line: {"file", "text" (null when no
// code was read), "ms"}, or {"file", "text": null, "error"} for a file that is not an image.
#include <ostream>
#include <string>
#include <vector>

namespace kiosk {

// Returns the process exit code: 0 when every file was an image, 1 otherwise.
int decodeQrFiles(const std::vector<std::string>& files, std::ostream& out);

}  // namespace kiosk
