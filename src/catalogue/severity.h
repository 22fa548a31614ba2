#pragma once
// Finding severities, which are also SARIF result levels. Ordered: Note < Warning < Error.

#include <cstdint>
#include <optional>
#include <string_view>

namespace ecslint {

enum class Severity : std::uint8_t { Note, Warning, Error };

constexpr std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::Note:
      return "note";
    case Severity::Warning:
      return "warning";
    case Severity::Error:
      return "error";
  }
  return "error";
}

constexpr std::optional<Severity> parseSeverity(std::string_view name) {
  if (name == "note") return Severity::Note;
  if (name == "warning") return Severity::Warning;
  if (name == "error") return Severity::Error;
  return std::nullopt;
}

}  // namespace ecslint
