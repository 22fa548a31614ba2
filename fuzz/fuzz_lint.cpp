// libFuzzer target: any bytes through the whole pipeline a user's file goes through (pipeline.h).
// A crash, a sanitizer report, an uncaught exception (a RapidJSON assertion is one), a timeout, a
// memory blow-up or the fast conformance check disagreeing with valijson is a bug; each input that found one
// is kept in tests/data/fuzz/ and replayed by tests/test_fuzz_regressions.cpp.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (!ecslint::fuzz::runPipeline(std::string(reinterpret_cast<const char*>(data), size))) __builtin_trap();
  return 0;
}
