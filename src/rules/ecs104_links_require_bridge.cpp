// ECS104 links-require-bridge: container links exist only on Docker's bridge network.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkLinksRequireBridge(RuleContext& context) {
  const std::optional<NetworkMode> mode = context.task.effectiveNetworkMode();
  if (!mode || *mode == NetworkMode::Bridge) return;
  const std::string_view messageId = *mode == NetworkMode::Awsvpc ? "ECS104.awsvpc"
                                     : *mode == NetworkMode::Host ? "ECS104.host"
                                                                  : "ECS104.none";
  for (const Container& container : context.task.containers) {
    if (container.linksNode == kNoNode) continue;
    context.report(keyOf(container.linksNode), messageId,
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
