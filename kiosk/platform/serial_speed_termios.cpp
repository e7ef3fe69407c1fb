#include "platform/serial_speed_termios.h"

namespace kiosk::platform {

speed_t termiosSpeed(int baud) {
    switch (baud) {
        case 1200: return B1200;
        case 2400: return B2400;
        case 4800: return B4800;
        case 19200: return B19200;
        case 38400: return B38400;
        case 57600: return B57600;
        case 115200: return B115200;
        case 230400: return B230400;
        case 460800: return B460800;
        case 921600: return B921600;
        case 9600:
        default: return B9600;
    }
}

}  // namespace kiosk::platform
