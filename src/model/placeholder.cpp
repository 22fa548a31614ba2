#include "model/placeholder.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace ecslint {
namespace {

bool isNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}
bool isUpperNameChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// `<NAME>` where NAME is a plain identifier: CodeDeploy's <IMAGE1_NAME>, docs' <account-id>.
bool hasAngleName(std::string_view text) {
  for (std::size_t open = text.find('<'); open != std::string_view::npos; open = text.find('<', open + 1)) {
    std::size_t at = open + 1;
    while (at < text.size() && isNameChar(text[at])) ++at;
    if (at > open + 1 && at < text.size() && text[at] == '>') return true;
  }
  return false;
}

bool isProseChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
         std::string_view(" _-./:,'()").find(c) != std::string_view::npos;
}

// The text between '<' and '>' reads as words for a human: letters first, then words, digits and
// punctuation that names and sentences use, but no shell syntax.
bool isProse(std::string_view inner) {
  const std::size_t first = inner.find_first_not_of(' ');
  if (first == std::string_view::npos || std::isalpha(static_cast<unsigned char>(inner[first])) == 0)
    return false;
  return std::all_of(inner.begin(), inner.end(), isProseChar);
}

// `<words for a human>` with spaces: "<your image URL here>", "arn:aws:iam::<your account id>:role/app".
// Only when every space of the value is inside such brackets: a shell command (a health check, an
// entryPoint) has spaces outside them, and there '<' and '>' are redirections, so the command stays
// known. One pass: each bracket pair is read once.
bool hasAngleProse(std::string_view text) {
  bool spaced = false;
  std::size_t at = 0;
  while (at < text.size()) {
    if (text[at] == ' ') return false;
    if (text[at] != '<') {
      ++at;
      continue;
    }
    const std::size_t close = text.find('>', at + 1);
    if (close == std::string_view::npos) return false;
    const std::string_view inner = text.substr(at + 1, close - at - 1);
    if (!isProse(inner)) return false;
    spaced = spaced || inner.find(' ') != std::string_view::npos;
    at = close + 1;
  }
  return spaced;
}

// `%NAME%` with an upper-case identifier.
bool hasPercentName(std::string_view text) {
  for (std::size_t open = text.find('%'); open != std::string_view::npos; open = text.find('%', open + 1)) {
    std::size_t at = open + 1;
    while (at < text.size() && isUpperNameChar(text[at])) ++at;
    if (at > open + 1 && at < text.size() && text[at] == '%') return true;
  }
  return false;
}

// `$NAME` with an upper-case identifier of two or more characters (envsubst style).
bool hasShellVariable(std::string_view text) {
  for (std::size_t at = text.find('$'); at != std::string_view::npos; at = text.find('$', at + 1)) {
    std::size_t end = at + 1;
    while (end < text.size() && isUpperNameChar(text[end])) ++end;
    if (end >= at + 3 && !(text[at + 1] >= '0' && text[at + 1] <= '9')) return true;
  }
  return false;
}

// `__NAME__` with an upper-case identifier (sed-replaced tokens such as __TASK_CPU__).
bool hasDunderName(std::string_view text) {
  for (std::size_t open = text.find("__"); open != std::string_view::npos; open = text.find("__", open + 1)) {
    std::size_t at = open + 2;
    while (at < text.size() && isUpperNameChar(text[at]) && !text.substr(at).starts_with("__")) ++at;
    if (at > open + 2 && text.substr(at).starts_with("__")) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 6> kMarkers = {"REPLACE_ME", "REPLACEME",  "CHANGE_ME",
                                                      "CHANGEME",   "FILL_ME_IN", "TO_BE_REPLACED"};
constexpr std::size_t kShortestMarker = 8;

char asciiUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// A marker in any case, compared in place (this runs for every string the model reads).
bool containsMarker(std::string_view text) {
  if (text.size() < kShortestMarker) return false;
  // Every marker has "ME" or "_BE_" in it, in any case; most strings (ARNs, images, URLs) have
  // neither, and memchr rules them out faster than the scan below.
  const auto followedBy = [text](char c, char next) {
    for (const char* at = static_cast<const char*>(std::memchr(text.data(), c, text.size()));
         at != nullptr;) {
      const std::size_t offset = static_cast<std::size_t>(at - text.data()) + 1;
      if (offset < text.size() && asciiUpper(text[offset]) == next) return true;
      at = static_cast<const char*>(std::memchr(text.data() + offset, c, text.size() - offset));
    }
    return false;
  };
  if (!followedBy('M', 'E') && !followedBy('m', 'E') && !followedBy('_', 'B')) return false;
  for (std::size_t at = 0; at + kShortestMarker <= text.size(); ++at) {
    const char first = asciiUpper(text[at]);
    if (first != 'R' && first != 'C' && first != 'F' && first != 'T') continue;
    for (const std::string_view marker : kMarkers) {
      if (marker.front() != first || marker.size() > text.size() - at) continue;
      if (std::equal(marker.begin(), marker.end(), text.begin() + static_cast<std::ptrdiff_t>(at),
                     [](char m, char c) { return m == asciiUpper(c); })) {
        return true;
      }
    }
  }
  return false;
}

// Every placeholder syntax but the markers needs one of these characters; most values have none.
// The characters placeholder syntaxes start with, found in one pass over the text: most strings
// have none of them, and each syntax below is looked for only when its characters are there.
enum PlaceholderCharacter : unsigned {
  kDollar = 1,
  kBrace = 2,
  kHash = 4,
  kAngle = 8,
  kPercent = 16,
  kUnderscore = 32,
};

unsigned placeholderCharacters(std::string_view text) {
  static constexpr std::array<unsigned char, 256> kClass = [] {
    std::array<unsigned char, 256> table{};
    table['$'] = kDollar;
    table['{'] = kBrace;
    table['#'] = kHash;
    table['<'] = kAngle;
    table['%'] = kPercent;
    table['_'] = kUnderscore;
    return table;
  }();
  unsigned found = 0;
  for (const char c : text) found |= kClass[static_cast<unsigned char>(c)];
  return found;
}

}  // namespace

bool containsPlaceholder(std::string_view text) {
  const unsigned found = placeholderCharacters(text);
  const auto has = [&text](std::string_view part) { return text.find(part) != std::string_view::npos; };
  if ((found & kDollar) != 0 && (((found & kBrace) != 0 && has("${")) || hasShellVariable(text))) return true;
  if ((found & kBrace) != 0 && (has("{{") || ((found & kHash) != 0 && has("#{")))) return true;
  if ((found & kAngle) != 0 && (hasAngleName(text) || hasAngleProse(text))) return true;
  if ((found & kPercent) != 0 && hasPercentName(text)) return true;
  if ((found & kUnderscore) != 0 && hasDunderName(text)) return true;
  return containsMarker(text);
}

}  // namespace ecslint
