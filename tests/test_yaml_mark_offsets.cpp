#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "yaml/mark_offsets.h"

namespace ecslint {

TEST_CASE("yaml mark offsets: every code point's byte offset, in any order of lookups") {
  // ASCII first (looked up directly), then text of 1 to 4-byte characters and ASCII runs longer
  // than the eight bytes skipped at once (walked).
  const char* const pieces[] = {
      "a", "\xC3\xA9", "\xE6\x97\xA5", "\xF0\x9F\x98\x80", "\n", " ", "a run of ascii, 26 bytes."};
  std::mt19937 random(7);
  for (const std::string prefix : {"", "\xEF\xBB\xBF", "ascii: first\n"}) {
    std::string text = prefix;
    std::vector<std::uint32_t> expected;  // byte offset of each code point after the byte-order mark
    const std::uint32_t start = prefix.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (std::uint32_t at = start; at < text.size(); ++at) expected.push_back(at);
    for (int i = 0; i < 2000; ++i) {
      for (const char* byte = pieces[random() % std::size(pieces)]; *byte != '\0'; ++byte) {
        if ((static_cast<unsigned char>(*byte) & 0xC0) != 0x80)
          expected.push_back(static_cast<std::uint32_t>(text.size()));
        text += *byte;
      }
    }
    const MarkOffsets offsets(text, start);
    for (std::size_t i = 0; i < expected.size(); ++i) REQUIRE(offsets.offset(i) == expected[i]);
    for (int i = 0; i < 5000; ++i) {  // back and forth, near and far
      const std::size_t codePoint = random() % expected.size();
      REQUIRE(offsets.offset(codePoint) == expected[codePoint]);
    }
    CHECK(offsets.offset(expected.size()) == text.size());
    CHECK(offsets.offset(expected.size() + 10) == text.size());
  }
}

}  // namespace ecslint
