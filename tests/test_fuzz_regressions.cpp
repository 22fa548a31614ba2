// Every input with which the fuzzer (fuzz/) found a bug, replayed as the fuzz target runs it. Under
// the sanitizer build (.ci/run) a regression aborts the test binary, as it aborted the fuzzer.
#include <doctest/doctest.h>

#include "../fuzz/pipeline.h"
#include "test_support.h"

namespace ecslint::test {

TEST_CASE("fuzz regressions: every saved input goes through the fuzzed pipeline") {
  const std::filesystem::path directory = sourceDir() / "tests" / "data" / "fuzz";
  std::size_t replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    INFO(entry.path().filename().string());
    bool invariantsHeld = false;
    CHECK_NOTHROW(invariantsHeld = fuzz::runPipeline(readFile(entry.path())));
    CHECK(invariantsHeld);
    ++replayed;
  }
  CHECK(replayed > 0);
}

}  // namespace ecslint::test
