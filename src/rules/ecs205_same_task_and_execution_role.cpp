// ECS205 same-task-and-execution-role: one role for both the application and the agent.
#include "model/role_name.h"
#include "rules/checks.h"

namespace ecslint {
namespace {

// Identical text is the same role even when it is a template placeholder ("${ROLE_ARN}" twice
// renders to one role), so placeholders are compared by their raw text. In a CloudFormation
// template the same holds for any value: its functions are evaluated alike in both slots, so
// `!Ref RoleArn` twice is one role whatever the parameter is given.
bool sameRoleText(const RuleContext& context, const StringField& a, const StringField& b) {
  if (a.known() && b.known()) return !a.value.empty() && sameRole(a.value, b.value);
  const std::string_view rawA = context.sourceText(a.node);
  const bool inTemplate = context.task.origin.resource != kNoNode;
  return !rawA.empty() && (rawA.starts_with('"') || inTemplate) && rawA == context.sourceText(b.node);
}

// In a template, both slots naming one role resource (`!GetAtt Role.Arn` twice, however written)
// is one role, though its ARN is not known until the stack is deployed.
bool sameRoleResource(const TaskDefinition& task) {
  return !task.taskRole.resource.empty() && task.taskRole.resource == task.executionRole.resource;
}

}  // namespace

void checkSameTaskAndExecutionRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.taskRoleArn.present() || !task.executionRoleArn.present()) return;
  if (!sameRoleResource(task) && !sameRoleText(context, task.taskRoleArn, task.executionRoleArn)) return;
  if (sameRoleResource(task)) {
    context.report(valueOf(task.taskRoleArn.node), "ECS205.same-role.resource",
                   {{"resource", std::string(task.taskRole.resource)}});
  } else {
    context.report(valueOf(task.taskRoleArn.node), "ECS205.same-role");
  }
  context.relate(valueOf(task.executionRoleArn.node), "ECS205.related.execution-role");
}

}  // namespace ecslint
