#pragma once
// The worst inputs found for passes that were once superlinear (issue 11), so that the benchmark
// shows when one of them grows again: each is linted in a fraction of a second when linear, and
// took from seconds to minutes when quadratic.

#include <string>
#include <vector>

namespace ecslint::bench {

struct HostileCase {
  std::string label;   // what it holds, and which pass it exercises
  std::string file;    // the task definition
  std::string config;  // a configuration passed with --config, or "" for none
};

std::vector<HostileCase> hostileCases();

}  // namespace ecslint::bench
