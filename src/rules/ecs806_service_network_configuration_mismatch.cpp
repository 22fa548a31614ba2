// ECS806 service-network-configuration-mismatch: a service says where its awsvpc tasks' network
// interfaces go (NetworkConfiguration), and says nothing of the kind for bridge or host tasks,
// which use the instance's network: CreateService rejects either mismatch.
#include "rules/checks.h"
#include "rules/stack_rule_helpers.h"

namespace ecslint {

void checkServiceNetworkConfigurationMismatch(StackContext& context) {
  const Document& document = context.document();
  for (const EcsService& service : context.services) {
    const ServiceTask running = serviceTask(context, service);
    if (running.task == nullptr) continue;
    MessageArgs arguments{{"service", std::string(service.resource->logicalId)},
                          {"task", std::string(running.task->origin.logicalId)}};
    if (running.networkMode == "awsvpc" && service.networkConfiguration == kNoNode) {
      context.report(valueOf(service.taskDefinitionValue), "ECS806.missing", std::move(arguments));
      context.relate(valueOf(running.task->networkMode.node), "ECS806.related.network-mode",
                     {{"task", std::string(running.task->origin.logicalId)}});
    } else if ((running.networkMode == "bridge" || running.networkMode == "host") &&
               service.awsvpcConfiguration != kNoNode &&
               document.kind(service.awsvpcConfiguration) == NodeKind::Mapping) {
      // Only a written-out AwsvpcConfiguration: an `Fn::If` around the whole NetworkConfiguration
      // may choose AWS::NoValue for this task.
      arguments.push_back({"network_mode", running.networkMode});
      context.report(keyOf(service.networkConfiguration), "ECS806.not-awsvpc", std::move(arguments));
      context.relate(valueOf(running.task->networkMode.node), "ECS806.related.network-mode",
                     {{"task", std::string(running.task->origin.logicalId)}});
      context.offerFix("ECS806.fix", {{"service", std::string(service.resource->logicalId)}},
                       [&](Editor& edit) { edit.removeMember(service.networkConfiguration); });
    }
  }
}

}  // namespace ecslint
