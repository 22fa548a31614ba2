// ECS508 unknown-volumes-from: volumesFrom names no other container of the task, or the container
// itself.
#include "rules/checks.h"
#include "rules/name_lookup.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkUnknownVolumesFrom(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    for (const VolumeFrom& from : container.volumesFrom) {
      const StringField& source = from.sourceContainer;
      if (!source.known() || source.value.empty()) continue;
      const std::string name(source.value);
      if (container.name.is(source.value)) {
        context.reportUntranslated(valueOf(source.node),
                       describeContainer(container) + " mounts volumes from itself ('" + name +
                           "'): volumesFrom must name another container of the task, whose volumes "
                           "this container then shares. Name the container that owns the volumes, or "
                           "remove this entry");
        continue;
      }
      if (task.mayHaveContainer(source.value)) continue;
      context.reportUntranslated(valueOf(source.node),
                     "volumesFrom of " + describeContainer(container) + " names container '" + name +
                         "', which is not in this task definition" +
                         closestNameHint(source.value, containerNames(task, &container), "containers") +
                         ": volumes can only be shared between containers of the same task. Fix the name "
                         "or remove the entry");
    }
  }
}

}  // namespace ecslint
