#pragma once
// RapidJSON configuration, force-included into every ecslint translation unit (see
// src/CMakeLists.txt) so that all of them instantiate RapidJSON's templates identically.
//
// RapidJSON's assertions guard against API misuse (GetString() on a number, ...). By default they
// vanish in release builds, turning a bug into undefined behaviour; valijson also redefines them
// to throw, in its own translation units only, which would break the one-definition rule. Here
// they throw everywhere, so a bug in a rule becomes a reported internal error for one file,
// never a crash or silent corruption.

#include <stdexcept>

namespace ecslint {

class JsonAssertionFailure : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

[[noreturn]] void rapidjsonAssertionFailed(const char* expression, const char* file, int line);

}  // namespace ecslint

#define RAPIDJSON_ASSERT(x) \
  ((x) ? static_cast<void>(0) : ::ecslint::rapidjsonAssertionFailed(#x, __FILE__, __LINE__))
