// ECS603 windows-requires-x86: a Windows task that asks for ARM64.
#include "rules/checks.h"

namespace ecslint {

void checkWindowsRequiresX86(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.windows() || !task.cpuArchitecture.is(CpuArchitecture::Arm64)) return;
  context.reportUntranslated(valueOf(task.cpuArchitecture.node),
                 "runtimePlatform.cpuArchitecture is ARM64, but the task runs Windows containers, which "
                 "ECS runs only on X86_64 (ARM64 is for Linux tasks). Set \"cpuArchitecture\": \"X86_64\"");
  context.relateUntranslated(valueOf(task.osFamily.node), "the Windows operating system family");
}

}  // namespace ecslint
