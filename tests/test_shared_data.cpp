// The tests that read ../shared skip with a message when it is absent, and fail instead under CI:
// this runs one of them in a child copy of the test executable with the shared directory missing.
#include <doctest/doctest.h>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

// Runs the test case named `testCase` of this executable with `environment` and ../shared missing.
ShellResult runWithoutShared(const std::string& testCase, const std::string& environment) {
  return runShell("env -u CI ECSLINT_SHARED_DIR=" + quoted((sharedDir() / "absent").string()) + " " +
                  environment + " /proc/" + std::to_string(::getpid()) +
                  "/exe --no-version -tc=" + quoted(testCase));
}

}  // namespace

TEST_CASE("shared data: a test that needs ../shared skips when it is absent, and fails under CI") {
  const std::string testCase = "catalogue: ids and names agree with RULES.md";
  const ShellResult local = runWithoutShared(testCase, "");
  INFO(local.output);
  CHECK(local.exitCode == 0);
  CHECK(contains(local.output, "skipped: "));
  CHECK(contains(local.output, "absent/spec/RULES.md is absent"));

  const ShellResult ci = runWithoutShared(testCase, "CI=true");
  INFO(ci.output);
  CHECK(ci.exitCode != 0);
  CHECK(contains(ci.output, "absent/spec/RULES.md is absent, and CI is set"));
}

}  // namespace ecslint::test
