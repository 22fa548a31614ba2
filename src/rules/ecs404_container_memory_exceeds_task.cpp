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
      context.reportUntranslated(
          valueOf(container.memory.node),
          describeContainer(container) + " has memory " + std::to_string(container.memory.value) +
              " MiB, more than the task's " + taskMemory +
              " MiB: a container cannot have more memory than its task, and AWS rejects the task "
              "definition with \"The 'memory' setting for container '" +
              std::string(container.displayName()) +
              "' is greater than for the task.\" Lower the container's memory or raise the task's");
      context.relateUntranslated(valueOf(task.memory.node), "the task's memory");
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
    context.reportUntranslated(valueOf(task.memory.node),
                   "the containers reserve " + std::to_string(reserved) +
                       " MiB of memory in total "
                       "(memoryReservation, else memory, of each container), more than the task's " +
                       taskMemory +
                       " MiB: AWS rejects the task definition with \"The sum of all container "
                       "'memoryReservation' values cannot be greater than the value of the task 'memory'.\" "
                       "Raise the task's memory or lower the containers' reservations");
  }
}

}  // namespace ecslint
