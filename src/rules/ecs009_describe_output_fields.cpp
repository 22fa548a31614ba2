// ECS009 describe-output-fields: describe-task-definition output registered as it is.
#include <algorithm>
#include <array>

#include "rules/checks.h"

namespace ecslint {
namespace {

// The describe-only members aws-actions/amazon-ecs-deploy-task-definition deletes before it
// registers the file (IGNORED_TASK_DEFINITION_ATTRIBUTES in its index.js): all but
// deleteRequestedAt. It does not unwrap "taskDefinition" either.
bool removedByDeployAction(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kRemoved = {
      "compatibilities", "taskDefinitionArn", "requiresAttributes", "revision",
      "status",          "registeredAt",      "deregisteredAt",     "registeredBy"};
  return std::find(kRemoved.begin(), kRemoved.end(), name) != kRemoved.end();
}

}  // namespace

void checkDescribeOutputFields(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.describeWrapper != kNoNode) {
    context.report(keyOf(task.describeWrapper), "ECS009.wrapper");
    // describe-task-definition puts the task's tags next to the wrapper (with --include TAGS);
    // RegisterTaskDefinition takes them inside, so they move rather than disappear.
    static constexpr std::array<std::string_view, 1> kCarried = {"tags"};
    context.offerFix("ECS009.fix.wrapper", {},
                     [&](Editor& edit) { edit.hoistMember(task.describeWrapper, kCarried); });
  }
  for (NodeId field : task.readOnlyFields) {
    const std::string name(context.keyName(field));
    if (context.options().registeredWith == RegisteredWith::DeployAction && removedByDeployAction(name))
      continue;
    context.report(keyOf(field), "ECS009.read-only", {{"field", name}});
    context.offerFix("ECS009.fix.read-only", {{"field", name}},
                     [&](Editor& edit) { edit.removeMember(field); });
  }
}

}  // namespace ecslint
