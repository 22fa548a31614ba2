// ECS704 host-namespace-sharing: containers that share the host's process or IPC namespace.
#include "rules/checks.h"

namespace ecslint {

void checkHostNamespaceSharing(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // Fargate and Windows reject both outright: ECS601 and ECS602 report them as errors.
  if (task.launchTypes.fargate() || task.windows()) return;
  if (task.pidMode.is("host")) {
    context.report(valueOf(task.pidMode.node), "ECS704.pid-mode-host");
  }
  if (task.ipcMode.is("host")) {
    context.report(valueOf(task.ipcMode.node), "ECS704.ipc-mode-host");
  }
}

}  // namespace ecslint
