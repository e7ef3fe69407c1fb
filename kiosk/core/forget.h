#pragma once
// Personal data held for one visit (an ID card's face, the records asked with it) is overwritten
// before its memory is let go, so a later allocation — or a core dump — does not find it.
// explicit_bzero: the compiler may not drop the writes as dead stores.
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::core {

void forget(std::string& text);
void forget(std::vector<std::uint8_t>& bytes);  // a card's raw frames

}  // namespace kiosk::core
