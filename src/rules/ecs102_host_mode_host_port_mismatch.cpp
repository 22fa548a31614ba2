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
      const std::string host = std::to_string(mapping.hostPort.value);
      const std::string port = std::to_string(mapping.containerPort.value);
      context.reportUntranslated(valueOf(mapping.hostPort.node),
                     "hostPort " + host + " differs from containerPort " + port + " in " +
                         describeContainer(container) +
                         ", but networkMode is host: the container uses the instance's own network "
                         "stack, so it listens on the instance's port " +
                         port + " and nothing translates " + host +
                         " to it. The ECS API requires host ports to "
                         "be undefined or to match the container port in host mode. Remove hostPort (or "
                         "set it to " +
                         port + ")");
    }
  }
}

}  // namespace ecslint
