#include "core/forget.h"

#include <string.h>  // explicit_bzero (glibc)

namespace kiosk::core {

void forget(std::string& text) {
    // The whole capacity: a string shortened earlier keeps its old characters past size().
    if (text.capacity() > 0) explicit_bzero(text.data(), text.capacity());
    text.clear();
    text.shrink_to_fit();
}

void forget(std::vector<std::uint8_t>& bytes) {
    if (bytes.capacity() > 0) explicit_bzero(bytes.data(), bytes.capacity());
    bytes.clear();
    bytes.shrink_to_fit();
}

}  // namespace kiosk::core
