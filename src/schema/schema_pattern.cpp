#include "schema/schema_pattern.h"

#include <algorithm>

namespace ecslint {
namespace {

using CharacterSet = std::bitset<128>;

constexpr std::string_view kSyntaxCharacters = "^$\\.*+?()[]{}|/";

// A printable ASCII character that stands for itself outside a bracket expression.
bool isLiteral(char c) {
  return c >= 0x20 && c < 0x7F && kSyntaxCharacters.find(c) == std::string_view::npos;
}

bool isLiteralText(std::string_view text) { return std::all_of(text.begin(), text.end(), isLiteral); }

bool isAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The length of the bracket expression `text` starts with ("[...]", escapes included), or 0.
std::size_t bracketLength(std::string_view text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == ']') {
      return i + 1;
    }
  }
  return 0;
}

// Splits a pattern at the '|' outside bracket expressions and groups.
std::optional<std::vector<std::string_view>> splitAlternatives(std::string_view pattern) {
  std::vector<std::string_view> alternatives;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      const std::size_t length = bracketLength(pattern.substr(i));
      if (length == 0) return std::nullopt;
      i += length - 1;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return std::nullopt;
    } else if (c == '|' && depth == 0) {
      alternatives.push_back(pattern.substr(start, i - start));
      start = i + 1;
    }
  }
  if (depth != 0) return std::nullopt;
  alternatives.push_back(pattern.substr(start));
  return alternatives;
}

// One character of a bracket expression, consumed from `text`: a printable character, "\xHH", or an
// escaped syntax character. -1 for anything else ("\s" and "\b" mean other things inside brackets).
int classCharacter(std::string_view& text) {
  if (text.empty()) return -1;
  const char c = text.front();
  if (c != '\\') {
    text.remove_prefix(1);
    return c >= 0x20 && c < 0x7F ? c : -1;
  }
  if (text.size() >= 4 && text[1] == 'x' && hexDigit(text[2]) >= 0 && hexDigit(text[3]) >= 0) {
    const int value = hexDigit(text[2]) * 16 + hexDigit(text[3]);
    text.remove_prefix(4);
    return value < 0x80 ? value : -1;
  }
  if (text.size() >= 2 && (kSyntaxCharacters.find(text[1]) != std::string_view::npos || text[1] == '-')) {
    const char escaped = text[1];
    text.remove_prefix(2);
    return escaped;
  }
  return -1;
}

// The characters a bracket expression ("[a-z_]", "[^a-z]") that is all of `text` matches.
std::optional<CharacterSet> parseBracket(std::string_view text) {
  if (text.size() < 3 || text.front() != '[' || bracketLength(text) != text.size()) return std::nullopt;
  text = text.substr(1, text.size() - 2);
  const bool negated = text.front() == '^';
  if (negated) text.remove_prefix(1);
  if (text.empty()) return std::nullopt;  // "[^]" matches any character in ECMAScript: not worth a case
  CharacterSet set;
  while (!text.empty()) {
    const int first = classCharacter(text);
    if (first < 0) return std::nullopt;
    int last = first;
    if (text.size() >= 2 && text.front() == '-') {
      text.remove_prefix(1);
      last = classCharacter(text);
      if (last < first) return std::nullopt;
    }
    for (int c = first; c <= last; ++c) set.set(static_cast<std::size_t>(c));
  }
  if (negated) set.flip();
  return set;
}

// "^lit" or "^(a|b|c)lit": every literal the text must start with, or nullopt.
std::optional<std::vector<std::string>> parsePrefixes(std::string_view text) {
  std::vector<std::string> heads{""};
  if (text.starts_with('(')) {
    const std::size_t close = text.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    heads.clear();
    std::string_view group = text.substr(1, close - 1);
    text.remove_prefix(close + 1);
    for (std::size_t bar = group.find('|');; bar = group.find('|')) {
      const std::string_view head = group.substr(0, bar);
      if (head.empty() || !isLiteralText(head)) return std::nullopt;
      heads.emplace_back(head);
      if (bar == std::string_view::npos) break;
      group.remove_prefix(bar + 1);
    }
  }
  if (!isLiteralText(text)) return std::nullopt;
  for (std::string& head : heads) {
    head += text;
    if (head.empty()) return std::nullopt;  // "^" alone matches every string
  }
  return heads;
}

}  // namespace

SchemaPattern::SchemaPattern(std::string pattern) : source_(std::move(pattern)) {
  compiled_ = compile(source_);
}

const std::regex& SchemaPattern::regex() const {
  std::call_once(regexBuilt_, [this] { regex_.emplace(source_); });
  return *regex_;
}

bool SchemaPattern::compile(std::string_view pattern) {
  const auto alternatives = splitAlternatives(pattern);
  if (!alternatives) return false;
  return std::all_of(alternatives->begin(), alternatives->end(),
                     [this](std::string_view alternative) { return compileAlternative(alternative); });
}

bool SchemaPattern::compileAlternative(std::string_view alternative) {
  if (alternative == "\\s") {
    for (const char space : std::string_view(" \t\n\v\f\r")) anywhere_.set(static_cast<std::size_t>(space));
    return true;
  }
  if (alternative.size() == 1 && isLiteral(alternative.front())) {
    anywhere_.set(static_cast<std::size_t>(alternative.front()));
    return true;
  }
  if (const auto set = parseBracket(alternative)) {
    anywhere_ |= *set;
    return true;
  }
  if (alternative.starts_with('^')) {
    const auto prefixes = parsePrefixes(alternative.substr(1));
    if (!prefixes) return false;
    prefixes_.insert(prefixes_.end(), prefixes->begin(), prefixes->end());
    return true;
  }
  if (alternative.size() >= 2 && alternative.ends_with('$') &&
      isLiteralText(alternative.substr(0, alternative.size() - 1))) {
    suffixes_.emplace_back(alternative.substr(0, alternative.size() - 1));
    return true;
  }
  return false;
}

bool SchemaPattern::search(std::string_view text) const {
  if (!compiled_ || !isAscii(text)) return std::regex_search(text.begin(), text.end(), regex());
  for (const char c : text) {
    if (anywhere_[static_cast<std::size_t>(c)]) return true;
  }
  const auto startsWith = [text](const std::string& prefix) { return text.starts_with(prefix); };
  const auto endsWith = [text](const std::string& suffix) { return text.ends_with(suffix); };
  return std::any_of(prefixes_.begin(), prefixes_.end(), startsWith) ||
         std::any_of(suffixes_.begin(), suffixes_.end(), endsWith);
}

}  // namespace ecslint
