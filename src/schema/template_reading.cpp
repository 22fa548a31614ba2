#include "schema/template_reading.h"

#include <algorithm>

#include "cloudformation/intrinsic.h"
#include "schema/json_number.h"

namespace ecslint {
namespace {

// Integers beyond this many digits are not coerced: int64 holds every 18-digit number.
constexpr std::size_t kMaxIntegerDigits = 18;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view digitsOf(std::string_view text) {
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) text.remove_prefix(1);
  return text;
}

bool isIntegerString(std::string_view text) {
  const std::string_view digits = digitsOf(text);
  return !digits.empty() && digits.size() <= kMaxIntegerDigits &&
         std::all_of(digits.begin(), digits.end(), isDigit);
}

// What Python's int() also reads, as cfn-lint judges integers: surrounding spaces, digits
// grouped with underscores. CloudFormation's own reading of these is not documented: unknown.
bool isLooseIntegerString(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\n");
  const std::size_t end = text.find_last_not_of(" \t\n");
  if (begin == std::string_view::npos) return false;
  std::string digits;
  for (const char c : text.substr(begin, end - begin + 1)) {
    if (c != '_') digits += c;
  }
  return isIntegerString(digits);
}

bool isDecimalString(std::string_view text) {
  const std::string_view digits = digitsOf(text);
  const std::size_t point = digits.find('.');
  if (digits.empty() || point == std::string_view::npos || digits.size() == 1) return false;
  return std::all_of(digits.begin(), digits.end(), [](char c) { return isDigit(c) || c == '.'; }) &&
         digits.find('.', point + 1) == std::string_view::npos;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

bool hasMergeKey(const Document& document, NodeId mapping) {
  for (NodeId member = document.firstChild(mapping); member != kNoNode;
       member = document.nextSibling(member)) {
    if (document.keyName(member) == "<<") return true;
  }
  return false;
}

}  // namespace

bool isUnknownInTemplate(const Document& document, NodeId node) {
  switch (document.kind(node)) {
    case NodeKind::Alias:
    case NodeKind::Null:
      return true;
    case NodeKind::Mapping:
      return hasMergeKey(document, node) || static_cast<bool>(intrinsicAt(document, node));
    default:
      return static_cast<bool>(intrinsicAt(document, node));
  }
}

bool isNoValue(const Document& document, NodeId node) {
  const Intrinsic function = intrinsicAt(document, node);
  if (!function.is("Ref")) return false;
  const auto target = refTarget(document, function);
  return target && *target == "AWS::NoValue";
}

Coercion templateCoercion(const Document& document, NodeId node, std::string_view expectedType) {
  const NodeKind kind = document.kind(node);
  const std::string_view text = document.text(node);
  if (expectedType == "integer" || expectedType == "number") {
    if (kind == NodeKind::Integer) return readJsonNumber(text) ? Coercion::None : Coercion::Unknown;
    if (kind == NodeKind::Float) return expectedType == "integer" ? Coercion::Unknown : Coercion::None;
    if (kind != NodeKind::String) return Coercion::None;
    if (isIntegerString(text)) return Coercion::ToInteger;
    return isDecimalString(text) || isLooseIntegerString(text) ? Coercion::Unknown : Coercion::None;
  }
  if (expectedType == "string") {
    const bool scalar = kind == NodeKind::Integer || kind == NodeKind::Float || kind == NodeKind::Boolean;
    return scalar ? Coercion::ToString : Coercion::None;
  }
  if (expectedType == "boolean" && kind == NodeKind::String &&
      (equalsIgnoringCase(text, "true") || equalsIgnoringCase(text, "false"))) {
    return Coercion::ToBoolean;
  }
  return Coercion::None;
}

std::string integerText(std::string_view text) {
  const bool negative = text.starts_with('-');
  std::string_view digits = digitsOf(text);
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  if (digits == "0") return "0";
  return (negative ? "-" : "") + std::string(digits);
}

}  // namespace ecslint
