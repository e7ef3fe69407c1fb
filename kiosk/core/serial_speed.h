#pragma once
// The speeds a serial device of the kiosk (receipt printer, ID card reader) may be set to: the
// standard rates termios names. One list for the config's check and the ports' setting, so a
// speed the config accepts is the speed the port gets (no silent fallback).
#include <array>
#include <string>

namespace kiosk::core {

inline constexpr std::array<int, 11> kSerialSpeeds{1200,  2400,   4800,   9600,   19200, 38400,
                                                   57600, 115200, 230400, 460800, 921600};

bool isSerialSpeed(int baud);
// "1200, 2400, …, 921600": for the config's message.
std::string serialSpeedList();

}  // namespace kiosk::core
