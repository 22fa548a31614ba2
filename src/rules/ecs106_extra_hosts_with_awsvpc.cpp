// ECS106 extra-hosts-with-awsvpc: extraHosts cannot be used under awsvpc networking.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkExtraHostsWithAwsvpc(RuleContext& context) {
  if (!context.task.networkMode.is(NetworkMode::Awsvpc)) return;
  for (const Container& container : context.task.containers) {
    if (container.extraHostsNode == kNoNode) continue;
    context.report(keyOf(container.extraHostsNode), "ECS106.extra-hosts",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
