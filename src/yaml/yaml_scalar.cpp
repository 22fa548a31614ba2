#include "yaml/yaml_scalar.h"

#include <array>

namespace ecslint {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isOctal(char c) { return c >= '0' && c <= '7'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

template <class Predicate>
std::size_t skipWhile(std::string_view s, std::size_t i, Predicate p) {
  while (i < s.size() && p(s[i])) ++i;
  return i;
}

bool oneOf(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s == w) return true;
  }
  return false;
}

// `(:[0-5]?[0-9])+` from position i; returns the position after it, or npos.
std::size_t sexagesimalTail(std::string_view s, std::size_t i) {
  std::size_t groups = 0;
  while (i < s.size() && s[i] == ':') {
    std::size_t j = i + 1;
    if (j < s.size() && isDigit(s[j]) && j + 1 < s.size() && isDigit(s[j + 1])) {
      if (s[j] > '5') return std::string_view::npos;
      j += 2;
    } else if (j < s.size() && isDigit(s[j])) {
      j += 1;
    } else {
      return std::string_view::npos;
    }
    i = j;
    ++groups;
  }
  return groups > 0 ? i : std::string_view::npos;
}

bool isInteger(std::string_view s) {
  std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  const std::string_view body = s.substr(i);
  if (body.empty()) return false;
  auto digitsOrUnderscore = [&](std::size_t from, auto pred) {
    return from < s.size() && skipWhile(s, from, [&](char c) { return pred(c) || c == '_'; }) == s.size();
  };
  if (body.size() >= 2 && body[0] == '0' && body[1] == 'b') {
    return digitsOrUnderscore(i + 2, [](char c) { return c == '0' || c == '1'; });
  }
  if (body.size() >= 2 && body[0] == '0' && body[1] == 'x') return digitsOrUnderscore(i + 2, isHex);
  if (body == "0") return true;
  if (body[0] == '0') return digitsOrUnderscore(i + 1, isOctal);
  if (!isDigit(body[0])) return false;
  const std::size_t end = skipWhile(s, i, [](char c) { return isDigit(c) || c == '_'; });
  if (end == s.size()) return true;
  return sexagesimalTail(s, end) == s.size();
}

bool isFloat(std::string_view s) {
  if (oneOf(s, {".nan", ".NaN", ".NAN"})) return true;
  std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  const std::string_view body = s.substr(i);
  if (oneOf(body, {".inf", ".Inf", ".INF"})) return true;
  auto exponentTail = [&](std::size_t at) {
    if (at == s.size()) return true;
    if (s[at] != 'e' && s[at] != 'E') return false;
    if (at + 1 >= s.size() || (s[at + 1] != '+' && s[at + 1] != '-')) return false;
    const std::size_t digits = at + 2;
    return digits < s.size() && skipWhile(s, digits, isDigit) == s.size();
  };
  if (!body.empty() && body[0] == '.') {
    // `\.[0-9_]+` with an optional exponent
    const std::size_t end = skipWhile(s, i + 1, [](char c) { return isDigit(c) || c == '_'; });
    return end > i + 1 && exponentTail(end);
  }
  if (body.empty() || !isDigit(body[0])) return false;
  std::size_t end = skipWhile(s, i, [](char c) { return isDigit(c) || c == '_'; });
  if (end < s.size() && s[end] == ':') {
    end = sexagesimalTail(s, end);
    if (end == std::string_view::npos || end >= s.size() || s[end] != '.') return false;
    return skipWhile(s, end + 1, [](char c) { return isDigit(c) || c == '_'; }) == s.size();
  }
  if (end >= s.size() || s[end] != '.') return false;
  end = skipWhile(s, end + 1, [](char c) { return isDigit(c) || c == '_'; });
  return exponentTail(end);
}

}  // namespace

NodeKind plainScalarKind(std::string_view text) {
  if (oneOf(text, {"", "~", "null", "Null", "NULL"})) return NodeKind::Null;
  if (booleanValue(text)) return NodeKind::Boolean;
  if (isInteger(text)) return NodeKind::Integer;
  if (isFloat(text)) return NodeKind::Float;
  return NodeKind::String;
}

}  // namespace ecslint
