// ECS201 ecr-image-without-execution-role: a private ECR image that nothing can pull.
#include "model/image_reference.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEcrImageWithoutExecutionRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!unset(task.executionRoleArn)) return;
  // EC2 instances pull with the instance role; Fargate, ECS Anywhere and Managed Instances pull
  // with the execution role. Unknown launch type: it may run on Fargate, so warn.
  const LaunchTypes& types = task.launchTypes;
  if (types.known() && !types.agentUsesExecutionRole()) return;
  if (types.unknown() && !task.hasTaskLevel()) return;
  // Fargate runs only awsvpc tasks: a task of unknown launch type in bridge or host mode (the
  // default is bridge) is an EC2 task, which pulls with the instance role.
  const std::optional<NetworkMode> mode = task.effectiveNetworkMode();
  if (!types.known() && mode && *mode != NetworkMode::Awsvpc) return;
  const bool launchTypeKnown = types.known();

  for (const Container& container : task.containers) {
    // A template's `${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/app` is private ECR
    // in any account and region.
    const std::string_view image = container.image.known() ? container.image.value : container.imageShape;
    if (image.empty() || classifyImageRegistry(image) != ImageRegistry::PrivateEcr) continue;
    // One message per case: the launch type known or not, and a task role that may be the
    // execution role in the wrong slot.
    const bool taskRole = task.taskRoleArn.present();
    if (launchTypeKnown) {
      context.report(valueOf(container.image.node), Severity::Error,
                     taskRole ? "ECS201.launch-type.task-role" : "ECS201.launch-type",
                     {{"image", std::string(image)},
                      {"launch_type", std::string(executionRoleLaunchType(types))},
                      {"assumed", assumedNote(context, types)}});
    } else {
      context.report(valueOf(container.image.node), Severity::Warning,
                     taskRole ? "ECS201.unknown-launch-type.task-role" : "ECS201.unknown-launch-type",
                     {{"image", std::string(image)}});
    }
  }
}

}  // namespace ecslint
