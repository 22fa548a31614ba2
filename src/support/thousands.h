#pragma once
// Numbers in messages: 1000000 -> "1,000,000".

#include <cstdint>
#include <string>

namespace ecslint {

inline std::string withThousands(std::uint64_t number) {
  std::string digits = std::to_string(number);
  for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ",");
  }
  return digits;
}

}  // namespace ecslint
