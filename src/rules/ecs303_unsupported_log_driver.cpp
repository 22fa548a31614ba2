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
    std::string message = describeContainer(container) + " uses the \"" + std::string(driver) +
                          "\" log driver, but the task runs on Fargate" +
                          std::string(assumedNote(task.launchTypes));
    if (windows) {
      message +=
          " with Windows containers, which support only the awslogs driver (no splunk, no "
          "FireLens). Use \"awslogs\"";
    } else {
      message +=
          ", which supports only the awslogs, splunk and awsfirelens drivers: there is no host on "
          "which a " +
          std::string(driver) +
          " agent could run. Use \"awslogs\" for CloudWatch Logs, "
          "or \"awsfirelens\" with a Fluent Bit sidecar to reach other destinations";
    }
    context.reportUntranslated(valueOf(log->logDriver.node), std::move(message));
  }
}

}  // namespace ecslint
