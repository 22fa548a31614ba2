// ECS403 invalid-task-size: task cpu/memory strings ECS cannot read, or cpu out of range.
#include "model/task_size.h"
#include "rules/checks.h"

namespace ecslint {

void checkInvalidTaskSize(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.cpu.malformed) {
    context.report(valueOf(task.cpu.node), "ECS403.malformed-cpu",
                   {{"value", std::string(context.sourceText(task.cpu.node))}});
  }
  if (task.memory.malformed) {
    context.report(valueOf(task.memory.node), "ECS403.malformed-memory",
                   {{"value", std::string(context.sourceText(task.memory.node))}});
  }
  // On Fargate the size table (ECS401) says more; elsewhere the documented range applies.
  if (task.launchTypes.fargate() || !task.cpu.known()) return;
  if (task.cpu.value < kMinTaskCpuUnits || task.cpu.value > kMaxTaskCpuUnits) {
    context.report(valueOf(task.cpu.node), "ECS403.cpu-out-of-range",
                   {{"cpu", std::to_string(task.cpu.value)}});
  }
}

}  // namespace ecslint
