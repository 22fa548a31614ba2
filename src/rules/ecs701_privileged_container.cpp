// ECS701 privileged-container: a container with root-equivalent access to its host.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkPrivilegedContainer(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // On Fargate and Windows "privileged" is not supported at all: ECS601 and ECS602 report it.
  if (task.launchTypes.fargate() || task.windows()) return;
  for (const Container& container : task.containers) {
    if (!container.privileged.is(true)) continue;
    context.reportUntranslated(valueOf(container.privileged.node),
                   describeContainer(container) +
                       " is privileged: it can use every device and kernel capability of the container "
                       "instance, so anyone who controls the container controls the host and the other "
                       "tasks on it. Remove \"privileged\" and add only the capabilities the container "
                       "needs (linuxParameters.capabilities.add)");
  }
}

}  // namespace ecslint
