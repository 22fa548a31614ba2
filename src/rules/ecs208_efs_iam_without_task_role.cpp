// ECS208 efs-iam-without-task-role: EFS IAM authorization mounts with the task role, which is missing.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEfsIamWithoutTaskRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!unset(task.taskRoleArn)) return;
  for (const Volume& volume : task.volumes) {
    if (!volume.efsVolumeConfiguration || !volume.efsVolumeConfiguration->iam.is("ENABLED")) continue;
    context.report(valueOf(volume.efsVolumeConfiguration->iam.node), "ECS208.iam-without-task-role",
                   {{"volume", describeEfsVolume(context, volume)}});
  }
}

}  // namespace ecslint
