#pragma once
// Runs a command the way a shell, a pre-commit hook or CI would, and measures it from outside.

#include <string>
#include <vector>

namespace ecslint::bench {

struct ProcessRun {
  double wallMs = 0;     // from spawn to reaped exit
  double peakRssMb = 0;  // the child's peak resident set (wait4's ru_maxrss)
  int exitCode = -1;     // -1: killed by a signal or could not be spawned
  double cpuMs = 0;      // user + system CPU time
};

// Runs argv `runs` times through ecslint_probe (see probe.cpp for why), stdout and stderr to
// /dev/null. Empty when the probe cannot be run.
std::vector<ProcessRun> runProcess(const std::vector<std::string>& argv, int runs);

}  // namespace ecslint::bench
