#pragma once
#include <string>

namespace kiosk::core {

// A recipient's name as disclosures show it: 王*华 (three characters), 王* (two), 欧**明 (four).
// The first and last characters stay so a resident recognises a neighbour; the rest is hidden.
std::string maskName(const std::string& utf8Name);

// A mainland mobile number as the screen shows it: 138****8000.
std::string maskPhone(const std::string& digits);

}  // namespace kiosk::core
