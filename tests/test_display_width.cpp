// Terminal cells per character: the caret under a source line stays under its span when the line
// holds CJK text.
#include <doctest/doctest.h>

#include "support/display_width.h"

namespace ecslint::test {

TEST_CASE("display width: ASCII and Latin take one cell, CJK and fullwidth forms two") {
  CHECK(displayWidth("web-app") == 7);
  CHECK(displayWidth("caf\xC3\xA9") == 4);                           // café
  CHECK(displayWidth("\xE3\x82\xA6\xE3\x82\xA7\xE3\x83\x96") == 6);  // ウェブ (Katakana)
  CHECK(displayWidth("\xE3\x81\x82") == 2);                          // あ (Hiragana)
  CHECK(displayWidth("\xE6\x9C\xAC\xE7\x95\xAA") == 4);              // 本番 (CJK ideographs)
  CHECK(displayWidth("\xED\x95\x9C") == 2);                          // 한 (Hangul syllable)
  CHECK(displayWidth("\xEF\xBC\xA1\xEF\xBC\x91") == 4);              // Ａ１ (fullwidth forms)
  CHECK(displayWidth("\xE3\x80\x81") == 2);                          // 、 (CJK punctuation)
  CHECK(displayWidth("\xF0\x9F\x9A\x80") == 2);                      // 🚀 (emoji)
  CHECK(displayWidth("\xF0\xA0\x80\x8B") == 2);                      // 𠀋 (CJK extension B)
  CHECK(displayWidth("\xEF\xBD\xB1") == 1);                          // ｱ (halfwidth Katakana)
}

TEST_CASE("display width: combining marks and zero-width characters take none") {
  CHECK(displayWidth("e\xCC\x81") == 1);                 // e + combining acute
  CHECK(displayWidth("\xE3\x81\x8B\xE3\x82\x99") == 2);  // か + combining voiced mark
  CHECK(displayWidth("a\xE2\x80\x8B"
                     "b") == 2);                         // zero width space
  CHECK(displayWidth("\xE2\x9C\x8C\xEF\xB8\x8F") == 1);  // ✌ + variation selector 16
}

TEST_CASE("display width: range edges") {
  CHECK(codePointWidth(0x10FF) == 1);
  CHECK(codePointWidth(0x1100) == 2);
  CHECK(codePointWidth(0x115F) == 2);
  CHECK(codePointWidth(0x303E) == 2);
  CHECK(codePointWidth(0x303F) == 1);
  CHECK(codePointWidth(0xABFF) == 1);
  CHECK(codePointWidth(0xAC00) == 2);
  CHECK(codePointWidth(0xD7A3) == 2);
  CHECK(codePointWidth(0xD7A4) == 1);
  CHECK(codePointWidth(0xFF60) == 2);
  CHECK(codePointWidth(0xFF61) == 1);
  CHECK(codePointWidth(0x3FFFD) == 2);
  CHECK(codePointWidth(0x40000) == 1);
  CHECK(decodeUtf8("\xF0\x9F\x9A\x80") == 0x1F680);
}

}  // namespace ecslint::test
