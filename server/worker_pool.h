#pragma once
// The workers that serve connections, in place of cpp-httplib's ThreadPool (whose size is
// compiled into Debian's library and whose queue has no end): a chosen number of threads and a
// bound on the connections waiting for one.
//
// cpp-httplib hands each accepted connection to enqueue() on its accepting thread. The task is
// run right there, as the connection's admission: the server's process_and_close_socket decides
// at once — in microseconds: the client's address against its cap — and passes the serving on to
// a worker with serveLater(), or closes the connection, which then never waits in the queue. So
// 200 connections from one client take its few places and no more, and a connection from
// another client never queues behind them.
#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kiosk::server {

class WorkerPool : public httplib::TaskQueue {
public:
    WorkerPool(int workers, int maxPending);
    ~WorkerPool() override;
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Runs `admission` at once, on the calling (accepting) thread.
    void enqueue(std::function<void()> admission) override;
    // Runs what is queued, then stops the workers (cpp-httplib calls it when the server stops).
    void shutdown() override;

    // From within an admission: queues `serving` for a worker; false when the queue is full or
    // the pool stops (the caller then closes the connection), or when called outside an admission.
    static bool serveLater(std::function<void()> serving);

private:
    bool queue(std::function<void()> serving);
    void work();

    const std::size_t maxPending_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> pending_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace kiosk::server
