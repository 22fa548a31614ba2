// ECS207 invalid-role-arn: taskRoleArn / executionRoleArn is not an IAM role reference.
#include "model/role_arn.h"
#include "rules/checks.h"

namespace ecslint {

void checkInvalidRoleArn(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const auto& [field, slot] :
       {std::pair{&task.taskRoleArn, "taskRoleArn"}, std::pair{&task.executionRoleArn, "executionRoleArn"}}) {
    if (!field->known() || field->value.empty()) continue;
    const std::optional<std::string> problem = roleReferenceProblem(field->value);
    if (!problem) continue;
    context.reportUntranslated(valueOf(field->node),
                   std::string(slot) + " \"" + std::string(field->value) +
                       "\" is not an IAM role: " + *problem +
                       ". ECS accepts only a role ARN (arn:aws:iam::123456789012:role/NAME) or a role's "
                       "name, and rejects anything else with \"Role is not valid\". Use the ARN shown on "
                       "the role's page in the IAM console");
  }
}

}  // namespace ecslint
