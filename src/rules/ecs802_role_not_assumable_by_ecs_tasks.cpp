// ECS802 role-not-assumable-by-ecs-tasks: the task or execution role's trust policy does not let
// ECS tasks assume it, so no task can start with it.
#include "rules/checks.h"
#include "stack/iam_policy.h"

namespace ecslint {

void checkRoleNotAssumableByEcsTasks(StackContext& context) {
  for (const TaskDefinition& task : context.tasks) {
    const std::pair<const TaskDefinition::RoleReference*, const StringField*> slots[] = {
        {&task.taskRole, &task.taskRoleArn}, {&task.executionRole, &task.executionRoleArn}};
    for (const auto& [reference, field] : slots) {
      if (reference->resource.empty()) continue;
      const TemplateResource* role = context.graph.outline().resource(reference->resource);
      if (role == nullptr || role->type != "AWS::IAM::Role" || TemplateGraph::conditional(*role)) continue;
      if (trustAllowsService(context.graph, *role, "ecs-tasks.") != Verdict::No) continue;
      const std::string field_name(context.keyName(field->node));
      context.report(valueOf(field->node), "ECS802.not-assumable",
                     {{"role", std::string(role->logicalId)}, {"field", field_name}});
      context.relate(keyOf(context.graph.property(*role, "AssumeRolePolicyDocument")),
                     "ECS802.related.trust-policy", {{"role", std::string(role->logicalId)}});
    }
  }
}

}  // namespace ecslint
