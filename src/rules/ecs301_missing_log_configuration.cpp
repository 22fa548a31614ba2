// ECS301 missing-log-configuration: a container whose output nobody will be able to read.
#include "model/image_reference.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// An awslogs option of another container, when it is known.
std::string_view siblingAwslogsOption(const TaskDefinition& task, const Container& self,
                                      std::string_view name) {
  for (const Container& container : task.containers) {
    if (&container == &self || !container.logConfiguration ||
        !container.logConfiguration->logDriver.is("awslogs")) {
      continue;
    }
    const LogOption* option = container.logConfiguration->option(name);
    if (option != nullptr && option->value.known() && !option->value.value.empty())
      return option->value.value;
  }
  return {};
}

// The Region the task's logs belong in: where the other containers already send theirs, else
// where its private ECR images live (this container's first). "" when nothing says.
std::string_view inferRegion(const TaskDefinition& task, const Container& self) {
  if (const std::string_view region = siblingAwslogsOption(task, self, "awslogs-region"); !region.empty()) {
    return region;
  }
  if (self.image.known() && !ecrImageRegion(self.image.value).empty())
    return ecrImageRegion(self.image.value);
  for (const Container& container : task.containers) {
    if (container.image.known() && !ecrImageRegion(container.image.value).empty()) {
      return ecrImageRegion(container.image.value);
    }
  }
  return {};
}

// Adds an awslogs logConfiguration when every value can be inferred rather than guessed: the
// group the other containers use (it exists) or /ecs/<family>, the Region, and the container's
// name as stream prefix. Never when the task may run on Fargate and has no execution role:
// awslogs there needs one, and the fix would turn a warning into a rejected task definition
// ("Fargate requires task definition to have execution role ARN to support log driver awslogs").
void offerAwslogs(RuleContext& context, const Container& container) {
  const TaskDefinition& task = context.task;
  const bool mayRunOnFargate = task.launchTypes.fargate() || !task.launchTypes.known();
  if (mayRunOnFargate && unset(task.executionRoleArn)) return;
  if (!container.name.known() || container.name.value.empty()) return;
  const std::string_view region = inferRegion(task, container);
  std::string group(siblingAwslogsOption(task, container, "awslogs-group"));
  if (group.empty() && task.family.known() && !task.family.value.empty())
    group = "/ecs/" + std::string(task.family.value);
  if (region.empty() || group.empty()) return;

  const NewValue block = NewValue::object(
      {{"logDriver", NewValue::string("awslogs")},
       {"options", NewValue::object({{"awslogs-group", NewValue::string(group)},
                                     {"awslogs-region", NewValue::string(region)},
                                     {"awslogs-stream-prefix", NewValue::string(container.name.value)}})}});
  context.offerFix(
      "add an awslogs logConfiguration (group " + group + ", region " + std::string(region) + ")",
      [&](JsonEditor& edit) { edit.setMember(container.node, "logConfiguration", block); });
}

}  // namespace

void checkMissingLogConfiguration(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (container.logConfigurationPresence != Presence::Absent) continue;
    context.report(missingIn(container),
                   describeContainer(container) +
                       " has no logConfiguration: its output is not sent anywhere you can read "
                       "from the ECS console or CloudWatch, so when the task stops there are no logs "
                       "to tell you why. Add a logConfiguration with the awslogs driver "
                       "(awslogs-group, awslogs-region, awslogs-stream-prefix)");
    offerAwslogs(context, container);
  }
}

}  // namespace ecslint
