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
    context.reportUntranslated(valueOf(log->logDriver.node),
                   describeContainer(container) +
                       " logs with awslogs, but the task has no executionRoleArn: on FARGATE" +
                       std::string(assumedNote(task.launchTypes)) +
                       " the agent writes to CloudWatch Logs with the task execution role, and AWS "
                       "rejects the task definition with \"Fargate requires task definition to have "
                       "execution role ARN to support log driver awslogs.\" Add an executionRoleArn "
                       "for a role with the AmazonECSTaskExecutionRolePolicy managed policy");
  }
}

}  // namespace ecslint
