#pragma once
// How many terminal cells a character takes: the caret under a source line must stay under its
// span when the line holds CJK names or values, which take two cells each.

#include <cstddef>
#include <string_view>

namespace ecslint {

// 2 for East Asian Wide and Fullwidth code points (Unicode's EastAsianWidth.txt: W and F), 0 for
// combining marks and zero-width characters, 1 for everything else (ambiguous-width ones too, as
// terminals outside East Asian locales show them).
int codePointWidth(char32_t codePoint);

// The cells `text` (valid UTF-8) takes on a terminal: the sum of its code points' widths.
std::size_t displayWidth(std::string_view text);

// The code point of the valid UTF-8 sequence `character` (one code point).
char32_t decodeUtf8(std::string_view character);

}  // namespace ecslint
