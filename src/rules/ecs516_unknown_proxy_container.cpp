// ECS516 unknown-proxy-container: proxyConfiguration.containerName names no container.
#include "rules/checks.h"
#include "rules/name_lookup.h"

namespace ecslint {

void checkUnknownProxyContainer(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.proxyConfiguration) return;
  const StringField& name = task.proxyConfiguration->containerName;
  if (!name.known() || name.value.empty() || task.mayHaveContainer(name.value)) return;
  context.reportUntranslated(valueOf(name.node),
                 "proxyConfiguration.containerName is '" + std::string(name.value) +
                     "', but no container has that name" +
                     closestNameHint(name.value, containerNames(task), "containers") +
                     ": it must name the container that runs the App Mesh proxy (Envoy) in this task. "
                     "Fix the name, or add the proxy container");
}

}  // namespace ecslint
