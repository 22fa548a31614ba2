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
        context.reportUntranslated(valueOf(mapping.containerPortRange.node),
                       "containerPortRange \"" + range + "\" in " + describeContainer(container) +
                           " is not a port range ECS accepts: write it as \"FIRST-LAST\", two ports from 1 "
                           "to 65535 with the first below the last, such as \"8000-8010\"");
        continue;
      }
      if (hostOrNone) {
        context.reportUntranslated(valueOf(mapping.containerPortRange.node),
                       "containerPortRange \"" + range + "\" in " + describeContainer(container) +
                           " is used with networkMode " +
                           (task.networkMode.is(NetworkMode::Host) ? "host" : "none") +
                           ", but ECS supports port ranges only with the bridge and awsvpc network modes. "
                           "Map single ports with containerPort, or change the network mode");
      }
      if (mapping.hostPort.present()) {
        context.reportUntranslated(
            valueOf(mapping.hostPort.node),
            describeContainer(container) + " sets hostPort next to containerPortRange \"" + range +
                "\": with a range, ECS chooses the host ports itself (the same ports under awsvpc, "
                "free ephemeral ports under bridge) and the hostPort field must be left empty. "
                "Remove hostPort");
      }
    }
  }
}

}  // namespace ecslint
