// ECS209 environment-files-without-execution-role: S3 environment files are read with the
// execution role, which is missing.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEnvironmentFilesWithoutExecutionRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!unset(task.executionRoleArn)) return;
  for (const Container& container : task.containers) {
    if (container.environmentFilesNode == kNoNode) continue;
    context.reportUntranslated(keyOf(container.environmentFilesNode),
                   describeContainer(container) +
                       " loads environmentFiles from Amazon S3, but the task has no executionRoleArn: the "
                       "ECS agent downloads the files with the task execution role, which needs "
                       "s3:GetObject on each file (and s3:GetBucketLocation on its bucket). Without the "
                       "role the files cannot be read and the container does not start. Add an "
                       "executionRoleArn for a role with those permissions");
  }
}

}  // namespace ecslint
