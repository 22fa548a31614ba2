// ECS516 unknown-proxy-container: proxyConfiguration.containerName names no container.
#include "rules/checks.h"
#include "rules/name_lookup.h"

namespace ecslint {

void checkUnknownProxyContainer(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.proxyConfiguration) return;
  const StringField& name = task.proxyConfiguration->containerName;
  if (!name.known() || name.value.empty() || task.mayHaveContainer(name.value)) return;
  reportWithHint(context, valueOf(name.node), "ECS516.unknown", "ECS516.unknown.hint",
                 {{"name", std::string(name.value)}},
                 closestNameHint(context, name.value, containerNames(task), NameKind::Container));
}

}  // namespace ecslint
