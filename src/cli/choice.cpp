#include "cli/choice.h"

#include "message/message_catalogue.h"

namespace ecslint {

std::string unknownChoiceMessage(Language language, std::string_view whatId, std::string_view given,
                                 std::span<const std::string_view> names) {
  std::optional<std::string_view> suggestion = closestSpelling(given, names);
  // An abbreviation ("warn") is as good a hint as a misspelling.
  for (std::size_t i = 0; !suggestion && given.size() >= 3 && i < names.size(); ++i) {
    if (lowercase(names[i]).starts_with(lowercase(given))) suggestion = names[i];
  }
  std::string choices;
  for (std::size_t i = 0; i < names.size(); ++i) choices += (i == 0 ? "" : ", ") + std::string(names[i]);
  MessageArgs arguments{
      {"what", renderMessage(language, whatId)}, {"given", std::string(given)}, {"choices", choices}};
  if (!suggestion) return renderMessage(language, "cli.unknown-choice", arguments);
  arguments.push_back({"suggestion", std::string(*suggestion)});
  return renderMessage(language, "cli.unknown-choice.suggested", arguments);
}

}  // namespace ecslint
