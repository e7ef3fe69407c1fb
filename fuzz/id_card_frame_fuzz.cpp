// Fuzz target: what an ID card reader on the serial port sends (or what a device pretending to be
// one sends): frames are read off the stream as the link reads them, and any base information in
// them is checked as a card's face. Whatever the bytes, parsing always makes progress, never
// waits for an absurd length, and a face that passes is a face: text, a valid number.
#include <cstddef>
#include <cstdint>

#include "core/id_card_protocol.h"
#include "core/text_rule.h"
#include "fuzz_check.h"

using kiosk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace idcard = kiosk::core::idcard;
    idcard::Bytes stream(data, data + size);
    while (!stream.empty()) {
        const idcard::Parsed parsed = idcard::parseResponse(stream);
        check(parsed.consumed <= stream.size());
        if (parsed.kind == idcard::Parsed::Kind::Incomplete && parsed.consumed == 0) break;  // wait for more
        check(parsed.kind == idcard::Parsed::Kind::Incomplete || parsed.consumed > 0);
        if (parsed.kind == idcard::Parsed::Kind::Frame) {
            check(parsed.response.data.size() <= 2400);
            const idcard::Bytes& d = parsed.response.data;
            if (d.size() >= 260) {
                const idcard::Bytes text(d.begin() + 4, d.begin() + 260);
                std::string problem;
                if (const auto face = idcard::readCardFace(text, &problem)) {
                    check(idcard::idNumberValid(face->idNumber));
                    check(kiosk::core::isTextLine(face->name, 15));
                    check(face->sex == "男" || face->sex == "女");
                } else {
                    check(!problem.empty());
                }
            }
        }
        if (parsed.consumed == 0) break;
        stream.erase(stream.begin(), stream.begin() + static_cast<long>(parsed.consumed));
    }
    return 0;
}
