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
    context.reportUntranslated(keyOf(container.repositoryCredentialsNode),
                   describeContainer(container) +
                       " pulls from a private registry with repositoryCredentials, but the task has "
                       "no executionRoleArn to read that secret with. AWS rejects the task "
                       "definition with \"Private repository authentication requires that the task "
                       "definition specify a value for executionRoleArn.\" Add an executionRoleArn "
                       "for a role allowed to read the credentials secret");
  }
}

}  // namespace ecslint
