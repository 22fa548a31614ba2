// ECS204 repository-credentials-without-execution-role: private registry credentials are read
// with the execution role.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkRepositoryCredentialsWithoutExecutionRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!unset(task.executionRoleArn)) return;
  for (const Container& container : task.containers) {
    if (container.repositoryCredentialsNode == kNoNode) continue;
    context.report(keyOf(container.repositoryCredentialsNode), "ECS204.repository-credentials",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
