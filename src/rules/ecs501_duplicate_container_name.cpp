// ECS501 duplicate-container-name: two containers of one task share a name.
#include <unordered_map>

#include "rules/checks.h"

namespace ecslint {

void checkDuplicateContainerName(RuleContext& context) {
  std::unordered_map<std::string_view, const Container*> first;
  for (const Container& container : context.task.containers) {
    if (!container.name.known() || container.name.value.empty()) continue;
    const auto [it, inserted] = first.emplace(container.name.value, &container);
    if (inserted) continue;
    const std::string name(container.name.value);
    context.report(valueOf(container.name.node), "ECS501.duplicate", {{"name", name}});
    context.relate(valueOf(it->second->name.node), "ECS501.related.first", {{"name", name}});
  }
}

}  // namespace ecslint
