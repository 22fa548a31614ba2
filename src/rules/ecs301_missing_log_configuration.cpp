// ECS301 missing-log-configuration: a container whose output nobody will be able to read.
#include "model/image_reference.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// What the task already says about where its logs go, gathered once per task: every container
// without a logConfiguration needs the same answers, and asking the other containers again for
// each one made the rule quadratic in containers.
struct TaskLogHints {
  // The first awslogs options the containers that have them give ("" when none does). A container
  // this rule reports has no logConfiguration, so it never contributes to its own hints.
  std::string_view awslogsRegion;
  std::string_view awslogsGroup;
  std::string_view firstEcrRegion;  // where the task's first private ECR image lives
};

std::string_view awslogsOption(const Container& container, std::string_view name) {
  if (!container.logConfiguration || !container.logConfiguration->logDriver.is("awslogs")) return {};
  const LogOption* option = container.logConfiguration->option(name);
  if (option == nullptr || !option->value.known()) return {};
  return option->value.value;
}

TaskLogHints gatherLogHints(const TaskDefinition& task) {
  TaskLogHints hints;
  for (const Container& container : task.containers) {
    if (hints.awslogsRegion.empty()) hints.awslogsRegion = awslogsOption(container, "awslogs-region");
    if (hints.awslogsGroup.empty()) hints.awslogsGroup = awslogsOption(container, "awslogs-group");
    if (hints.firstEcrRegion.empty() && container.image.known())
      hints.firstEcrRegion = ecrImageRegion(container.image.value);
  }
  return hints;
}

// The Region the task's logs belong in: where the other containers already send theirs, else
// where its private ECR images live (this container's first). "" when nothing says.
std::string_view inferRegion(const TaskLogHints& hints, const Container& self) {
  if (!hints.awslogsRegion.empty()) return hints.awslogsRegion;
  if (self.image.known() && !ecrImageRegion(self.image.value).empty())
    return ecrImageRegion(self.image.value);
  return hints.firstEcrRegion;
}

// Adds an awslogs logConfiguration when every value can be inferred rather than guessed: the
// group the other containers use (it exists) or /ecs/<family>, the Region, and the container's
// name as stream prefix. Never when the task may run on Fargate and has no execution role:
// awslogs there needs one, and the fix would turn a warning into a rejected task definition
// ("Fargate requires task definition to have execution role ARN to support log driver awslogs").
void offerAwslogs(RuleContext& context, const TaskLogHints& hints, const Container& container) {
  const TaskDefinition& task = context.task;
  const bool mayRunOnFargate = task.launchTypes.fargate() || !task.launchTypes.known();
  if (mayRunOnFargate && unset(task.executionRoleArn)) return;
  if (!container.name.known() || container.name.value.empty()) return;
  const std::string_view region = inferRegion(hints, container);
  std::string group(hints.awslogsGroup);
  if (group.empty() && task.family.known() && !task.family.value.empty())
    group = "/ecs/" + std::string(task.family.value);
  if (region.empty() || group.empty()) return;

  const NewValue block = NewValue::object(
      {{"logDriver", NewValue::string("awslogs")},
       {"options", NewValue::object({{"awslogs-group", NewValue::string(group)},
                                     {"awslogs-region", NewValue::string(region)},
                                     {"awslogs-stream-prefix", NewValue::string(container.name.value)}})}});
  context.offerFix("ECS301.fix", {{"log_group", group}, {"region", std::string(region)}},
                   [&](Editor& edit) { edit.setMember(container.node, "logConfiguration", block); });
}

}  // namespace

void checkMissingLogConfiguration(RuleContext& context) {
  const TaskLogHints hints = gatherLogHints(context.task);
  for (const Container& container : context.task.containers) {
    if (container.logConfigurationPresence != Presence::Absent) continue;
    context.report(missingIn(container), "ECS301.missing",
                   {{"container", describeContainer(context, container)}});
    offerAwslogs(context, hints, container);
  }
}

}  // namespace ecslint
