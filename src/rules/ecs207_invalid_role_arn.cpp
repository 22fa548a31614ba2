// ECS207 invalid-role-arn: taskRoleArn / executionRoleArn is not an IAM role reference.
#include "model/role_arn.h"
#include "rules/checks.h"

namespace ecslint {
namespace {

// Why the reference is not a role, in the run's language (the message's `{problem}`).
std::string describeProblem(const RuleContext& context, const RoleReferenceProblem& problem) {
  using Kind = RoleReferenceProblem::Kind;
  switch (problem.kind) {
    case Kind::NeitherArnNorName:
      return context.phrase("ECS207.problem.neither-arn-nor-name");
    case Kind::NotSixParts:
      return context.phrase("ECS207.problem.not-six-parts");
    case Kind::UnknownPartition:
      return context.phrase("ECS207.problem.unknown-partition", {{"partition", problem.part}});
    case Kind::OtherService:
      return context.phrase("ECS207.problem.other-service", {{"service", problem.part}});
    case Kind::StsSession:
      return context.phrase("ECS207.problem.sts-session");
    case Kind::HasRegion:
      return context.phrase("ECS207.problem.has-region", {{"region", problem.part}});
    case Kind::PolicyArn:
      return context.phrase("ECS207.problem.policy-arn");
    case Kind::InstanceProfileArn:
      return context.phrase("ECS207.problem.instance-profile-arn");
    case Kind::UserArn:
      return context.phrase("ECS207.problem.user-arn");
    case Kind::GroupArn:
      return context.phrase("ECS207.problem.group-arn");
    case Kind::NotRoleResource:
      return context.phrase("ECS207.problem.not-role-resource", {{"resource", problem.part}});
    case Kind::InvalidRoleName:
      return context.phrase("ECS207.problem.invalid-role-name", {{"name", problem.part}});
    case Kind::InvalidAccount:
      return context.phrase("ECS207.problem.invalid-account", {{"account", problem.part}});
  }
  return "";
}

}  // namespace

void checkInvalidRoleArn(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const auto& [field, slot] :
       {std::pair{&task.taskRoleArn, "taskRoleArn"}, std::pair{&task.executionRoleArn, "executionRoleArn"}}) {
    if (!field->known() || field->value.empty()) continue;
    const std::optional<RoleReferenceProblem> problem = roleReferenceProblem(field->value);
    if (!problem) continue;
    context.report(valueOf(field->node), "ECS207.not-a-role",
                   {{"field", slot},
                    {"value", std::string(field->value)},
                    {"problem", describeProblem(context, *problem)}});
  }
}

}  // namespace ecslint
