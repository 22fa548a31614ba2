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
    context.reportUntranslated(keyOf(container.firelensConfiguration->node),
                   describeContainer(container) +
                       " is a second FireLens log router: " + describeContainer(*router) +
                       " already has a firelensConfiguration, and a task definition may contain only one "
                       "log router container. Keep one router and send every container's logs to it "
                       "with the awsfirelens driver");
    context.relateUntranslated(keyOf(router->firelensConfiguration->node), "the first log router");
  }
  if (router != nullptr) return;
  for (const Container& container : task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.is("awsfirelens")) continue;
    context.reportUntranslated(valueOf(log->logDriver.node),
                   describeContainer(container) +
                       " sends its logs with the awsfirelens driver, but no container of the task has a "
                       "firelensConfiguration: awsfirelens forwards logs to a Fluent Bit or Fluentd log "
                       "router container in the same task, and AWS rejects the task definition without one "
                       "(\"When awsfirelens log driver is specified in log configuration, a firelens "
                       "configuration object must be configured in one of the containers.\"). Add a "
                       "log router container, for example the AWS for Fluent Bit image with "
                       "\"firelensConfiguration\": {\"type\": \"fluentbit\"}");
  }
}

}  // namespace ecslint
