#include "support/glob.h"

#include <cctype>
#include <string>
#include <vector>

namespace ecslint {
namespace {

struct Token {
  enum Kind { Literal, AnyOne, Class, Star, AnyDepth, Directories } kind = Literal;
  char literal = 0;
  std::string members;  // Class: single characters and "a-z" ranges, as written
  bool negated = false;
};

char fold(char c, bool ignoreCase) {
  return ignoreCase ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : c;
}

std::vector<Token> tokenize(std::string_view pattern, bool pathSeparators) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    Token token;
    if (c == '\\' && i + 1 < pattern.size()) {
      token.literal = pattern[++i];
    } else if (c == '?') {
      token.kind = Token::AnyOne;
    } else if (c == '*') {
      const bool doubled = pathSeparators && i + 1 < pattern.size() && pattern[i + 1] == '*';
      if (!doubled) {
        token.kind = Token::Star;
      } else {
        i += 1;
        while (i + 1 < pattern.size() && pattern[i + 1] == '*') ++i;
        // "**/" at the start or after a '/' is "any number of whole directories", so that
        // "**/web.json" matches "web.json" too.
        const bool atSegmentStart =
            tokens.empty() || (tokens.back().kind == Token::Literal && tokens.back().literal == '/');
        if (atSegmentStart && i + 1 < pattern.size() && pattern[i + 1] == '/') {
          token.kind = Token::Directories;
          i += 1;
        } else {
          token.kind = Token::AnyDepth;
        }
      }
    } else if (c == '[') {
      // A class runs to the next ']' (a ']' right after '[' or '[!' is a member); without one
      // the '[' is literal.
      std::size_t j = i + 1;
      const bool negated = j < pattern.size() && (pattern[j] == '!' || pattern[j] == '^');
      if (negated) ++j;
      const std::size_t first = j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') ++j;
      if (j >= pattern.size()) {
        token.literal = c;
      } else {
        token.kind = Token::Class;
        token.negated = negated;
        token.members = std::string(pattern.substr(first, j - first));
        i = j;
      }
    } else {
      token.literal = c;
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

bool classContains(const Token& token, char c, bool ignoreCase) {
  const auto contains = [&](char x) {
    const std::string& m = token.members;
    for (std::size_t k = 0; k < m.size(); ++k) {
      if (k + 2 < m.size() && m[k + 1] == '-') {
        if (m[k] <= x && x <= m[k + 2]) return true;
        k += 2;
      } else if (m[k] == x) {
        return true;
      }
    }
    return false;
  };
  bool found = contains(c);
  if (!found && ignoreCase) {
    found = contains(static_cast<char>(std::tolower(static_cast<unsigned char>(c)))) ||
            contains(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return found != token.negated;
}

// True when the pattern matches text[0..j) for some j where `endsAt(j)` holds. One pass of
// dynamic programming, O(tokens x text), whatever the pattern: every candidate end is decided at
// once, instead of a match per end.
template <typename EndsAt>
bool matchesUpTo(std::string_view pattern, std::string_view text, GlobOptions options, EndsAt endsAt) {
  const std::vector<Token> tokens = tokenize(pattern, options.pathSeparators);
  const std::size_t n = text.size();
  // next[j]: tokens i+1.. match text[j..] (up to an accepted end); current[j]: tokens i.. do.
  // Rows are computed from the last token backwards; the row past the last token marks the ends.
  std::vector<char> next(n + 1, 0), current(n + 1, 0);
  for (std::size_t j = 0; j <= n; ++j) next[j] = endsAt(j) ? 1 : 0;
  for (std::size_t i = tokens.size(); i-- > 0;) {
    const Token& token = tokens[i];
    current[n] = 0;
    bool throughSlash = false;  // Directories: text[j..] = "dir/dir/" + a match of the rest
    for (std::size_t j = n + 1; j-- > 0;) {
      const bool have = j < n;
      const char c = have ? fold(text[j], options.ignoreCase) : 0;
      const bool separator = have && text[j] == '/';
      bool match = false;
      switch (token.kind) {
        case Token::Literal:
          match = have && c == fold(token.literal, options.ignoreCase) && next[j + 1];
          break;
        case Token::AnyOne:
          match = have && !(options.pathSeparators && separator) && next[j + 1];
          break;
        case Token::Class:
          match = have && !(options.pathSeparators && separator) &&
                  classContains(token, text[j], options.ignoreCase) && next[j + 1];
          break;
        case Token::Star:
          match = next[j] || (have && !(options.pathSeparators && separator) && current[j + 1]);
          break;
        case Token::AnyDepth:
          match = next[j] || (have && current[j + 1]);
          break;
        case Token::Directories:
          if (have) throughSlash = separator ? (next[j + 1] || throughSlash) : throughSlash;
          match = next[j] || (have && throughSlash);
          break;
      }
      current[j] = match ? 1 : 0;
    }
    std::swap(next, current);
  }
  return next[0] != 0;
}

bool equalFolded(std::string_view a, std::string_view b, bool ignoreCase) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i], ignoreCase) != fold(b[i], ignoreCase)) return false;
  }
  return true;
}

// Where `needle` first occurs in `haystack` at or after `from`, or npos: Knuth-Morris-Pratt, so
// O(needle + haystack) even when both are long runs of one letter.
std::size_t findFolded(std::string_view haystack, std::size_t from, std::string_view needle,
                       bool ignoreCase) {
  if (needle.empty()) return from;
  const auto same = [ignoreCase](char a, char b) { return fold(a, ignoreCase) == fold(b, ignoreCase); };
  // border[i]: the length of the longest proper prefix of needle[0..i] that is also its suffix.
  std::vector<std::size_t> border(needle.size(), 0);
  for (std::size_t i = 1, k = 0; i < needle.size(); ++i) {
    while (k > 0 && !same(needle[i], needle[k])) k = border[k - 1];
    if (same(needle[i], needle[k])) ++k;
    border[i] = k;
  }
  for (std::size_t i = from, k = 0; i < haystack.size(); ++i) {
    while (k > 0 && !same(haystack[i], needle[k])) k = border[k - 1];
    if (same(haystack[i], needle[k])) ++k;
    if (k == needle.size()) return i + 1 - needle.size();
  }
  return std::string_view::npos;
}

}  // namespace

bool starMatch(std::string_view pattern, std::string_view text, bool ignoreCase) {
  const std::size_t firstStar = pattern.find('*');
  if (firstStar == std::string_view::npos) return equalFolded(pattern, text, ignoreCase);
  // The piece before the first '*' must begin the text and the piece after the last end it; the
  // pieces between may sit anywhere in order, and taking each leftmost never loses a match.
  const std::string_view head = pattern.substr(0, firstStar);
  const std::string_view tail = pattern.substr(pattern.rfind('*') + 1);
  if (text.size() < head.size() + tail.size()) return false;
  if (!equalFolded(head, text.substr(0, head.size()), ignoreCase) ||
      !equalFolded(tail, text.substr(text.size() - tail.size()), ignoreCase)) {
    return false;
  }
  const std::string_view middle = text.substr(head.size(), text.size() - head.size() - tail.size());
  std::size_t at = 0;
  for (std::size_t star = firstStar; star < pattern.size();) {
    const std::size_t nextStar = pattern.find('*', star + 1);
    if (nextStar == std::string_view::npos) break;  // the tail, already matched
    const std::string_view piece = pattern.substr(star + 1, nextStar - star - 1);
    const std::size_t found = findFolded(middle, at, piece, ignoreCase);
    if (found == std::string_view::npos) return false;
    at = found + piece.size();
    star = nextStar;
  }
  return true;
}

bool hasGlobCharacters(std::string_view pattern) {
  return pattern.find_first_of("*?[") != std::string_view::npos;
}

bool globMatch(std::string_view pattern, std::string_view text, GlobOptions options) {
  return matchesUpTo(pattern, text, options, [n = text.size()](std::size_t j) { return j == n; });
}

bool globMatchLeadingSegments(std::string_view pattern, std::string_view text, GlobOptions options) {
  return matchesUpTo(pattern, text, options,
                     [text](std::size_t j) { return j == text.size() || text[j] == '/'; });
}

}  // namespace ecslint
