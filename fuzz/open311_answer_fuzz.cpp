// Fuzz target: the platform's Open311 answers as the sync worker reads them, in JSON and in XML —
// a filed case's id or token, the status updates (or a case read as one), the service codes, an error's words, a media
// URL. Whatever arrives, these must return, and what they accept must be what the outbox can safely store.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/text_rule.h"
#include "core/utf8.h"
#include "core/web_address.h"
#include "fuzz_check.h"
#include "net/open311_codec.h"

using kiosk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::net;
    const std::string body(reinterpret_cast<const char*>(data), size);
    for (const WireFormat format : {WireFormat::Json, WireFormat::Xml}) {
        const FiledAnswer filed = parseFiledAnswer(body, format);
        // An id, a token (a batch server's), or an error: never an answer that is none of them.
        check((filed.serviceRequestId.empty() && filed.token.empty()) != filed.error.empty());
        if (!filed.serviceRequestId.empty()) check(kiosk::core::isTextLine(filed.serviceRequestId, 64));
        if (!filed.token.empty()) check(kiosk::core::isPlainToken(filed.token, 64));
        UpdatesAnswer updates = parseUpdates(body, format);
        const UpdatesAnswer asRequest = parseRequestAsUpdate(body, format);
        check(asRequest.updates.size() <= 1 && asRequest.updates.empty() != asRequest.error.empty());
        updates.updates.insert(updates.updates.end(), asRequest.updates.begin(), asRequest.updates.end());
        if (const auto codes = parseServiceCodes(body, format)) {
            for (const std::string& code : *codes) check(!code.empty() && kiosk::core::isTextLine(code, 64));
        }
        for (const RemoteUpdate& u : updates.updates) {
            check(!u.updateId.empty() && u.updateId.size() <= 64);
            check(kiosk::core::isValidUtf8(u.update.note) && u.update.note.size() <= 2000);
            check(kiosk::core::isValidUtf8(u.update.department) && u.update.department.size() <= 200);
        }
        const std::string error = parseErrorDescription(body, format);
        check(error.size() <= 500 && kiosk::core::isValidUtf8(error));
    }
    // A photo's address: https, or plain http to this machine only (the reference server in tests),
    // in curl's own normal form — read again, it is the same address and says so.
    const std::string url = parseMediaUrl(body);
    if (!url.empty()) {
        const auto again = kiosk::core::readWebAddress(url, kiosk::core::PlainHttp::LoopbackOnly);
        check(again && again->url == url &&
              (again->scheme == "https" || (again->scheme == "http" && kiosk::core::isLoopbackHost(again->host))));
    }
    return 0;
}
