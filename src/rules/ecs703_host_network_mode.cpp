// ECS703 host-network-mode: containers that share the container instance's network stack.
#include "rules/checks.h"

namespace ecslint {

void checkHostNetworkMode(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.networkMode.is(NetworkMode::Host)) return;
  // On Fargate, ECS103 (Fargate requires awsvpc) reports the same value as an error.
  if (task.launchTypes.fargate()) return;
  context.report(valueOf(task.networkMode.node), "ECS703.host");
}

}  // namespace ecslint
