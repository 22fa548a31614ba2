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
  for (const Container& container : task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (!mapping.hostPort.known() || !mapping.containerPort.known()) continue;
      if (mapping.hostPort.value == mapping.containerPort.value) continue;
      const std::string host = std::to_string(mapping.hostPort.value);
      context.report(valueOf(mapping.hostPort.node),
                     fargateContainerList ? "ECS101.fargate" : "ECS101.awsvpc",
                     {{"host_port", host},
                      {"container_port", std::to_string(mapping.containerPort.value)},
                      {"container", describeContainer(context, container)}});
      // Under awsvpc an omitted hostPort is the containerPort: removing it is always right.
      context.offerFix("ECS101.fix", {{"host_port", host}},
                       [&](Editor& edit) { edit.removeMember(mapping.hostPort.node); });
    }
  }
}

}  // namespace ecslint
