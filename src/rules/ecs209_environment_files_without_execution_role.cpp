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
    context.report(keyOf(container.environmentFilesNode), "ECS209.environment-files",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
