// ECS107 port-mappings-with-none: a task without networking cannot publish ports.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkPortMappingsWithNone(RuleContext& context) {
  if (!context.task.networkMode.is(NetworkMode::None)) return;
  for (const Container& container : context.task.containers) {
    if (container.portMappingsNode == kNoNode) continue;
    context.reportUntranslated(keyOf(container.portMappingsNode),
                   describeContainer(container) +
                       " has portMappings, but networkMode is none: its containers have no external "
                       "network connectivity, and the ECS API does not allow port mappings in that mode. "
                       "Remove portMappings, or choose a network mode (awsvpc, bridge or host) if the "
                       "container must be reachable");
  }
}

}  // namespace ecslint
