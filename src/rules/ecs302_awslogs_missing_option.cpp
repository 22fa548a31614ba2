// ECS302 awslogs-missing-option: the awslogs driver without the options it requires.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// The message for the required options that are missing (at least one), one per case: it names
// each with what it is for, and says what AWS does without them. ECS refuses to register the task
// definition without a group, or on Fargate without a stream prefix; a missing Region gets past
// registration and the log driver fails when the container starts.
std::string_view missingMessage(bool group, bool region, bool streamPrefix) {
  if (streamPrefix) {
    if (group && region) return "ECS302.missing.group-region-stream-prefix";
    if (group) return "ECS302.missing.group-stream-prefix";
    if (region) return "ECS302.missing.region-stream-prefix";
    return "ECS302.missing.stream-prefix";
  }
  if (group && region) return "ECS302.missing.group-region";
  return group ? "ECS302.missing.group" : "ECS302.missing.region";
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
    const bool fargate = task.launchTypes.fargate();
    const bool noGroup = log->option("awslogs-group") == nullptr;
    const bool noRegion = log->option("awslogs-region") == nullptr;
    const bool noStreamPrefix = log->option("awslogs-stream-prefix") == nullptr;
    // Named only when a finding needs it: most options and commands are fine.
    const auto who = [&] { return describeContainer(context, container); };
    if (noGroup || noRegion || (fargate && noStreamPrefix)) {
      context.report(target, Severity::Error, missingMessage(noGroup, noRegion, fargate && noStreamPrefix),
                     {{"container", who()}});
    }
    if (!fargate && noStreamPrefix) {
      context.report(target, Severity::Warning, "ECS302.no-stream-prefix", {{"container", who()}});
    }
  }
}

}  // namespace ecslint
