// ECS105 hostname-with-awsvpc: the hostname parameter is rejected under awsvpc networking.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkHostnameWithAwsvpc(RuleContext& context) {
  if (!context.task.networkMode.is(NetworkMode::Awsvpc)) return;
  for (const Container& container : context.task.containers) {
    // An empty hostname is an empty value (ECS010), which the deploy action drops.
    if (!container.hostname.known() || container.hostname.value.empty()) continue;
    context.report(valueOf(container.hostname.node), "ECS105.hostname",
                   {{"container", describeContainer(context, container)},
                    {"hostname", std::string(context.sourceText(container.hostname.node))}});
  }
}

}  // namespace ecslint
