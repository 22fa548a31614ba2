// ECS405 container-cpu-exceeds-task: container cpu above the task's cpu.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkContainerCpuExceedsTask(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // Task-level cpu is ignored for Windows containers outside Fargate.
  if (!task.cpu.known() || (task.windows() && !task.launchTypes.fargate())) return;
  const std::string taskCpu = std::to_string(task.cpu.value);
  std::int64_t total = 0;
  bool sumKnown = true;
  bool exceeded = false;  // a container alone is above the task: the sum says nothing more
  for (const Container& container : task.containers) {
    if (container.cpu.known()) {
      total += container.cpu.value;
      if (container.cpu.value > task.cpu.value) {
        context.reportUntranslated(valueOf(container.cpu.node),
                       describeContainer(container) + " has cpu " + std::to_string(container.cpu.value) +
                           " units, more than the task's " + taskCpu +
                           ": a container cannot reserve more CPU than its task, and ECS rejects the task "
                           "definition. Lower the container's cpu or raise the task's");
        context.relateUntranslated(valueOf(task.cpu.node), "the task's cpu");
        exceeded = true;
      }
    } else if (container.cpu.unknown()) {
      sumKnown = false;
    }
  }
  if (sumKnown && !exceeded && total > task.cpu.value) {
    context.reportUntranslated(valueOf(task.cpu.node),
                   "the containers reserve " + std::to_string(total) +
                       " CPU units in total, more than the task's " + taskCpu +
                       ": the CPU reserved for the containers of a task cannot add up to more than the "
                       "task-level cpu, and ECS rejects the task definition when it does. Raise the task's "
                       "cpu or lower the containers'");
  }
}

}  // namespace ecslint
