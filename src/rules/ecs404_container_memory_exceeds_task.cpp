// ECS404 container-memory-exceeds-task: container memory above the task's memory.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkContainerMemoryExceedsTask(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // Task-level memory is ignored for Windows containers outside Fargate.
  if (!task.memory.known() || (task.windows() && !task.launchTypes.fargate())) return;
  const std::string taskMemory = std::to_string(task.memory.value);
  std::int64_t reserved = 0;
  bool sumKnown = true;
  bool exceeded = false;  // a container alone is above the task: the sum says nothing more
  for (const Container& container : task.containers) {
    if (container.memory.known() && container.memory.value > task.memory.value) {
      context.report(valueOf(container.memory.node), "ECS404.container-above-task",
                     {{"container", describeContainer(context, container)},
                      {"memory", std::to_string(container.memory.value)},
                      {"task_memory", taskMemory},
                      {"container_name", std::string(container.displayName())}});
      context.relate(valueOf(task.memory.node), "ECS404.related.task-memory");
      exceeded = true;
    }
    // What the container reserves: memoryReservation when set, else memory.
    const IntField& reservation =
        container.memoryReservation.present() ? container.memoryReservation : container.memory;
    if (reservation.known())
      reserved += reservation.value;
    else if (reservation.unknown())
      sumKnown = false;
  }
  if (sumKnown && !exceeded && reserved > task.memory.value) {
    context.report(valueOf(task.memory.node), "ECS404.sum-above-task",
                   {{"reserved", std::to_string(reserved)}, {"task_memory", taskMemory}});
  }
}

}  // namespace ecslint
