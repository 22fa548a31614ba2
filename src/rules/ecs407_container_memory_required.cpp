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
    context.reportUntranslated(missingIn(container),
                   describeContainer(container) +
                       " sets neither memory nor memoryReservation, and the task has no task-level "
                       "memory: ECS needs one of them to place the task, and rejects the task definition "
                       "with \"Invalid setting for container '" +
                       std::string(container.displayName()) +
                       "'. At least one of 'memory' or 'memoryReservation' must be specified.\" Add "
                       "memoryReservation (or memory) to the container, or memory to the task");
  }
}

}  // namespace ecslint
