// ECS208 efs-iam-without-task-role: EFS IAM authorization mounts with the task role, which is missing.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEfsIamWithoutTaskRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!unset(task.taskRoleArn)) return;
  for (const Volume& volume : task.volumes) {
    if (!volume.efsVolumeConfiguration || !volume.efsVolumeConfiguration->iam.is("ENABLED")) continue;
    const std::string name =
        volume.name.known() ? "'" + std::string(volume.name.value) + "'" : "without a name";
    context.reportUntranslated(valueOf(volume.efsVolumeConfiguration->iam.node),
                   "EFS volume " + name +
                       " uses IAM authorization (\"iam\": \"ENABLED\"), but the task has no taskRoleArn: "
                       "ECS mounts the file system with the task role's identity, so without one the file "
                       "system policy sees an anonymous client and the mount is refused (or allowed only "
                       "if the policy grants access to everyone). Add a taskRoleArn whose role may "
                       "elasticfilesystem:ClientMount (and ClientWrite if the volume is written)");
  }
}

}  // namespace ecslint
