// ECS302 awslogs-missing-option: the awslogs driver without the options it requires.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

struct RequiredOption {
  std::string_view name;
  std::string_view purpose;
};

constexpr RequiredOption kGroup{"awslogs-group", "the CloudWatch Logs group to write to"};
constexpr RequiredOption kRegion{"awslogs-region", "the Region of that log group"};
constexpr RequiredOption kStreamPrefix{"awslogs-stream-prefix",
                                       "the prefix that ties each log stream to its task"};

}  // namespace

void checkAwslogsMissingOption(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.is("awslogs") || log->optionsPresence == Presence::Unknown) continue;
    // Point at the options object's name, or at "awslogs" itself when there are no options.
    const Target target = log->optionsNode != kNoNode ? keyOf(log->optionsNode) : valueOf(log->logDriver.node);
    const auto requireOption = [&](const RequiredOption& option, Severity severity, std::string_view when) {
      if (log->option(option.name) != nullptr) return;
      context.report(target, severity,
                     describeContainer(container) + " uses the awslogs driver without the '" +
                         std::string(option.name) + "' option, " + std::string(option.purpose) +
                         "; it is required" + std::string(when) + " and the container fails to "
                         "start without it. Add \"" + std::string(option.name) + "\" to "
                         "logConfiguration.options");
    };
    requireOption(kGroup, Severity::Error, "");
    requireOption(kRegion, Severity::Error, "");
    if (task.launchTypes.fargate()) {
      requireOption(kStreamPrefix, Severity::Error, " on Fargate");
    } else if (log->option(kStreamPrefix.name) == nullptr) {
      context.report(target, Severity::Warning,
                     describeContainer(container) +
                         " uses the awslogs driver without 'awslogs-stream-prefix': log streams are "
                         "then named by Docker container id, the ECS console cannot show the "
                         "container's logs, and nothing ties a stream to its task (it is required "
                         "on Fargate). Add \"awslogs-stream-prefix\" to logConfiguration.options");
    }
  }
}

}  // namespace ecslint
