// ECS307 unused-firelens-router: a FireLens log router that no container sends its logs to.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkUnusedFirelensRouter(RuleContext& context) {
  const TaskDefinition& task = context.task;
  const Container* router = nullptr;
  for (const Container& container : task.containers) {
    if (container.firelensConfiguration && router == nullptr) router = &container;
    // A container whose log configuration or driver is a placeholder may well be awsfirelens.
    if (container.logConfigurationPresence == Presence::Unknown) return;
    const auto& log = container.logConfiguration;
    if (log && (log->logDriver.unknown() || log->logDriver.is("awsfirelens"))) return;
  }
  if (router == nullptr) return;
  context.report(keyOf(router->firelensConfiguration->node), "ECS307.unused-router",
                 {{"container", describeContainer(context, *router)}});
}

}  // namespace ecslint
