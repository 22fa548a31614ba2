#include "cli/signal_cleanup.h"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <mutex>

namespace ecslint {
namespace {

// One slot per file being written at once: a report and one fix per worker thread (--jobs is
// capped well below this). Atomics, because the handler may run on any thread at any moment.
constexpr std::size_t kSlots = 1024;
std::array<std::atomic<const char*>, kSlots> temporaryPaths{};
std::atomic<int> deferring{0};
std::atomic<int> pendingSignal{0};

constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};

// Async-signal-safe only: unlink, sigaction, raise.
void dieOf(int signal) {
  for (std::atomic<const char*>& slot : temporaryPaths) {
    if (const char* path = slot.load()) ::unlink(path);
  }
  struct sigaction byDefault {};
  byDefault.sa_handler = SIG_DFL;
  sigemptyset(&byDefault.sa_mask);
  ::sigaction(signal, &byDefault, nullptr);
  ::raise(signal);
}

void onSignal(int signal) {
  if (deferring.load() > 0) {
    pendingSignal.store(signal);
    // The last guard may have ended between the check and the store: then nobody else will act.
    if (deferring.load() > 0 || pendingSignal.exchange(0) == 0) return;
  }
  dieOf(signal);
}

}  // namespace

void installSignalCleanup() {
  static std::once_flag installed;
  std::call_once(installed, [] {
    static_assert(std::atomic<const char*>::is_always_lock_free && std::atomic<int>::is_always_lock_free);
    for (int signal : kSignals) {
      struct sigaction current {};
      // A signal the caller ignores (nohup) stays ignored.
      if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
      struct sigaction handler {};
      handler.sa_handler = onSignal;
      sigemptyset(&handler.sa_mask);
      handler.sa_flags = SA_RESTART;
      ::sigaction(signal, &handler, nullptr);
    }
  });
}

TemporaryPathRegistration::TemporaryPathRegistration(const char* path) : slot_(kSlots) {
  for (std::size_t i = 0; i < kSlots; ++i) {
    const char* expected = nullptr;
    if (temporaryPaths[i].compare_exchange_strong(expected, path)) {
      slot_ = i;
      return;
    }
  }
}

TemporaryPathRegistration::~TemporaryPathRegistration() {
  if (slot_ < kSlots) temporaryPaths[slot_].store(nullptr);
}

SignalsDeferred::SignalsDeferred() { deferring.fetch_add(1); }

SignalsDeferred::~SignalsDeferred() {
  if (deferring.fetch_sub(1) == 1) {
    if (const int signal = pendingSignal.exchange(0); signal != 0) dieOf(signal);
  }
}

}  // namespace ecslint
