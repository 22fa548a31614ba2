// ctest runs each doctest test case by its name (doctest_discover_tests), but CMake splits a name at
// ';' into two tests whose filters match nothing, so such a test case passes under ctest without
// ever running (the corpus test did). No test case name may hold one.
#include <doctest/doctest.h>

#include <sstream>

#include "cli_runner.h"

namespace ecslint::test {

TEST_CASE(
    "test names: no test case name holds a semicolon, which ctest would split into tests that run nothing") {
  const ShellResult list =
      runShell("/proc/" + std::to_string(::getpid()) + "/exe --no-version --list-test-cases");
  REQUIRE_MESSAGE(list.exitCode == 0, list.output);
  std::istringstream lines(list.output);
  int names = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("[doctest]") || line.starts_with("=====") || line.empty()) continue;
    ++names;
    CHECK_MESSAGE(line.find(';') == std::string::npos, "rename: " << line);
  }
  CHECK(names > 100);
}

}  // namespace ecslint::test
