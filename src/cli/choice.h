#pragma once
// The values of enum-valued options (--format, --color, --fail-on, --launch-type, ...). CLI11 reads
// them as strings and they are checked here, so that a mistake reads
//   unknown format 'sarf'; did you mean 'sarif'? (text, sarif, json, github)
// rather than CLI11's "Check sarf value in {...} FAILED", and numbers are refused rather than taken
// as the enum's index.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "message/language.h"
#include "support/result.h"
#include "support/spelling.h"

namespace ecslint {

template <typename T>
struct Choice {
  std::string_view name;
  T value;
};

// "unknown WHAT 'GIVEN'; did you mean 'X'? (a, b, c)" in `language`; `whatId` names the option's
// noun in the message catalogue ("cli.choice.format").
std::string unknownChoiceMessage(Language language, std::string_view whatId, std::string_view given,
                                 std::span<const std::string_view> names);

// The value named `given` (ASCII case ignored when `ignoreCase`), or the message above.
template <typename T>
Result<T, std::string> parseChoice(Language language, std::string_view whatId, std::string_view given,
                                   std::span<const Choice<T>> choices, bool ignoreCase = false) {
  std::vector<std::string_view> names;
  for (const Choice<T>& choice : choices) {
    if (choice.name == given || (ignoreCase && lowercase(choice.name) == lowercase(given)))
      return choice.value;
    names.push_back(choice.name);
  }
  return makeError(unknownChoiceMessage(language, whatId, given, names));
}

}  // namespace ecslint
