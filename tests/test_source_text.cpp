#include <doctest/doctest.h>

#include <ostream>

#include "source/source_text.h"

namespace ecslint {

// Lets doctest print positions in failure messages.
inline std::ostream& operator<<(std::ostream& out, const Position& p) {
  return out << p.line << ':' << p.column;
}

TEST_CASE("source text: offsets become 1-based lines and UTF-16 columns") {
  const SourceText source("t.json", "{\n  \"a\": 1,\r\n  \"é😀\": 2\r\"x\"");
  CHECK(source.position(0) == Position{1, 1});
  CHECK(source.position(4) == Position{2, 3});   // the '"' of "a"
  CHECK(source.position(13) == Position{3, 1});  // after "\r\n"
  // "é" is 2 bytes / 1 unit, "😀" is 4 bytes / 2 units (a surrogate pair).
  CHECK(source.position(16) == Position{3, 4});  // 'é' (bytes 16-17)
  CHECK(source.position(18) == Position{3, 5});  // the emoji (bytes 18-21)
  CHECK(source.position(22) == Position{3, 7});  // the closing '"'
  CHECK(source.line(2) == "  \"a\": 1,");
  CHECK(source.lineCount() == 4);  // a lone '\r' ends a line too
  CHECK(source.line(4) == "\"x\"");
}

TEST_CASE("source text: a UTF-8 byte-order mark is not a column") {
  const SourceText source("t.json", "\xEF\xBB\xBF{}");
  CHECK(source.contentStart() == 3);
  CHECK(source.position(3) == Position{1, 1});
  CHECK(source.line(1) == "{}");
}

TEST_CASE("source text: utf16Length counts invalid bytes once each") {
  CHECK(utf16Length("abc") == 3);
  CHECK(utf16Length("\xC3\xA9") == 1);
  CHECK(utf16Length("\xF0\x9F\x98\x80") == 2);
  CHECK(utf16Length("\xFF\xFE") == 2);
  CHECK(utf16Length("\xC3") == 1);  // truncated sequence
}

// Columns on a long line come from checkpoints (a minified file); they must equal a scan of the
// whole line, for valid and broken UTF-8 and for sequences split by a checkpoint boundary.
TEST_CASE("source text: columns on a long mixed line equal a scan from the line start") {
  std::string text = "[\n";
  const char* pieces[] = {"a", "\xC3\xA9", "\xF0\x9F\x98\x80", "\xE2\x82\xAC", "\xFF", "\xE0\x80", "\""};
  std::uint32_t seed = 7;
  for (int i = 0; i < 20000; ++i) {
    seed = seed * 1103515245u + 12345u;
    text += pieces[(seed >> 16) % 7];
    if (i % 5000 == 4999) text += "\r\n";  // a few lines, each far longer than a checkpoint block
  }
  const SourceText source("t.json", text);
  for (std::uint32_t offset = 0; offset < text.size(); offset += 13) {
    if (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) continue;  // mid-sequence
    const Position position = source.position(offset);
    const std::string_view line = source.line(position.line);
    const auto lineStart = static_cast<std::uint32_t>(line.data() - source.bytes().data());
    INFO("offset " << offset);
    CHECK(position.column == utf16Length(std::string_view(text).substr(lineStart, offset - lineStart)) + 1);
  }
}

}  // namespace ecslint
