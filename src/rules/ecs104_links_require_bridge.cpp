// ECS104 links-require-bridge: container links exist only on Docker's bridge network.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkLinksRequireBridge(RuleContext& context) {
  const std::optional<NetworkMode> mode = context.task.effectiveNetworkMode();
  if (!mode || *mode == NetworkMode::Bridge) return;
  const std::string modeText = *mode == NetworkMode::Awsvpc ? "awsvpc"
                               : *mode == NetworkMode::Host ? "host"
                                                            : "none";
  for (const Container& container : context.task.containers) {
    if (container.linksNode == kNoNode) continue;
    std::string message = describeContainer(container) + " has links, but networkMode is " + modeText +
                          ": links are a feature of Docker's bridge network and ECS supports them only "
                          "with networkMode bridge";
    if (*mode == NetworkMode::Awsvpc) {
      message +=
          " (AWS rejects this with \"Links are not supported when networkMode=awsvpc.\"). Under "
          "awsvpc all containers of the task share one network interface: reach the other "
          "container at localhost:PORT and remove links";
    } else if (*mode == NetworkMode::Host) {
      message +=
          ". Under host networking the containers share the instance's network: reach the other "
          "container at localhost:PORT and remove links";
    } else {
      message += ". With networkMode none the container has no network at all; remove links";
    }
    context.reportUntranslated(keyOf(container.linksNode), std::move(message));
  }
}

}  // namespace ecslint
