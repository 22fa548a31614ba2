#pragma once
// Output must be valid UTF-8 even when the input is not (an ECS001 snippet of a broken file).

#include <string>
#include <string_view>

namespace ecslint {

// `text` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string toValidUtf8(std::string_view text);
// The same, appended to `out`.
void appendValidUtf8(std::string& out, std::string_view text);

// Whether `text` is valid UTF-8 throughout (RFC 3629).
bool isValidUtf8(std::string_view text);
// The offset of the first byte that does not start a valid sequence, or npos.
std::size_t firstInvalidUtf8(std::string_view text);

}  // namespace ecslint
