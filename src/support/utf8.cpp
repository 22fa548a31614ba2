#include "support/utf8.h"

#include <cstdint>
#include <cstring>

namespace ecslint {
namespace {

// Where the first byte at or after `at` that is not ASCII is, eight bytes at a time: reporters
// pass every message through toValidUtf8, and messages are long and nearly always ASCII.
std::size_t skipAscii(std::string_view text, std::size_t at) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  while (at + 8 <= text.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + at, sizeof word);
    if ((word & kHighBits) != 0) break;
    at += 8;
  }
  while (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80) ++at;
  return at;
}

// Length of the valid UTF-8 sequence at `at`, or 0 when it is invalid (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
std::size_t validSequenceLength(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
  }
  return length;
}

}  // namespace

std::size_t firstInvalidUtf8(std::string_view text) {
  for (std::size_t at = skipAscii(text, 0); at < text.size(); at = skipAscii(text, at)) {
    const std::size_t length = validSequenceLength(text, at);
    if (length == 0) return at;
    at += length;
  }
  return std::string_view::npos;
}

bool isValidUtf8(std::string_view text) { return firstInvalidUtf8(text) == std::string_view::npos; }

void appendValidUtf8(std::string& out, std::string_view text) {
  // Reporters pass every path, message and snippet through here, and nearly all of them are
  // valid: valid runs are copied whole rather than one code point at a time.
  std::size_t runStart = 0;
  for (std::size_t at = skipAscii(text, 0); at < text.size(); at = skipAscii(text, at)) {
    const std::size_t length = validSequenceLength(text, at);
    if (length != 0) {
      at += length;
      continue;
    }
    out.append(text.substr(runStart, at - runStart));
    out += "\xEF\xBF\xBD";
    runStart = ++at;
  }
  out.append(text.substr(runStart));
}

std::string toValidUtf8(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  appendValidUtf8(result, text);
  return result;
}

}  // namespace ecslint
