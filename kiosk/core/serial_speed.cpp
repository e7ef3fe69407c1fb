#include "core/serial_speed.h"

#include <algorithm>

namespace kiosk::core {

bool isSerialSpeed(int baud) {
    return std::find(kSerialSpeeds.begin(), kSerialSpeeds.end(), baud) != kSerialSpeeds.end();
}

std::string serialSpeedList() {
    std::string list;
    for (const int speed : kSerialSpeeds) list += (list.empty() ? "" : ", ") + std::to_string(speed);
    return list;
}

}  // namespace kiosk::core
