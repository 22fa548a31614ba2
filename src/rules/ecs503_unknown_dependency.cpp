// ECS503 unknown-dependency: dependsOn names no other container of the task, or the container
// itself.
#include "rules/checks.h"
#include "rules/name_lookup.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkUnknownDependency(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    for (const ContainerDependency& dependency : container.dependsOn) {
      const StringField& target = dependency.containerName;
      // "" is ECS010's empty value; a placeholder may name any container.
      if (!target.known() || target.value.empty()) continue;
      const std::string name(target.value);
      if (container.name.is(target.value)) {
        context.reportUntranslated(valueOf(target.node),
                       describeContainer(container) + " depends on itself ('" + name +
                           "'): it would wait for its own start forever, so ECS cannot start the task. "
                           "Remove this dependsOn entry or name another container");
        continue;
      }
      if (task.mayHaveContainer(target.value)) continue;
      context.reportUntranslated(valueOf(target.node),
                     "dependsOn of " + describeContainer(container) + " names container '" + name +
                         "', which is not in this task definition" +
                         closestNameHint(target.value, containerNames(task, &container), "containers") +
                         ". A container can only wait for another container of the same task; fix the "
                         "name or remove the dependency");
    }
  }
}

}  // namespace ecslint
