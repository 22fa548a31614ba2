#pragma once
// What every hostile input must end with, run through the executable: a normal exit with the
// expected status, in bounded time, with the expected messages and no internal error. Shared by the
// hostile tests of task definitions (test_hostile_inputs.cpp) and of Terraform plans
// (test_terraform_hostile.cpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "child_process.h"

namespace ecslint::test {

// Sanitized builds run several times slower and reserve terabytes of address space.
#if defined(ECSLINT_SANITIZED)
inline constexpr double kSlowdown = 10;
#else
inline constexpr double kSlowdown = 1;
#endif

// Runs ecslint with `arguments` and checks it exits normally with `exitCode` within `seconds`
// (scaled by kSlowdown), with every one of `messages` in its output and no internal error.
inline ChildRun expectHostileOutcome(const std::vector<std::string>& arguments, int exitCode,
                                     const std::vector<std::string>& messages, double seconds = 10,
                                     const std::string& stdinPath = "/dev/null") {
  ChildLimits limits;
  limits.seconds = seconds * kSlowdown;
  const ChildRun run = runEcslint(arguments, stdinPath, limits);
  INFO("output: " << run.output.substr(0, 3000));
  CHECK_MESSAGE(!run.timedOut, "ecslint did not finish within " << limits.seconds << " s");
  CHECK_MESSAGE(run.signal == 0, "ecslint was killed by signal " << run.signal);
  CHECK(run.exitCode == exitCode);
  for (const std::string& message : messages)
    CHECK_MESSAGE(run.output.find(message) != std::string::npos, "missing: " << message);
  CHECK(run.output.find("internal error") == std::string::npos);
  MESSAGE(arguments.back().substr(0, 80) << ": exit " << run.exitCode << " in " << run.seconds << " s");
  return run;
}

inline std::string repeat(const std::string& text, std::size_t times) {
  std::string result;
  result.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) result += text;
  return result;
}

}  // namespace ecslint::test
