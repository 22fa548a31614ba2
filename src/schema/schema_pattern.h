#pragma once
// A JSON Schema "pattern" searched as valijson searches it (std::regex_search, ECMAScript grammar),
// without paying for std::regex on the forms the schema uses.
//
// A std::regex search costs thousands of instructions even on a short string, and the schema
// searches every family, container name and image with one. Most of its patterns are alternations
// of three simple forms, which are compiled here into tables instead:
//   - one character from a class, anywhere:  "[^A-Za-z0-9_-]", "\\s", "@"
//   - a literal at the start:                 "^-", "^(aws|AWS|Aws):"
//   - a literal at the end:                   ":$"
// Any other pattern, and any string with a byte outside ASCII (where std::regex's signed-char
// ranges would have to be reproduced), is searched with the std::regex itself, so the verdict is
// std::regex's in every case. tests/test_schema_pattern.cpp compares the two on every pattern of the
// schema.

#include <bitset>
#include <mutex>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace ecslint {

class SchemaPattern {
 public:
  explicit SchemaPattern(std::string pattern);
  SchemaPattern(const SchemaPattern&) = delete;
  SchemaPattern& operator=(const SchemaPattern&) = delete;

  // Whether the pattern matches somewhere in `text` (regex_search, not regex_match).
  bool search(std::string_view text) const;

  const std::string& source() const { return source_; }
  // Whether ASCII strings are searched without std::regex (for tests).
  bool compiled() const { return compiled_; }

 private:
  bool compile(std::string_view pattern);
  bool compileAlternative(std::string_view alternative);
  const std::regex& regex() const;

  std::string source_;
  // Built on first use (std::regex_error then, for a pattern std::regex rejects): building a
  // std::regex costs more than linting a small file, and a pattern compiled to tables needs it
  // only for a string with a non-ASCII byte.
  mutable std::once_flag regexBuilt_;
  mutable std::optional<std::regex> regex_;
  bool compiled_ = false;
  std::bitset<128> anywhere_;  // ASCII characters that match wherever they occur
  std::vector<std::string> prefixes_;
  std::vector<std::string> suffixes_;
};

}  // namespace ecslint
