// ECS303 unsupported-log-driver: a log driver Fargate does not offer.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkUnsupportedLogDriver(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.launchTypes.fargate()) return;
  const bool windows = task.windows();
  for (const Container& container : task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.known() || log->logDriver.value.empty()) continue;
    const std::string_view driver = log->logDriver.value;
    if (driver == "awslogs") continue;
    if (!windows && (driver == "splunk" || driver == "awsfirelens")) continue;
    context.report(valueOf(log->logDriver.node), windows ? "ECS303.windows" : "ECS303.linux",
                   {{"container", describeContainer(context, container)},
                    {"driver", std::string(driver)},
                    {"assumed", assumedNote(context, task.launchTypes)}});
  }
}

}  // namespace ecslint
