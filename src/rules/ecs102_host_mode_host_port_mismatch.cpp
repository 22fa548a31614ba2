// ECS102 host-mode-host-port-mismatch: under host networking a hostPort must equal its containerPort.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkHostModeHostPortMismatch(RuleContext& context) {
  if (!context.task.networkMode.is(NetworkMode::Host)) return;
  for (const Container& container : context.task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (!mapping.hostPort.known() || !mapping.containerPort.known()) continue;
      if (mapping.hostPort.value == mapping.containerPort.value) continue;
      context.report(valueOf(mapping.hostPort.node), "ECS102.host",
                     {{"host_port", std::to_string(mapping.hostPort.value)},
                      {"container_port", std::to_string(mapping.containerPort.value)},
                      {"container", describeContainer(context, container)}});
    }
  }
}

}  // namespace ecslint
