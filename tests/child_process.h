#pragma once
// Runs build/ecslint as a child process with a wall-clock deadline and a cap on its address space,
// the way the hostile-input tests need it: every input must end with a defined exit status in
// bounded time and memory, so a hang is killed and reported, and an allocation beyond the cap
// fails inside ecslint instead of exhausting the machine.

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ecslint::test {

struct ChildLimits {
  double seconds = 20;                         // killed after this much wall time
  std::size_t addressSpaceBytes = 1ull << 30;  // RLIMIT_AS; not set under AddressSanitizer
  std::optional<uid_t> runAs;                  // drop to this user and group first (as root)
  // RLIMIT_CPU: killed (SIGXCPU) after this much CPU time, which a loaded machine does not eat into
  // the way it does into wall time. For proving that a pass is linear.
  std::optional<rlim_t> cpuSeconds;
};

struct ChildRun {
  int exitCode = -1;  // -1: killed by a signal (see signal)
  int signal = 0;
  bool timedOut = false;
  double seconds = 0;
  long peakRssKb = 0;  // includes the test process's own peak (fork copies its page tables)
  std::string output;  // stdout and stderr, at most kMaxOutput bytes of it
};

inline constexpr std::size_t kMaxOutput = 8 << 20;

// Runs ECSLINT_BINARY with `arguments`, standard input from `stdinPath`.
inline ChildRun runEcslint(const std::vector<std::string>& arguments,
                           const std::string& stdinPath = "/dev/null", const ChildLimits& limits = {}) {
  std::vector<std::string> argv{ECSLINT_BINARY};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  std::vector<char*> args;
  for (std::string& arg : argv) args.push_back(arg.data());
  args.push_back(nullptr);

  ChildRun run;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return run;
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    const int in = open(stdinPath.c_str(), O_RDONLY);
    if (in < 0 || dup2(in, STDIN_FILENO) < 0 || dup2(fds[1], STDOUT_FILENO) < 0 ||
        dup2(fds[1], STDERR_FILENO) < 0) {
      _exit(125);
    }
#if !defined(ECSLINT_SANITIZED)
    const rlimit space{limits.addressSpaceBytes, limits.addressSpaceBytes};
    if (setrlimit(RLIMIT_AS, &space) != 0) _exit(125);
#endif
    if (limits.cpuSeconds) {
      const rlimit cpu{*limits.cpuSeconds, *limits.cpuSeconds + 1};
      if (setrlimit(RLIMIT_CPU, &cpu) != 0) _exit(125);
    }
    if (limits.runAs &&
        (setgroups(0, nullptr) != 0 || setgid(*limits.runAs) != 0 || setuid(*limits.runAs) != 0)) {
      _exit(126);
    }
    execv(args[0], args.data());
    _exit(127);
  }
  close(fds[1]);
  if (pid < 0) {
    close(fds[0]);
    return run;
  }
  const auto deadline = start + std::chrono::duration<double>(limits.seconds);
  char buffer[65536];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      run.timedOut = true;
      kill(pid, SIGKILL);
      break;
    }
    pollfd readable{fds[0], POLLIN, 0};
    if (poll(&readable, 1, static_cast<int>(left.count())) <= 0) continue;
    const ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) continue;
    const auto keep =
        std::min(static_cast<std::size_t>(n), kMaxOutput - std::min(kMaxOutput, run.output.size()));
    run.output.append(buffer, keep);
  }
  close(fds[0]);
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) return run;
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.peakRssKb = usage.ru_maxrss;
  if (WIFEXITED(status)) run.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
  return run;
}

}  // namespace ecslint::test
