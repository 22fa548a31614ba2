#include "support/display_width.h"

#include <algorithm>
#include <iterator>

namespace ecslint {
namespace {

struct Range {
  char32_t first;
  char32_t last;
};

// Combining marks (general categories Mn and Me) of the scripts ecslint's users write in, and the
// zero-width format characters: they draw over the character before them.
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F},    // combining diacritical marks
    {0x0483, 0x0489},    // Cyrillic
    {0x0591, 0x05BD},    // Hebrew
    {0x0610, 0x061A},    // Arabic
    {0x064B, 0x065F},    // Arabic
    {0x0E31, 0x0E31},    // Thai
    {0x0E34, 0x0E3A},    // Thai
    {0x0E47, 0x0E4E},    // Thai
    {0x1160, 0x11FF},    // Hangul Jamo medial vowels and final consonants (join the initial)
    {0x1AB0, 0x1AFF},    // combining diacritical marks extended
    {0x1DC0, 0x1DFF},    // combining diacritical marks supplement
    {0x200B, 0x200F},    // zero width space, joiners, direction marks
    {0x2060, 0x2064},    // word joiner, invisible operators
    {0x20D0, 0x20FF},    // combining marks for symbols
    {0x302A, 0x302F},    // ideographic tone marks
    {0x3099, 0x309A},    // combining kana voiced sound marks
    {0xFE00, 0xFE0F},    // variation selectors
    {0xFE20, 0xFE2F},    // combining half marks
    {0xFEFF, 0xFEFF},    // zero width no-break space (BOM)
    {0xE0100, 0xE01EF},  // variation selectors supplement
};

// East Asian Wide (W) and Fullwidth (F) code points, after EastAsianWidth.txt (Unicode 15.1),
// merged into ranges. Sorted, not overlapping.
constexpr Range kWide[] = {
    {0x1100, 0x115F},    // Hangul Jamo initial consonants
    {0x231A, 0x231B},    // watch, hourglass
    {0x2329, 0x232A},    // angle brackets
    {0x23E9, 0x23EC},    // emoji: media controls
    {0x23F0, 0x23F0},    // alarm clock
    {0x23F3, 0x23F3},    // hourglass
    {0x25FD, 0x25FE},    // medium small squares
    {0x2614, 0x2615},    // umbrella, hot beverage
    {0x2648, 0x2653},    // zodiac
    {0x267F, 0x267F},    // wheelchair
    {0x2693, 0x2693},    // anchor
    {0x26A1, 0x26A1},    // high voltage
    {0x26AA, 0x26AB},    // circles
    {0x26BD, 0x26BE},    // soccer ball, baseball
    {0x26C4, 0x26C5},    // snowman, sun behind cloud
    {0x26CE, 0x26CE},    // Ophiuchus
    {0x26D4, 0x26D4},    // no entry
    {0x26EA, 0x26EA},    // church
    {0x26F2, 0x26F3},    // fountain, golf
    {0x26F5, 0x26F5},    // sailboat
    {0x26FA, 0x26FA},    // tent
    {0x26FD, 0x26FD},    // fuel pump
    {0x2705, 0x2705},    // check mark button
    {0x270A, 0x270B},    // raised fist, hand
    {0x2728, 0x2728},    // sparkles
    {0x274C, 0x274C},    // cross mark
    {0x274E, 0x274E},    // cross mark button
    {0x2753, 0x2755},    // question and exclamation marks
    {0x2757, 0x2757},    // exclamation mark
    {0x2795, 0x2797},    // plus, minus, divide
    {0x27B0, 0x27B0},    // curly loop
    {0x27BF, 0x27BF},    // double curly loop
    {0x2B1B, 0x2B1C},    // large squares
    {0x2B50, 0x2B50},    // star
    {0x2B55, 0x2B55},    // circle
    {0x2E80, 0x303E},    // CJK radicals, Kangxi radicals, CJK symbols and punctuation
    {0x3041, 0x3247},    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun...
    {0x3250, 0x4DBF},    // enclosed CJK letters, CJK compatibility, CJK extension A
    {0x4E00, 0xA4CF},    // CJK unified ideographs, Yi
    {0xA960, 0xA97F},    // Hangul Jamo extended A
    {0xAC00, 0xD7A3},    // Hangul syllables
    {0xF900, 0xFAFF},    // CJK compatibility ideographs
    {0xFE10, 0xFE19},    // vertical forms
    {0xFE30, 0xFE6F},    // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},    // fullwidth forms
    {0xFFE0, 0xFFE6},    // fullwidth signs
    {0x16FE0, 0x16FE4},  // ideographic symbols
    {0x16FF0, 0x16FF1},  // ideographic symbols
    {0x17000, 0x18CFF},  // Tangut
    {0x18D00, 0x18D08},  // Tangut supplement
    {0x1AFF0, 0x1B2FF},  // kana extended, kana supplement, Nushu
    {0x1F004, 0x1F004},  // mahjong tile
    {0x1F0CF, 0x1F0CF},  // playing card
    {0x1F18E, 0x1F18E},  // AB button
    {0x1F191, 0x1F19A},  // squared words
    {0x1F200, 0x1F2FF},  // enclosed ideographic supplement
    {0x1F300, 0x1F320},  // emoji: weather, landscapes
    {0x1F32D, 0x1F335},  // emoji: food, plants
    {0x1F337, 0x1F37C},  // emoji: plants, food
    {0x1F37E, 0x1F393},  // emoji: drink, celebration
    {0x1F3A0, 0x1F3CA},  // emoji: activities
    {0x1F3CF, 0x1F3D3},  // emoji: sports
    {0x1F3E0, 0x1F3F0},  // emoji: buildings
    {0x1F3F4, 0x1F3F4},  // black flag
    {0x1F3F8, 0x1F43E},  // emoji: sports, animals
    {0x1F440, 0x1F440},  // eyes
    {0x1F442, 0x1F4FC},  // emoji: people, objects
    {0x1F4FF, 0x1F53D},  // emoji: objects
    {0x1F54B, 0x1F54E},  // emoji: religious places
    {0x1F550, 0x1F567},  // emoji: clock faces
    {0x1F57A, 0x1F57A},  // dancing man
    {0x1F595, 0x1F596},  // hands
    {0x1F5A4, 0x1F5A4},  // black heart
    {0x1F5FB, 0x1F64F},  // emoji: landmarks, faces
    {0x1F680, 0x1F6C5},  // emoji: transport
    {0x1F6CC, 0x1F6CC},  // sleeping accommodation
    {0x1F6D0, 0x1F6D2},  // emoji: places
    {0x1F6D5, 0x1F6D7},  // emoji: places
    {0x1F6DC, 0x1F6DF},  // emoji: objects
    {0x1F6EB, 0x1F6EC},  // emoji: airplanes
    {0x1F6F4, 0x1F6FC},  // emoji: transport
    {0x1F7E0, 0x1F7EB},  // large coloured circles and squares
    {0x1F7F0, 0x1F7F0},  // heavy equals sign
    {0x1F90C, 0x1F93A},  // emoji: supplemental symbols
    {0x1F93C, 0x1F945},  // emoji: supplemental symbols
    {0x1F947, 0x1F9FF},  // emoji: supplemental symbols
    {0x1FA70, 0x1FAFF},  // emoji: symbols and pictographs extended A
    {0x20000, 0x2FFFD},  // CJK extensions B to F, compatibility supplement
    {0x30000, 0x3FFFD},  // CJK extensions G and H
};

bool inRanges(const Range* begin, const Range* end, char32_t codePoint) {
  const Range* range =
      std::upper_bound(begin, end, codePoint, [](char32_t c, const Range& r) { return c < r.first; });
  return range != begin && codePoint <= std::prev(range)->last;
}

}  // namespace

int codePointWidth(char32_t codePoint) {
  if (codePoint < 0x0300) return 1;  // ASCII and Latin-1: the common case, no search
  if (inRanges(std::begin(kZeroWidth), std::end(kZeroWidth), codePoint)) return 0;
  if (inRanges(std::begin(kWide), std::end(kWide), codePoint)) return 2;
  return 1;
}

char32_t decodeUtf8(std::string_view character) {
  if (character.empty()) return 0;
  const auto lead = static_cast<unsigned char>(character[0]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t codePoint = length == 1   ? lead
                       : length == 2 ? lead & 0x1F
                       : length == 3 ? lead & 0x0F
                                     : lead & 0x07;
  for (std::size_t i = 1; i < length && i < character.size(); ++i) {
    codePoint = (codePoint << 6) | (static_cast<unsigned char>(character[i]) & 0x3F);
  }
  return codePoint;
}

std::size_t displayWidth(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    width += static_cast<std::size_t>(codePointWidth(decodeUtf8(text.substr(i, length))));
    i += length;
  }
  return width;
}

}  // namespace ecslint
