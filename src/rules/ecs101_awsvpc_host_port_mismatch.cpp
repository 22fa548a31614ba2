// ECS101 awsvpc-host-port-mismatch: under awsvpc a hostPort must equal its containerPort.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkAwsvpcHostPortMismatch(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // A bare container list (Terraform's container_definitions) has no networkMode of its own; run on
  // Fargate (--launch-type FARGATE), its task can only be awsvpc.
  const bool fargateContainerList = !task.hasTaskLevel() && task.launchTypes.fargate();
  if (!task.networkMode.is(NetworkMode::Awsvpc) && !fargateContainerList) return;
  const std::string why = fargateContainerList
                              ? ", but the task runs on Fargate, which always uses awsvpc networking"
                              : ", but networkMode is awsvpc";
  for (const Container& container : task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (!mapping.hostPort.known() || !mapping.containerPort.known()) continue;
      if (mapping.hostPort.value == mapping.containerPort.value) continue;
      const std::string host = std::to_string(mapping.hostPort.value);
      const std::string port = std::to_string(mapping.containerPort.value);
      context.report(valueOf(mapping.hostPort.node),
                     "hostPort " + host + " differs from containerPort " + port + " in " +
                         describeContainer(container) + why +
                         ": the task has its own network interface, so "
                         "the port is the same on both sides. AWS rejects this with \"When "
                         "networkMode=awsvpc, the host ports and container ports in port mappings "
                         "must match.\" Remove hostPort (or set it to " +
                         port + ")");
      // Under awsvpc an omitted hostPort is the containerPort: removing it is always right.
      context.offerFix("remove hostPort " + host,
                       [&](Editor& edit) { edit.removeMember(mapping.hostPort.node); });
    }
  }
}

}  // namespace ecslint
