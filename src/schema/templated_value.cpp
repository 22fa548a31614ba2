#include "schema/templated_value.h"

#include <algorithm>
#include <cctype>

#include "model/placeholder.h"

namespace ecslint {
namespace {

bool isIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool isTokenChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// $name with an identifier of two or more characters that does not start with a digit.
bool hasShellVariable(std::string_view text) {
  for (std::size_t at = text.find('$'); at != std::string_view::npos; at = text.find('$', at + 1)) {
    std::size_t end = at + 1;
    if (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0) continue;
    while (end < text.size() && isIdentifierChar(text[end])) ++end;
    if (end - at - 1 >= 2) return true;
  }
  return false;
}

// &&NAME&& or @@NAME@@ with an upper-case name.
bool hasDelimitedToken(std::string_view text) {
  for (const std::string_view delimiter : {std::string_view("&&"), std::string_view("@@")}) {
    const std::size_t open = text.find(delimiter);
    if (open == std::string_view::npos) continue;
    const std::size_t close = text.find(delimiter, open + 2);
    if (close == std::string_view::npos || close == open + 2) continue;
    const std::string_view name = text.substr(open + 2, close - open - 2);
    if (std::all_of(name.begin(), name.end(), isTokenChar)) return true;
  }
  return false;
}

}  // namespace

bool looksTemplated(std::string_view text) {
  return containsPlaceholder(text) || hasShellVariable(text) || hasDelimitedToken(text);
}

}  // namespace ecslint
