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
    context.reportUntranslated(valueOf(taskRole.node),
                   "taskRoleArn and executionRoleArn look swapped: taskRoleArn names '" + taskName +
                       "', an execution role, and executionRoleArn names '" +
                       std::string(roleName(executionText)) +
                       "', an application role. The agent would pull images and read secrets with "
                       "the application's role, and the application would run with the agent's "
                       "permissions. Swap the two values");
    context.relateUntranslated(valueOf(executionRole.node), "the application role, in the execution role's slot");
    context.offerFixUntranslated("swap taskRoleArn and executionRoleArn",
                     [&](Editor& edit) { edit.swapValues(taskRole.node, executionRole.node); });
    return;
  }
  context.reportUntranslated(valueOf(taskRole.node),
                 "taskRoleArn names '" + taskName +
                     "', which looks like a task execution role: that role is for the ECS agent "
                     "(pulling images, writing logs, reading secrets), and as the task role it gives "
                     "those permissions to the application. Put it in executionRoleArn and give the "
                     "application its own task role (or remove taskRoleArn if the application calls "
                     "no AWS API)");
}

}  // namespace ecslint
