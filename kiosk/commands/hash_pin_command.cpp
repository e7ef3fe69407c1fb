#include "commands/hash_pin_command.h"

#include <algorithm>
#include <cctype>
#include <istream>
#include <ostream>
#include <string>

#include "core/staff_entry.h"
#include "storage/pin_hash.h"

namespace kiosk {

int printPinHash(std::istream& in, std::ostream& out, std::ostream& err) {
    std::string pin;
    std::getline(in, pin);
    if (!pin.empty() && pin.back() == '\r') pin.pop_back();
    const bool digits = std::all_of(pin.begin(), pin.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
    if (!digits || pin.size() < core::kStaffPinMinDigits || pin.size() > core::kStaffPinMaxDigits) {
        err << "kiosk: a staff PIN is " << core::kStaffPinMinDigits << " to " << core::kStaffPinMaxDigits
            << " digits (it is typed on the kiosk's digit keypad)\n";
        return 2;
    }
    // A whole drop-in (docs/operator.md: kiosk --hash-pin | sudo tee …/kiosk.d/50-staff-pin.toml):
    // read after kiosk.toml, its [staff] table sets the one key, whatever kiosk.toml holds.
    out << "# The staff PIN's hash (kiosk --hash-pin). Drop-in: /etc/yidiantong-kiosk/kiosk.d/50-staff-pin.toml\n"
        << "[staff]\npin_hash = \"" << storage::hashPin(pin) << "\"\n";
    return 0;
}

}  // namespace kiosk
