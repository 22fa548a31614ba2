// ECS302 awslogs-missing-option: the awslogs driver without the options it requires.
#include <vector>

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

bool isMissing(const std::vector<RequiredOption>& missing, const RequiredOption& option) {
  for (const RequiredOption& each : missing) {
    if (each.name == option.name) return true;
  }
  return false;
}

// What AWS does without them: ECS refuses to register the task definition without a group, or on
// Fargate without a stream prefix; a missing Region gets past registration and the log driver
// fails when the container starts.
std::string consequence(const std::vector<RequiredOption>& missing) {
  if (isMissing(missing, kStreamPrefix)) {
    return "AWS rejects the task definition with \"Fargate requires log configuration options to include "
           "awslogs-stream-prefix to support log driver awslogs.\"";
  }
  if (isMissing(missing, kGroup)) {
    return "AWS rejects the task definition with \"Log driver awslogs option 'awslogs-group' should not be "
           "null or empty.\"";
  }
  return "the container fails to start without it";
}

}  // namespace

void checkAwslogsMissingOption(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.is("awslogs") || log->optionsPresence == Presence::Unknown) continue;
    // Point at the options object's name, or at "awslogs" itself when there are no options.
    const Target target =
        log->optionsNode != kNoNode ? keyOf(log->optionsNode) : valueOf(log->logDriver.node);
    // Every required option that is missing, in one finding: one fix, one message.
    std::vector<RequiredOption> missing;
    for (const RequiredOption& option : {kGroup, kRegion}) {
      if (log->option(option.name) == nullptr) missing.push_back(option);
    }
    const bool fargate = task.launchTypes.fargate();
    if (fargate && log->option(kStreamPrefix.name) == nullptr) missing.push_back(kStreamPrefix);
    if (!missing.empty()) {
      std::string what, add;
      for (std::size_t i = 0; i < missing.size(); ++i) {
        const std::string name(missing[i].name);
        const std::string separator = i == 0 ? "" : (i + 1 == missing.size() ? " and " : ", ");
        what += separator + "'" + name + "' (" + std::string(missing[i].purpose) + ")";
        add += std::string(i == 0 ? "" : ", ") + "\"" + name + "\"";
      }
      context.reportUntranslated(target, Severity::Error,
                     describeContainer(container) + " uses the awslogs driver without " + what +
                         (missing.size() == 1 ? "; it is" : "; they are") + " required" +
                         (missing.back().name == kStreamPrefix.name ? " on Fargate" : "") + " and " +
                         consequence(missing) + ". Add " + add + " to logConfiguration.options");
    }
    if (!fargate && log->option(kStreamPrefix.name) == nullptr) {
      context.reportUntranslated(target, Severity::Warning,
                     describeContainer(container) +
                         " uses the awslogs driver without 'awslogs-stream-prefix': log streams are "
                         "then named by Docker container id, the ECS console cannot show the "
                         "container's logs, and nothing ties a stream to its task (it is required "
                         "on Fargate). Add \"awslogs-stream-prefix\" to logConfiguration.options");
    }
  }
}

}  // namespace ecslint
