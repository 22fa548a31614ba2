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
  CHECK(source.position(4) == Position{2, 3});            // the '"' of "a"
  CHECK(source.position(13) == Position{3, 1});           // after "\r\n"
  // "é" is 2 bytes / 1 unit, "😀" is 4 bytes / 2 units (a surrogate pair).
  CHECK(source.position(16) == Position{3, 4});           // 'é' (bytes 16-17)
  CHECK(source.position(18) == Position{3, 5});           // the emoji (bytes 18-21)
  CHECK(source.position(22) == Position{3, 7});           // the closing '"'
  CHECK(source.line(2) == "  \"a\": 1,");
  CHECK(source.lineCount() == 4);                          // a lone '\r' ends a line too
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

}  // namespace ecslint
