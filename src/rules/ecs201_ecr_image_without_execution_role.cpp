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
    std::string message = "image '" + std::string(image) +
                          "' is in a private Amazon ECR repository, but the task has no "
                          "executionRoleArn: ";
    if (launchTypeKnown) {
      message += "on " + std::string(executionRoleLaunchType(types)) + std::string(assumedNote(types)) +
                 " the ECS agent pulls ECR images with the task execution role, and AWS rejects the "
                 "task definition with \"Fargate requires task definition to have execution role "
                 "ARN to support ECR images.\"";
    } else {
      message +=
          "if this task runs on Fargate (it declares no requiresCompatibilities), the image "
          "cannot be pulled and AWS rejects it with \"Fargate requires task definition to "
          "have execution role ARN to support ECR images.\"";
    }
    message +=
        " Add an executionRoleArn for a role with the AmazonECSTaskExecutionRolePolicy "
        "managed policy";
    if (task.taskRoleArn.present()) {
      message +=
          "; taskRoleArn is set: if that is the role meant for pulling images, it is in the "
          "wrong slot";
    }
    context.reportUntranslated(valueOf(container.image.node), launchTypeKnown ? Severity::Error : Severity::Warning,
                   std::move(message));
  }
}

}  // namespace ecslint
