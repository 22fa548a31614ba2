// ECS703 host-network-mode: containers that share the container instance's network stack.
#include "rules/checks.h"

namespace ecslint {

void checkHostNetworkMode(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.networkMode.is(NetworkMode::Host)) return;
  // On Fargate, ECS103 (Fargate requires awsvpc) reports the same value as an error.
  if (task.launchTypes.fargate()) return;
  context.reportUntranslated(valueOf(task.networkMode.node),
                 "networkMode is host: the task's containers use the container instance's own network "
                 "interfaces, so they can bind any host port, reach services that listen only on the "
                 "host's localhost (including the instance metadata service), and no security group "
                 "separates them from the host (ECS also advises against running them as root in this "
                 "mode). ECS recommends awsvpc, which gives the task its own network interface and "
                 "security groups. Use \"networkMode\": \"awsvpc\" (or bridge)");
}

}  // namespace ecslint
