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
      MessageArgs arguments{{"container", describeContainer(context, container)},
                            {"target", std::string(target)}};
      const std::optional<std::string_view> closest =
          suggestions++ < kMaxSuggestions ? closestSpelling(target, names) : std::nullopt;
      if (closest) arguments.push_back({"suggestion", std::string(*closest)});
      context.report(valueOf(link.node), closest ? "ECS111.suggestion" : "ECS111.unknown",
                     std::move(arguments));
    }
  }
}

}  // namespace ecslint
