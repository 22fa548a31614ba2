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
  context.report(valueOf(task.cpu.node), task.cpu.value < 1024 ? "ECS408.below" : "ECS408.above",
                 {{"cpu", std::to_string(task.cpu.value)},
                  {"assumed", assumedNote(context, task.launchTypes)},
                  {"cpus", cpus}});
}

}  // namespace ecslint
