// ECS111 unknown-link-target: a links entry names a container the task does not have.
#include <vector>

#include "rules/checks.h"
#include "rules/rule_helpers.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

// Spelling suggestions cost O(containers) each; past this many unknown links, a file is a
// generated stress case and the findings go without them, so the rule stays linear.
constexpr std::size_t kMaxSuggestions = 64;

}  // namespace

void checkUnknownLinkTarget(RuleContext& context) {
  const TaskDefinition& task = context.task;
  std::vector<std::string_view> names;  // built on the first unknown link only
  bool haveNames = false;
  std::size_t suggestions = 0;
  for (const Container& container : task.containers) {
    for (const StringField& link : container.links) {
      if (!link.known() || link.value.empty()) continue;
      // "name" or "name:alias"
      const std::string_view target = link.value.substr(0, link.value.find(':'));
      if (target.empty() || task.mayHaveContainer(target)) continue;
      if (!haveNames) {
        haveNames = true;
        for (const Container& other : task.containers) {
          if (other.name.known()) names.push_back(other.name.value);
        }
      }
      std::string message = describeContainer(container) + " links to '" + std::string(target) +
                            "', but the task has no container of that name: a link must name another "
                            "container of the same task definition, and the task cannot start without it.";
      const std::optional<std::string_view> closest =
          suggestions++ < kMaxSuggestions ? closestSpelling(target, names) : std::nullopt;
      if (closest) {
        message += " Did you mean '" + std::string(*closest) + "'?";
      } else {
        message += " Fix the name or remove the link";
      }
      context.reportUntranslated(valueOf(link.node), std::move(message));
    }
  }
}

}  // namespace ecslint
