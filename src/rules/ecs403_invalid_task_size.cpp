// ECS403 invalid-task-size: task cpu/memory strings ECS cannot read, or cpu out of range.
#include "model/task_size.h"
#include "rules/checks.h"

namespace ecslint {

void checkInvalidTaskSize(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.cpu.malformed) {
    context.reportUntranslated(valueOf(task.cpu.node),
                   "task cpu " + std::string(context.sourceText(task.cpu.node)) +
                       " is not a CPU size ECS understands: write CPU units as a string (\"1024\") "
                       "or vCPUs (\"1 vCPU\", \"0.5 vcpu\"). AWS rejects it with \"Invalid 'cpu' "
                       "setting for task.\"");
  }
  if (task.memory.malformed) {
    context.reportUntranslated(valueOf(task.memory.node),
                   "task memory " + std::string(context.sourceText(task.memory.node)) +
                       " is not a memory size ECS understands: write MiB as a string (\"2048\") or "
                       "GB (\"2 GB\", \"2GB\")");
  }
  // On Fargate the size table (ECS401) says more; elsewhere the documented range applies.
  if (task.launchTypes.fargate() || !task.cpu.known()) return;
  if (task.cpu.value < kMinTaskCpuUnits || task.cpu.value > kMaxTaskCpuUnits) {
    context.reportUntranslated(valueOf(task.cpu.node),
                   "task cpu " + std::to_string(task.cpu.value) +
                       " units is outside the range ECS accepts, 128 to 196608 units (0.125 to 192 "
                       "vCPU). AWS rejects it with \"Invalid 'cpu' setting for task.\"");
  }
}

}  // namespace ecslint
