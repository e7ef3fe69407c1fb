#pragma once
// The ID card reader's worker: while the resident has agreed (watch(true)) it asks the reader
// every ~0.3 s whether a card lies on it. A card newly placed is read once, its holder's records
// asked of the platform on the same thread, and both handed to the UI thread together; taking the
// card away, a card the reader cannot read, and a reader that stops answering (or comes back) are
// news too. Nothing read is kept here past the card's removal or watch(false), and nothing of it
// is logged.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/id_card_protocol.h"
#include "net/device_credentials.h"
#include "net/http_client.h"
#include "net/self_records.h"
#include "platform/id_card_reader_link.h"

namespace kiosk {

struct IdCardNews {
    enum class Kind {
        Reading,      // a card was placed: being read and asked about
        CardRead,     // `face` and `records` are the card's holder's
        CardGone,     // the card was taken away
        BadCard,      // a card lies there that could not be read (or does not check out)
        ReaderFault,  // the reader is missing or does not answer
        ReaderReady,  // it answers again (or for the first time)
    };
    Kind kind = Kind::ReaderReady;
    std::optional<core::idcard::CardFace> face;
    std::optional<net::SelfRecords> records;  // none: no platform configured
    std::string problem;                      // for the log: what failed, never a field's value
    std::uint64_t watch = 0;                  // the watch() it was found under (see watch())
};

struct IdCardWorkerSettings {
    platform::IdCardReaderOptions reader;
    std::string baseUrl;                                  // "" : no platform (records are never asked)
    std::shared_ptr<net::DeviceCredentials> credentials;  // read at each ask (enrolment may bring the token)
    net::TlsSettings tls;
};

class IdCardWorker {
public:
    // `post` is called on the worker thread with each piece of news (it hands it to the inbox).
    IdCardWorker(IdCardWorkerSettings settings, std::function<void(IdCardNews)> post);
    ~IdCardWorker();
    IdCardWorker(const IdCardWorker&) = delete;
    IdCardWorker& operator=(const IdCardWorker&) = delete;

    // Any thread: poll the reader (the resident agreed; or staff's test read, which does not ask
    // the platform) or stop (and forget the card seen). Returns the number this watch stamps on
    // its news: news stamped otherwise was found for a watch that has ended (a slow platform's
    // answer arriving after the visit moved on) and is to be wiped unread.
    std::uint64_t watch(bool on, bool askPlatform = true);

private:
    void run();

    IdCardWorkerSettings settings_;
    std::function<void(IdCardNews)> post_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool watching_ = false;
    bool askPlatform_ = true;
    bool stopping_ = false;
    std::uint64_t watchGeneration_ = 0;  // counts watch() calls: a card seen before is news again
    // Worker thread only: what the last poll found.
    std::optional<platform::IdCardPoll::Outcome> last_;
    std::string cardHolder_;  // the ID number of the card lying there ("" none); forgotten when it goes
    std::thread thread_;
};

}  // namespace kiosk
