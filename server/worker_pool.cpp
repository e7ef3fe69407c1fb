#include "worker_pool.h"

#include <algorithm>

namespace kiosk::server {
namespace {

// The pool whose admission runs on this thread, if any.
thread_local WorkerPool* admittingFor = nullptr;

}  // namespace

WorkerPool::WorkerPool(int workers, int maxPending) : maxPending_(static_cast<std::size_t>(std::max(0, maxPending))) {
    for (int i = 0; i < std::max(1, workers); ++i) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
    shutdown();
}

void WorkerPool::enqueue(std::function<void()> admission) {
    admittingFor = this;
    admission();
    admittingFor = nullptr;
}

bool WorkerPool::serveLater(std::function<void()> serving) {
    return admittingFor && admittingFor->queue(std::move(serving));
}

bool WorkerPool::queue(std::function<void()> serving) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || pending_.size() >= maxPending_) return false;
        pending_.push_back(std::move(serving));
    }
    wake_.notify_one();
    return true;
}

void WorkerPool::shutdown() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : threads_) {
        if (t.joinable()) t.join();
    }
}

void WorkerPool::work() {
    for (;;) {
        std::function<void()> serving;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
            if (pending_.empty()) return;  // stopping, and nothing left to close
            serving = std::move(pending_.front());
            pending_.pop_front();
        }
        serving();
    }
}

}  // namespace kiosk::server
