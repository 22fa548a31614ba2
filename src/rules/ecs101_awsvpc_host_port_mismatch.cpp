// ECS101 awsvpc-host-port-mismatch: under awsvpc a hostPort must equal its containerPort.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkAwsvpcHostPortMismatch(RuleContext& context) {
  if (!context.task.networkMode.is(NetworkMode::Awsvpc)) return;
  for (const Container& container : context.task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (!mapping.hostPort.known() || !mapping.containerPort.known()) continue;
      if (mapping.hostPort.value == mapping.containerPort.value) continue;
      const std::string host = std::to_string(mapping.hostPort.value);
      const std::string port = std::to_string(mapping.containerPort.value);
      context.report(valueOf(mapping.hostPort.node),
                     "hostPort " + host + " differs from containerPort " + port + " in " +
                         describeContainer(container) +
                         ", but networkMode is awsvpc: the task has its own network interface, so "
                         "the port is the same on both sides. AWS rejects this with \"When "
                         "networkMode=awsvpc, the host ports and container ports in port mappings "
                         "must match.\" Remove hostPort (or set it to " +
                         port + ")");
      // Under awsvpc an omitted hostPort is the containerPort: removing it is always right.
      context.offerFix("remove hostPort " + host,
                       [&](JsonEditor& edit) { edit.removeMember(mapping.hostPort.node); });
    }
  }
}

}  // namespace ecslint
