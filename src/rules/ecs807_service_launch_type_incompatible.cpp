// ECS807 service-launch-type-incompatible: a service runs its task with FARGATE while the task
// definition's RequiresCompatibilities does not ask for it, so AWS never validated the task for
// Fargate and its compatibilities lack FARGATE. (AWS adds EC2 to the compatibilities of every task
// it can run on EC2, so a FARGATE-only task on an EC2 service is not this error; EXTERNAL and
// MANAGED_INSTANCES are not decided here either.) When RequiresCompatibilities is absent, the
// launch-type rules run with the service's launch type instead (the linter's assumption).
#include "rules/checks.h"
#include "rules/stack_rule_helpers.h"

namespace ecslint {
namespace {

std::string compatibilitiesText(const LaunchTypes& types) {
  std::string text;
  const auto add = [&](LaunchType type, std::string_view name) {
    if (!types.includes(type)) return;
    if (!text.empty()) text += ", ";
    text += name;
  };
  add(LaunchType::Ec2, "EC2");
  add(LaunchType::Fargate, "FARGATE");
  add(LaunchType::External, "EXTERNAL");
  add(LaunchType::ManagedInstances, "MANAGED_INSTANCES");
  return text;
}

}  // namespace

void checkServiceLaunchTypeIncompatible(StackContext& context) {
  for (const EcsService& service : context.services) {
    if (service.launchType != LaunchType::Fargate) continue;
    const TaskDefinition* task = serviceTask(context, service).task;
    if (task == nullptr) continue;
    const LaunchTypes& declared = task->launchTypes;
    if (!declared.known() || declared.assumed || declared.fargate() || declared.bits == 0) continue;
    const MessageArgs arguments{{"service", std::string(service.resource->logicalId)},
                                {"task", std::string(task->origin.logicalId)},
                                {"compatibilities", compatibilitiesText(declared)}};
    const bool fromLaunchType =
        context.graph.property(*service.resource, "LaunchType") == service.launchTypeNode;
    if (fromLaunchType) {
      context.report(valueOf(service.launchTypeNode), "ECS807.launch-type", arguments);
    } else {
      context.report(keyOf(service.launchTypeNode), "ECS807.capacity-provider", arguments);
    }
    context.relate(valueOf(declared.node), "ECS807.related.requires-compatibilities",
                   {{"task", std::string(task->origin.logicalId)}});
  }
}

}  // namespace ecslint
