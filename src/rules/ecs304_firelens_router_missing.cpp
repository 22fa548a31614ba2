// ECS304 firelens-router-missing: awsfirelens needs exactly one log router container.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkFirelensRouterMissing(RuleContext& context) {
  const TaskDefinition& task = context.task;
  const Container* router = nullptr;
  for (const Container& container : task.containers) {
    if (!container.firelensConfiguration) continue;
    if (router == nullptr) {
      router = &container;
      continue;
    }
    context.report(keyOf(container.firelensConfiguration->node), "ECS304.second-router",
                   {{"container", describeContainer(context, container)},
                    {"first_router", describeContainer(context, *router)}});
    context.relate(keyOf(router->firelensConfiguration->node), "ECS304.related.first-router");
  }
  if (router != nullptr) return;
  for (const Container& container : task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.is("awsfirelens")) continue;
    context.report(valueOf(log->logDriver.node), "ECS304.no-router",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
