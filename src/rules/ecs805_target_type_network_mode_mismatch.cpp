// ECS805 target-type-network-mode-mismatch: a service's target group must register its tasks the
// way their network mode allows: by IP address (TargetType ip) for awsvpc tasks, which have their
// own network interface, by instance for bridge and host tasks, which share the instance's.
#include <set>
#include <utility>

#include "rules/checks.h"
#include "rules/stack_rule_helpers.h"

namespace ecslint {
namespace {

// Whether no other service of the template names the target group: changing its TargetType then
// cannot break another service (one whose tasks use the other network mode).
bool onlyThisServiceUses(const StackContext& context, const TemplateResource& targetGroup,
                         const EcsService& service) {
  for (const ResourceReference& reference : context.graph.referencesTo(targetGroup)) {
    if (reference.from->type == "AWS::ECS::Service" && reference.from != service.resource) return false;
  }
  return true;
}

// Reports the target group when its type does not suit the task; whether it did.
bool checkTargetGroup(StackContext& context, const EcsService& service, const TaskDefinition& task,
                      std::string_view networkMode, const ServiceLoadBalancer& loadBalancer) {
  const TemplateResource& targetGroup = *loadBalancer.targetGroup;
  if (targetGroup.properties == kNoNode) return false;  // no Properties, or not a mapping: unknown
  const NodeId targetTypeNode = context.graph.property(targetGroup, "TargetType");
  std::string targetType = "instance";  // CloudFormation's and the API's default
  if (targetTypeNode != kNoNode) {
    const auto text = context.graph.knownText(targetTypeNode);
    if (!text) return false;
    targetType = *text;
  }
  const bool awsvpc = networkMode == "awsvpc";
  const std::string_view wanted = awsvpc ? "ip" : "instance";
  if (targetType == wanted || (targetType != "ip" && targetType != "instance")) return false;

  MessageArgs arguments{{"target_group", std::string(targetGroup.logicalId)},
                        {"service", std::string(service.resource->logicalId)},
                        {"task", std::string(task.origin.logicalId)}};
  if (targetTypeNode == kNoNode) {
    context.report(keyOf(targetGroup.properties), "ECS805.awsvpc-default", std::move(arguments));
  } else if (awsvpc) {
    context.report(valueOf(targetTypeNode), "ECS805.awsvpc-instance", std::move(arguments));
  } else {
    arguments.push_back({"network_mode", std::string(networkMode)});
    context.report(valueOf(targetTypeNode), "ECS805.ip", std::move(arguments));
  }
  context.relate(valueOf(task.networkMode.node), "ECS805.related.network-mode",
                 {{"task", std::string(task.origin.logicalId)}});
  context.relate(valueOf(loadBalancer.targetGroupArn), "ECS805.related.target-group-arn",
                 {{"service", std::string(service.resource->logicalId)}});
  // Targets written in the template are of the old type: changing the type alone would break them.
  if (!onlyThisServiceUses(context, targetGroup, service) ||
      context.graph.property(targetGroup, "Targets") != kNoNode) {
    return true;
  }
  context.offerFix(
      "ECS805.fix",
      {{"target_group", std::string(targetGroup.logicalId)}, {"target_type", std::string(wanted)}},
      [&](Editor& edit) {
        if (targetTypeNode != kNoNode) {
          edit.replaceString(targetTypeNode, wanted);
        } else {
          edit.setMember(targetGroup.properties, "TargetType", NewValue::string(wanted));
        }
      });
  return true;
}

}  // namespace

void checkTargetTypeNetworkModeMismatch(StackContext& context) {
  // One finding per target group, however many LoadBalancers (of one service or several) name it.
  std::set<const TemplateResource*> seen;
  for (const EcsService& service : context.services) {
    const ServiceTask running = serviceTask(context, service);
    if (running.task == nullptr || running.networkMode.empty() || running.networkMode == "none") continue;
    for (const ServiceLoadBalancer& loadBalancer : service.loadBalancers) {
      if (loadBalancer.targetGroup == nullptr || seen.contains(loadBalancer.targetGroup)) continue;
      if (checkTargetGroup(context, service, *running.task, running.networkMode, loadBalancer))
        seen.insert(loadBalancer.targetGroup);
    }
  }
}

}  // namespace ecslint
