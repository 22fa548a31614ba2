// ECS407 container-memory-required: no memory anywhere for a container of a task without task memory.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkContainerMemoryRequired(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // Fargate without task memory is ECS402's finding; a bare container list has no task level.
  if (!task.hasTaskLevel() || !task.memory.absent() || task.launchTypes.fargate()) return;
  for (const Container& container : task.containers) {
    if (container.memory.present() || container.memoryReservation.present()) continue;
    context.report(missingIn(container), "ECS407.no-memory",
                   {{"container", describeContainer(context, container)},
                    {"container_name", std::string(container.displayName())}});
  }
}

}  // namespace ecslint
