// ECS704 host-namespace-sharing: containers that share the host's process or IPC namespace.
#include "rules/checks.h"

namespace ecslint {

void checkHostNamespaceSharing(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // Fargate and Windows reject both outright: ECS601 and ECS602 report them as errors.
  if (task.launchTypes.fargate() || task.windows()) return;
  if (task.pidMode.is("host")) {
    context.reportUntranslated(valueOf(task.pidMode.node),
                   "pidMode is host: the task's containers see and can signal every process on the "
                   "container instance, including other tasks and the ECS agent; ECS warns of \"a "
                   "heightened risk of undesired process namespace exposure\". Use \"task\" to share "
                   "processes only between this task's containers, or remove \"pidMode\"");
  }
  if (task.ipcMode.is("host")) {
    context.reportUntranslated(valueOf(task.ipcMode.node),
                   "ipcMode is host: the task's containers share shared memory, semaphores and message "
                   "queues with the container instance and every other task that does the same, which ECS "
                   "documents as a heightened risk of undesired IPC namespace exposure. Use \"task\" or "
                   "\"none\", or remove \"ipcMode\"");
  }
}

}  // namespace ecslint
