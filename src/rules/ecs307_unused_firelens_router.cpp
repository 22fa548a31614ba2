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
  context.reportUntranslated(keyOf(router->firelensConfiguration->node),
                 describeContainer(*router) +
                     " is a FireLens log router (it has a firelensConfiguration), but no container of the "
                     "task sends its logs to it with the awsfirelens driver. AWS rejects the task "
                     "definition with \"When a firelensConfiguration object is specified, at least one "
                     "container has to be configured with the awsfirelens log driver.\" Set "
                     "\"logDriver\": \"awsfirelens\" on the containers whose logs it should route, or "
                     "remove the firelensConfiguration to run Fluent Bit as an ordinary sidecar");
}

}  // namespace ecslint
