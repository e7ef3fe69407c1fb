#pragma once
// core::kSerialSpeeds as termios constants, for the serial ports of the printer and the ID card
// reader (the config accepts only those speeds).
#include <termios.h>

namespace kiosk::platform {

// B9600 for 9600 and so on; B9600 for a speed not in core::kSerialSpeeds (the config refuses those).
speed_t termiosSpeed(int baud);

}  // namespace kiosk::platform
