// ECS107 port-mappings-with-none: a task without networking cannot publish ports.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkPortMappingsWithNone(RuleContext& context) {
  if (!context.task.networkMode.is(NetworkMode::None)) return;
  for (const Container& container : context.task.containers) {
    if (container.portMappingsNode == kNoNode) continue;
    context.report(keyOf(container.portMappingsNode), "ECS107.port-mappings",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
