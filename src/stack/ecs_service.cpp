#include "stack/ecs_service.h"

namespace ecslint {
namespace {

std::optional<LaunchType> launchTypeNamed(std::string_view text) {
  if (text == "FARGATE") return LaunchType::Fargate;
  if (text == "EC2") return LaunchType::Ec2;
  if (text == "EXTERNAL") return LaunchType::External;
  if (text == "MANAGED_INSTANCES") return LaunchType::ManagedInstances;
  return std::nullopt;
}

// FARGATE when every item of a written-out strategy uses a Fargate capacity provider.
std::optional<LaunchType> strategyLaunchType(const TemplateGraph& graph, NodeId strategy) {
  const auto items = graph.listItems(strategy);
  if (!items || items->empty()) return std::nullopt;
  for (const NodeId item : *items) {
    const auto provider = graph.knownText(graph.document().member(item, "CapacityProvider"));
    if (!provider || (*provider != "FARGATE" && *provider != "FARGATE_SPOT")) return std::nullopt;
  }
  return LaunchType::Fargate;
}

EcsService readService(const TemplateGraph& graph, const TemplateResource& resource) {
  const Document& document = graph.document();
  EcsService service;
  service.resource = &resource;
  service.taskDefinitionValue = graph.property(resource, "TaskDefinition");
  service.taskDefinition = graph.resourceAt(service.taskDefinitionValue, "AWS::ECS::TaskDefinition");
  if (const NodeId launchType = graph.property(resource, "LaunchType"); launchType != kNoNode) {
    service.launchTypeNode = launchType;
    if (const auto text = graph.knownText(launchType)) service.launchType = launchTypeNamed(*text);
  } else if (const NodeId strategy = graph.property(resource, "CapacityProviderStrategy");
             strategy != kNoNode) {
    service.launchTypeNode = strategy;
    service.launchType = strategyLaunchType(graph, strategy);
  }
  service.loadBalancersNode = graph.property(resource, "LoadBalancers");
  const auto loadBalancers = graph.listItems(service.loadBalancersNode);
  service.loadBalancersKnown = service.loadBalancersNode == kNoNode || loadBalancers.has_value();
  for (const NodeId item : loadBalancers.value_or(std::vector<NodeId>{})) {
    if (document.kind(item) != NodeKind::Mapping) {
      service.loadBalancersKnown = false;
      continue;
    }
    ServiceLoadBalancer loadBalancer;
    loadBalancer.node = item;
    loadBalancer.containerName = document.member(item, "ContainerName");
    loadBalancer.containerPort = document.member(item, "ContainerPort");
    loadBalancer.targetGroupArn = document.member(item, "TargetGroupArn");
    loadBalancer.targetGroup =
        graph.resourceAt(loadBalancer.targetGroupArn, "AWS::ElasticLoadBalancingV2::TargetGroup");
    service.loadBalancers.push_back(loadBalancer);
  }
  service.networkConfiguration = graph.property(resource, "NetworkConfiguration");
  if (service.networkConfiguration != kNoNode &&
      document.kind(service.networkConfiguration) == NodeKind::Mapping) {
    service.awsvpcConfiguration = document.member(service.networkConfiguration, "AwsvpcConfiguration");
    if (service.awsvpcConfiguration != kNoNode &&
        document.kind(service.awsvpcConfiguration) == NodeKind::Mapping) {
      service.subnets = document.member(service.awsvpcConfiguration, "Subnets");
      service.securityGroups = document.member(service.awsvpcConfiguration, "SecurityGroups");
      service.assignPublicIp = document.member(service.awsvpcConfiguration, "AssignPublicIp");
    }
  }
  return service;
}

}  // namespace

std::vector<EcsService> readEcsServices(const TemplateGraph& graph) {
  std::vector<EcsService> services;
  for (const TemplateResource& resource : graph.outline().resources()) {
    if (resource.type == "AWS::ECS::Service" && resource.properties != kNoNode)
      services.push_back(readService(graph, resource));
  }
  return services;
}

std::optional<ServiceLaunchType> serviceLaunchTypeFor(const std::vector<EcsService>& services,
                                                      const TemplateResource& taskDefinition) {
  std::optional<ServiceLaunchType> agreed;
  for (const EcsService& service : services) {
    if (service.taskDefinition != &taskDefinition) continue;
    if (!service.launchType) return std::nullopt;
    if (agreed && agreed->type != *service.launchType) return std::nullopt;
    if (!agreed) agreed = ServiceLaunchType{*service.launchType, &service};
  }
  return agreed;
}

}  // namespace ecslint
