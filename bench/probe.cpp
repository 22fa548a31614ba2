// ecslint_probe RUNS PROGRAM [ARGS...]: runs PROGRAM RUNS times (output to /dev/null) and prints
// one line per run: wall microseconds, peak RSS in KiB, exit status (-1: killed by a signal), and
// CPU microseconds (user + system), which a loaded machine disturbs less than wall time.
//
// Why a separate, tiny, static program: Linux charges a child's ru_maxrss with the peak RSS of
// the address space it was spawned from (exec records the old mm's high-water mark), so children
// of the benchmark itself, which holds megabytes of task definitions, would all look that big.
// Spawned from this probe, a child's peak RSS is its own (the probe's floor is about 1 MB and is
// reported: run the probe on /bin/true).
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>

extern char** environ;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: ecslint_probe RUNS PROGRAM [ARGS...]\n", stderr);
    return 2;
  }
  const long runs = std::strtol(argv[1], nullptr, 10);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  for (long run = 0; run < runs; ++run) {
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[2], &actions, nullptr, argv + 2, environ) != 0) {
      std::perror("ecslint_probe: spawn");
      return 2;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
      if (errno != EINTR) {
        std::perror("ecslint_probe: wait4");
        return 2;
      }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    const long long micros = (end.tv_sec - start.tv_sec) * 1000000LL + (end.tv_nsec - start.tv_nsec) / 1000;
    const long long cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL +
                          usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
    std::printf("%lld %ld %d %lld\n", micros, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                cpu);
  }
  posix_spawn_file_actions_destroy(&actions);
  return 0;
}
