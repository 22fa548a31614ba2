#pragma once
// Work on many threads, results in order: produce(i) runs for every index on `jobs` threads, and
// consume(i, result) on the calling thread in index order, each as soon as its result and all
// earlier ones are ready. Workers stay at most `window` results ahead of consume, so memory is
// bounded whatever the number of items. With one job nothing is started: produce and consume
// alternate on the calling thread. Output built in consume is therefore the same for any number of
// jobs.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace ecslint {

// `produce` must not throw (a worker has no one to hand an exception to).
template <class Result>
void runInOrder(std::size_t count, unsigned jobs, const std::function<Result(std::size_t)>& produce,
                const std::function<void(std::size_t, Result&&)>& consume) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  const std::size_t window = std::size_t{2} * jobs;
  std::mutex mutex;
  std::condition_variable ready;  // a result arrived
  std::condition_variable space;  // consume took one
  std::vector<std::optional<Result>> slots(window);
  std::size_t next = 0;      // the next index a worker takes
  std::size_t consumed = 0;  // results consume has taken
  const auto work = [&] {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        space.wait(lock, [&] { return next >= count || next < consumed + window; });
        if (next >= count) return;
        index = next++;
      }
      Result result = produce(index);
      {
        const std::lock_guard lock(mutex);
        slots[index % window].emplace(std::move(result));
      }
      ready.notify_one();
    }
  };
  std::vector<std::jthread> workers;
  for (unsigned i = 0; i < std::min<std::size_t>(jobs, count); ++i) {
    try {
      workers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no more threads (a ulimit, an address-space cap): go on with those there are
    }
  }
  if (workers.empty()) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  for (std::size_t index = 0; index < count; ++index) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return slots[index % window].has_value(); });
      result.swap(slots[index % window]);
      consumed = index + 1;
    }
    space.notify_all();
    try {
      consume(index, std::move(*result));
    } catch (...) {
      {
        const std::lock_guard lock(mutex);
        next = count;  // the workers stop after their current item; the jthreads join them
      }
      space.notify_all();
      throw;
    }
  }
}

}  // namespace ecslint
