#pragma once
// Realistic task definitions for the batch benchmark: the shapes, sizes and mistakes seen in the
// real corpus (../shared/corpus), generated from a seed so every run lints the same bytes.

#include <cstdint>
#include <string>

namespace ecslint::bench {

// One pretty-printed task definition of about 1-6 KB (RegisterTaskDefinition input, now and then
// a bare container list or describe output), deterministic in `seed`.
std::string generateTaskDefinition(std::uint64_t seed);

// One task definition of at least `bytes` bytes: the same kind of containers, thousands of them
// (PRODUCT.md: "a 5 MB task-definition-shaped file lints in under 100 ms").
std::string generateLargeTaskDefinition(std::size_t bytes, std::uint64_t seed);

}  // namespace ecslint::bench
