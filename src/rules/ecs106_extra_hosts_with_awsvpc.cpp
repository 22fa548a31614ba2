// ECS106 extra-hosts-with-awsvpc: extraHosts cannot be used under awsvpc networking.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkExtraHostsWithAwsvpc(RuleContext& context) {
  if (!context.task.networkMode.is(NetworkMode::Awsvpc)) return;
  for (const Container& container : context.task.containers) {
    if (container.extraHostsNode == kNoNode) continue;
    context.reportUntranslated(keyOf(container.extraHostsNode),
                   describeContainer(container) +
                       " sets extraHosts, but networkMode is awsvpc: the ECS API does not support "
                       "extraHosts with awsvpc (the task's /etc/hosts belongs to its network interface), "
                       "so the task definition is rejected. Remove extraHosts and resolve the names "
                       "through DNS, such as a Route 53 private hosted zone");
  }
}

}  // namespace ecslint
