// ECS206 task-role-looks-like-execution-role: the two role slots swapped, or the execution role
// given to the application.
#include "model/role_name.h"
#include "rules/checks.h"

namespace ecslint {

namespace {

// What a role slot says of its role: the ARN or name written, or in a template the role resource
// it refers to (`!GetAtt AppRole.Arn`: that resource's RoleName, else "AppRole"); "" if unknown.
std::string_view roleText(const StringField& slot, const TaskDefinition::RoleReference& reference) {
  return slot.known() ? slot.value : reference.name;
}

}  // namespace

void checkTaskRoleLooksLikeExecutionRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  const StringField& taskRole = task.taskRoleArn;
  const StringField& executionRole = task.executionRoleArn;
  const std::string_view taskText = roleText(taskRole, task.taskRole);
  const std::string_view executionText = roleText(executionRole, task.executionRole);
  if (taskText.empty() || !looksLikeExecutionRole(taskText)) return;
  // The same role in both slots is ECS205's finding.
  if (!executionText.empty() && sameRole(taskText, executionText)) return;

  const std::string taskName(roleName(taskText));
  if (!executionText.empty() && looksLikeTaskRole(executionText)) {
    context.report(valueOf(taskRole.node), "ECS206.swapped",
                   {{"task_role", taskName}, {"execution_role", std::string(roleName(executionText))}});
    context.relate(valueOf(executionRole.node), "ECS206.related.application-role");
    context.offerFix("ECS206.fix.swap", {},
                     [&](Editor& edit) { edit.swapValues(taskRole.node, executionRole.node); });
    return;
  }
  context.report(valueOf(taskRole.node), "ECS206.execution-role-as-task-role", {{"task_role", taskName}});
}

}  // namespace ecslint
