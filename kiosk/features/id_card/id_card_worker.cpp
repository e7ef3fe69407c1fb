#include "features/id_card/id_card_worker.h"

#include <chrono>

#include "core/forget.h"

namespace kiosk {
namespace {

// Between polls while watching: a card placed is noticed well within a second.
constexpr std::chrono::milliseconds kPollEvery{300};

}  // namespace

IdCardWorker::IdCardWorker(IdCardWorkerSettings settings, std::function<void(IdCardNews)> post)
    : settings_(std::move(settings)), post_(std::move(post)) {
    thread_ = std::thread([this] { run(); });
}

IdCardWorker::~IdCardWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

std::uint64_t IdCardWorker::watch(bool on, bool askPlatform) {
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(mutex_);
        generation = ++watchGeneration_;
        watching_ = on;
        askPlatform_ = askPlatform;
    }
    wake_.notify_all();
    return generation;
}

void IdCardWorker::run() {
    platform::IdCardReaderLink link(settings_.reader);
    std::uint64_t seenGeneration = 0;
    for (;;) {
        bool askPlatform = true;
        {
            std::unique_lock lock(mutex_);
            // A new watch (or its end) wakes the worker even while it rests: the number of the card
            // seen under the last one is wiped at once, not at the next watch.
            wake_.wait(lock, [&] { return stopping_ || watching_ || seenGeneration != watchGeneration_; });
            if (seenGeneration != watchGeneration_) {
                seenGeneration = watchGeneration_;
                core::forget(cardHolder_);
                last_.reset();
            }
            if (stopping_) break;
            if (!watching_) continue;
            askPlatform = askPlatform_;
        }
        // Every piece of news carries the watch it was found under.
        auto post = [&](IdCardNews news) {
            news.watch = seenGeneration;
            post_(std::move(news));
        };
        platform::IdCardPoll poll = link.poll();
        using Outcome = platform::IdCardPoll::Outcome;
        const bool changed = !last_ || *last_ != poll.outcome;
        last_ = poll.outcome;
        IdCardNews news;
        news.problem = poll.problem;
        if (poll.outcome == Outcome::Card) {
            // Read once per placing: the same card lying there is not news.
            if (poll.face->idNumber != cardHolder_) {
                core::forget(cardHolder_);
                cardHolder_ = poll.face->idNumber;
                post(IdCardNews{IdCardNews::Kind::Reading, std::nullopt, std::nullopt, "", 0});
                news.kind = IdCardNews::Kind::CardRead;
                if (askPlatform && !settings_.baseUrl.empty()) {
                    net::HttpClient client(settings_.tls);
                    news.records = net::askSelfRecords(client, {settings_.baseUrl, settings_.credentials->get().token,
                                                                poll.face->idNumber, poll.face->name});
                }
                news.face = std::move(poll.face);
                post(std::move(news));
            } else {
                core::idcard::forgetFace(*poll.face);
            }
        } else if (poll.outcome == Outcome::NoCard) {
            if (!cardHolder_.empty()) {
                core::forget(cardHolder_);
                post(IdCardNews{IdCardNews::Kind::CardGone, std::nullopt, std::nullopt, "", 0});
            } else if (changed) {
                post(IdCardNews{IdCardNews::Kind::ReaderReady, std::nullopt, std::nullopt, "", 0});
            }
        } else if (changed) {
            news.kind = poll.outcome == Outcome::BadCard ? IdCardNews::Kind::BadCard : IdCardNews::Kind::ReaderFault;
            post(std::move(news));
        }
        std::unique_lock lock(mutex_);
        wake_.wait_for(lock, kPollEvery, [&] { return stopping_ || seenGeneration != watchGeneration_; });
    }
    core::forget(cardHolder_);
}

}  // namespace kiosk
