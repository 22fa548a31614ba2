// ECS202 awslogs-without-execution-role: Fargate sends awslogs with the execution role.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkAwslogsWithoutExecutionRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.launchTypes.fargate() || !unset(task.executionRoleArn)) return;
  for (const Container& container : task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.is("awslogs")) continue;
    context.report(valueOf(log->logDriver.node), "ECS202.awslogs",
                   {{"container", describeContainer(context, container)},
                    {"assumed", assumedNote(context, task.launchTypes)}});
  }
}

}  // namespace ecslint
