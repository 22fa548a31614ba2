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
    context.report(valueOf(container.privileged.node), "ECS701.privileged",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
