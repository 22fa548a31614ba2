// ECS603 windows-requires-x86: a Windows task that asks for ARM64.
#include "rules/checks.h"

namespace ecslint {

void checkWindowsRequiresX86(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.windows() || !task.cpuArchitecture.is(CpuArchitecture::Arm64)) return;
  context.report(valueOf(task.cpuArchitecture.node), "ECS603.arm64");
  context.relate(valueOf(task.osFamily.node), "ECS603.related.os-family");
}

}  // namespace ecslint
