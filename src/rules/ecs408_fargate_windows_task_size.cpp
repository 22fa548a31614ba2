// ECS408 fargate-windows-task-size: a task cpu Windows containers on Fargate do not offer.
#include "model/fargate_sizes.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkFargateWindowsTaskSize(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.launchTypes.fargate() || !task.windows() || !task.cpu.known()) return;
  // A cpu that is no Fargate size at all is ECS401's finding.
  const FargateCpuRow* row = fargateRowForCpu(task.cpu.value);
  if (row == nullptr || row->windows) return;
  std::string cpus;
  for (const FargateCpuRow& candidate : fargateCpuRows()) {
    if (!candidate.windows) continue;
    if (!cpus.empty()) cpus += ", ";
    cpus += std::to_string(candidate.cpu);
  }
  const bool below = task.cpu.value < 1024;
  context.reportUntranslated(
      valueOf(task.cpu.node),
      "task cpu " + std::to_string(task.cpu.value) + " units is " +
          (below ? "below 1 vCPU" : "above 4 vCPU") + ", but the task runs Windows containers on Fargate" +
          std::string(assumedNote(task.launchTypes)) +
          ": for Windows, Fargate offers only 1, 2 and 4 vCPU (cpu " + cpus + ")" +
          (below ? "; the cpu cannot be less than 1 vCPU" : "; the 8 and 16 vCPU sizes are Linux only") +
          ". Use one of those values with a memory its row allows");
}

}  // namespace ecslint
