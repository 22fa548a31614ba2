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
    context.reportUntranslated(valueOf(container.name.node),
                   "container name '" + name +
                       "' is already used by an earlier container: names must be unique within a task "
                       "definition (AWS rejects it with \"Container names must be unique within a Task "
                       "Definition.\"), and dependsOn, links, volumesFrom and the load balancer all "
                       "refer to containers by name. Rename one of them");
    context.relateUntranslated(valueOf(it->second->name.node), "the first container named '" + name + "'");
  }
}

}  // namespace ecslint
