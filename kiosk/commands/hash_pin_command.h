#pragma once
// `kiosk --hash-pin`: the operator types a staff PIN, gets the line for the config.
#include <iosfwd>

namespace kiosk {

// Reads one line (the PIN: 6 to 8 digits) from `in` and prints `staff.pin_hash = "…"` under a
// `[staff]` heading to `out`; a bad PIN is explained on `err` (exit code 2).
int printPinHash(std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace kiosk
