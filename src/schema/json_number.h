#pragma once
// A number literal as RapidJSON reads it, which is what valijson judges: an integer that fits
// int64 or uint64 is an integer, any other number (1.0, 1e3, 18446744073709551616) a double.
// The Document keeps numbers as their literal text; the schema stage reads them back here, so the
// fast check and valijson see the same number.

#include <cstdint>
#include <optional>
#include <string_view>

namespace ecslint {

struct JsonNumber {
  enum class Kind : std::uint8_t { Int64, Uint64, Double };
  Kind kind = Kind::Int64;
  std::int64_t int64 = 0;
  std::uint64_t uint64 = 0;
  double real = 0;

  bool isDouble() const { return kind == Kind::Double; }
  // The number as valijson compares it with minimum and maximum: integers go through int64_t, so
  // an unsigned value above INT64_MAX wraps (18446744073709551615 is compared as -1).
  double valijsonValue() const;
};

// nullopt when `literal` is not one JSON number (a YAML form such as 0x1F or 1_000).
std::optional<JsonNumber> readJsonNumber(std::string_view literal);

}  // namespace ecslint
