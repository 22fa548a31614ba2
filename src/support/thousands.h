#pragma once
// Numbers in messages: 1000000 -> "1,000,000".

#include <cstdint>
#include <string>

namespace ecslint {

inline std::string withThousands(std::uint64_t number) {
  // Built forwards: GCC 12 at -O3 reports a false -Wrestrict overlap for std::string::insert here.
  const std::string digits = std::to_string(number);
  std::string result;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) result += ',';
    result += digits[i];
  }
  return result;
}

}  // namespace ecslint
