// ECS110 invalid-port-range: a containerPortRange ECS cannot use.
#include "model/port_range.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkInvalidPortRange(RuleContext& context) {
  const TaskDefinition& task = context.task;
  const bool hostOrNone = task.networkMode.is(NetworkMode::Host) || task.networkMode.is(NetworkMode::None);
  for (const Container& container : task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (!mapping.containerPortRange.known()) continue;
      const std::string range(mapping.containerPortRange.value);
      if (!parsePortRange(range)) {
        context.report(valueOf(mapping.containerPortRange.node), "ECS110.format",
                       {{"range", range}, {"container", describeContainer(context, container)}});
        continue;
      }
      if (hostOrNone) {
        context.report(valueOf(mapping.containerPortRange.node), "ECS110.network-mode",
                       {{"range", range},
                        {"container", describeContainer(context, container)},
                        {"network_mode", task.networkMode.is(NetworkMode::Host) ? "host" : "none"}});
      }
      if (mapping.hostPort.present()) {
        context.report(valueOf(mapping.hostPort.node), "ECS110.host-port",
                       {{"container", describeContainer(context, container)}, {"range", range}});
      }
    }
  }
}

}  // namespace ecslint
