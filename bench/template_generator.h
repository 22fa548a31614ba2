#pragma once
// A large CloudFormation template in YAML for the YAML front end's benchmark: resources shaped like
// the real templates of ../shared/corpus/real/cloudformation (task definitions with their roles and
// log groups, short-form intrinsics, flow and block collections, block scalars, comments, quoted
// and plain scalars), generated from a seed so every run reads the same bytes.

#include <cstdint>
#include <string>

namespace ecslint::bench {

// One template of at least `bytes` bytes: as many services (task definition, execution role, log
// group) as it takes, deterministic in `seed`.
std::string generateLargeTemplate(std::size_t bytes, std::uint64_t seed);

}  // namespace ecslint::bench
