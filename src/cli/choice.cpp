#include "cli/choice.h"

namespace ecslint {

std::string unknownChoiceMessage(std::string_view what, std::string_view given,
                                 std::span<const std::string_view> names) {
  std::string message = "unknown " + std::string(what) + " '" + std::string(given) + "'";
  std::optional<std::string_view> suggestion = closestSpelling(given, names);
  // An abbreviation ("warn") is as good a hint as a misspelling.
  for (std::size_t i = 0; !suggestion && given.size() >= 3 && i < names.size(); ++i) {
    if (lowercase(names[i]).starts_with(lowercase(given))) suggestion = names[i];
  }
  if (suggestion) message += "; did you mean '" + std::string(*suggestion) + "'?";
  message += " (";
  for (std::size_t i = 0; i < names.size(); ++i) message += (i == 0 ? "" : ", ") + std::string(names[i]);
  return message + ")";
}

}  // namespace ecslint
