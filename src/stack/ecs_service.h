#pragma once
// An `AWS::ECS::Service` of a template as the stack rules read it: the task definition it runs, the
// launch type it runs it with, its load balancers and its awsvpc network configuration. Every
// NodeId is kNoNode when the member is not written; a resource pointer is nullptr when the value
// names no resource of the template (an import, a parameter, a literal ARN).

#include <optional>
#include <vector>

#include "model/task_definition.h"
#include "stack/template_graph.h"

namespace ecslint {

struct ServiceLoadBalancer {
  NodeId node = kNoNode;  // the LoadBalancers item
  NodeId containerName = kNoNode;
  NodeId containerPort = kNoNode;
  NodeId targetGroupArn = kNoNode;
  const TemplateResource* targetGroup = nullptr;  // an AWS::ElasticLoadBalancingV2::TargetGroup
};

struct EcsService {
  const TemplateResource* resource = nullptr;
  NodeId taskDefinitionValue = kNoNode;              // `TaskDefinition`
  const TemplateResource* taskDefinition = nullptr;  // the AWS::ECS::TaskDefinition it names
  // The launch type the service runs its tasks with: `LaunchType`, or FARGATE when every item of
  // `CapacityProviderStrategy` is FARGATE or FARGATE_SPOT. Nothing when neither decides it (a
  // cluster's default capacity provider strategy, an intrinsic).
  std::optional<LaunchType> launchType;
  NodeId launchTypeNode = kNoNode;  // the `LaunchType` value, or the `CapacityProviderStrategy`
  NodeId loadBalancersNode = kNoNode;
  std::vector<ServiceLoadBalancer> loadBalancers;  // empty also when the list is not written out
  bool loadBalancersKnown = false;                 // `LoadBalancers` absent or a written-out list
  NodeId networkConfiguration = kNoNode;           // `NetworkConfiguration`
  NodeId awsvpcConfiguration = kNoNode;            // its `AwsvpcConfiguration`
  NodeId subnets = kNoNode;                        // its `Subnets`
  NodeId securityGroups = kNoNode;                 // its `SecurityGroups`
  NodeId assignPublicIp = kNoNode;                 // its `AssignPublicIp`
};

// Every AWS::ECS::Service of the template, in the template's order.
std::vector<EcsService> readEcsServices(const TemplateGraph& graph);

// The launch type a task definition runs with when every service of the template that runs it
// agrees on one (nothing when none does, or they differ), and the service that says so.
struct ServiceLaunchType {
  LaunchType type;
  const EcsService* service;
};
std::optional<ServiceLaunchType> serviceLaunchTypeFor(const std::vector<EcsService>& services,
                                                      const TemplateResource& taskDefinition);

}  // namespace ecslint
