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
        context.report(valueOf(container.cpu.node), "ECS405.container-above-task",
                       {{"container", describeContainer(context, container)},
                        {"cpu", std::to_string(container.cpu.value)},
                        {"task_cpu", taskCpu}});
        context.relate(valueOf(task.cpu.node), "ECS405.related.task-cpu");
        exceeded = true;
      }
    } else if (container.cpu.unknown()) {
      sumKnown = false;
    }
  }
  if (sumKnown && !exceeded && total > task.cpu.value) {
    context.report(valueOf(task.cpu.node), "ECS405.sum-above-task",
                   {{"total", std::to_string(total)}, {"task_cpu", taskCpu}});
  }
}

}  // namespace ecslint
