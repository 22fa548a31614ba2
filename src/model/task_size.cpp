#include "model/task_size.h"

#include <cctype>
#include <cmath>
#include <string>

namespace ecslint {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// Parses "<number><optional spaces><unit>": a whole or decimal number with an optional unit that
// scales it. The result must be a whole number of base units ("0.25 vCPU" = 256 units).
std::optional<std::int64_t> parseQuantity(std::string_view text, std::string_view unit,
                                          std::int64_t unitScale) {
  text = trim(text);
  std::size_t digits = 0;
  bool seenDot = false;
  std::size_t significant = 0;
  while (digits < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[digits])) != 0 || (text[digits] == '.' && !seenDot))) {
    if (text[digits] == '.') {
      seenDot = true;
    } else {
      ++significant;
    }
    ++digits;
  }
  if (significant == 0 || digits > 12) return std::nullopt;
  const std::string number(text.substr(0, digits));
  const std::string_view suffix = trim(text.substr(digits));

  std::int64_t scale = 1;
  if (!suffix.empty()) {
    if (!equalsIgnoreCase(suffix, unit)) return std::nullopt;
    scale = unitScale;
  }
  const double scaled = std::stod(number) * static_cast<double>(scale);
  const double whole = std::round(scaled);
  if (std::fabs(scaled - whole) > 1e-9) return std::nullopt;  // e.g. "0.1 vCPU" is 102.4 units
  if (seenDot && scale == 1) return std::nullopt;             // "256.5" CPU units
  return static_cast<std::int64_t>(whole);
}

std::string formatLike(std::string_view example, std::int64_t amount, std::string_view unit) {
  std::size_t digits = 0;
  while (digits < example.size() &&
         (std::isdigit(static_cast<unsigned char>(example[digits])) != 0 || example[digits] == '.')) {
    ++digits;
  }
  const std::string_view suffix = example.substr(digits);
  // Up to three decimals of the unit (1024 base units), and only when exact.
  if (digits == 0 || !equalsIgnoreCase(trim(suffix), unit) || amount < 0 || (amount * 1000) % 1024 != 0) {
    return std::to_string(amount);
  }
  const std::int64_t thousandths = amount * 1000 / 1024;
  std::string number = std::to_string(thousandths / 1000);
  if (std::int64_t fraction = thousandths % 1000; fraction != 0) {
    std::string decimals = std::to_string(fraction + 1000).substr(1);  // zero-padded to 3 digits
    while (decimals.back() == '0') decimals.pop_back();
    number += "." + decimals;
  }
  return number + std::string(suffix);
}

}  // namespace

std::string formatTaskCpuLike(std::string_view example, std::int64_t units) {
  return formatLike(example, units, "vcpu");
}

std::string formatTaskMemoryLike(std::string_view example, std::int64_t mib) {
  return formatLike(example, mib, "gb");
}

std::optional<std::int64_t> parseTaskCpu(std::string_view text) { return parseQuantity(text, "vcpu", 1024); }

std::optional<std::int64_t> parseTaskMemory(std::string_view text) { return parseQuantity(text, "gb", 1024); }

}  // namespace ecslint
