// The template graph the stack rules read: which resource a value names, and which resources name
// a given one (CDK writes routes, policies and ingress rules as resources of their own).
#include <doctest/doctest.h>

#include <string>

#include "stack/ecs_service.h"
#include "stack/template_graph.h"
#include "template_under_test.h"

namespace ecslint {
namespace {

const char* const kTemplate = R"(AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
Resources:
  Role:
    Type: AWS::IAM::Role
  Policy:
    Type: AWS::IAM::Policy
    Properties:
      Roles: [!Ref Role]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: logs:PutLogEvents
            Resource: !Sub "${Logs.Arn}:*"
  Logs:
    Type: AWS::Logs::LogGroup
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ExecutionRoleArn: !GetAtt Role.Arn
  Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Task
      CapacityProviderStrategy:
        - CapacityProvider: FARGATE_SPOT
        - CapacityProvider: FARGATE
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
  Ec2Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: {"Ref": "Task"}
      LaunchType: EC2
)";

}  // namespace

TEST_CASE("stack graph: references both ways, lists that are not written out, services' launch types") {
  const TemplateUnderTest loaded(kTemplate);
  const TemplateGraph& graph = loaded.graph();
  const TemplateOutline& outline = loaded.outline();

  const TemplateResource* role = outline.resource("Role");
  const TemplateResource* task = outline.resource("Task");
  REQUIRE(role != nullptr);
  REQUIRE(task != nullptr);
  std::string_view attribute;
  CHECK(graph.resourceAt(graph.property(*task, "ExecutionRoleArn"), &attribute) == role);
  CHECK(attribute == "Arn");
  CHECK(graph.resourceAt(graph.property(*task, "ExecutionRoleArn"), "AWS::IAM::Policy") == nullptr);

  // The role is named by the policy's Roles and the task's ExecutionRoleArn, in the template's order.
  const auto toRole = graph.referencesTo(*role);
  REQUIRE(toRole.size() == 2);
  CHECK(toRole[0].from->logicalId == "Policy");
  CHECK(toRole[1].from->logicalId == "Task");
  // An Fn::Sub naming `${Logs.Arn}` inside a longer string names the log group too.
  const auto toLogs = graph.referencesTo(*outline.resource("Logs"));
  REQUIRE(toLogs.size() == 1);
  CHECK(toLogs[0].from->logicalId == "Policy");
  CHECK(graph.referencesTo(*outline.resource("Service")).empty());
  CHECK(graph.resourcesOfType("AWS::ECS::Service").size() == 2);

  const std::vector<EcsService> services = readEcsServices(graph);
  REQUIRE(services.size() == 2);
  CHECK(services[0].taskDefinition == task);
  CHECK(services[0].launchType == LaunchType::Fargate);  // an all-Fargate capacity provider strategy
  CHECK(services[0].subnets != kNoNode);
  CHECK_FALSE(graph.listItems(services[0].subnets).has_value());  // a parameter: unknown, not empty
  CHECK(services[1].launchType == LaunchType::Ec2);
  // Two services run the task with different launch types: neither is assumed.
  CHECK_FALSE(serviceLaunchTypeFor(services, *task).has_value());
}

TEST_CASE("stack graph: wrong types anywhere are no references and no services' details") {
  const TemplateUnderTest loaded(R"(Resources:
  A: {Type: AWS::ECS::Service, Properties: [1, 2]}
  B: {Type: AWS::ECS::Service, Properties: {TaskDefinition: [!Ref A], LoadBalancers: "x",
      NetworkConfiguration: 3, CapacityProviderStrategy: [{CapacityProvider: 7}]}}
  C: {Type: AWS::EC2::Route, Properties: {RouteTableId: {Ref: [A]}, GatewayId: {Fn::GetAtt: 5}}}
  D: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Sub "${D}"}}
)");
  const TemplateGraph& graph = loaded.graph();
  const TemplateOutline& outline = loaded.outline();
  CHECK(graph.referencesTo(*outline.resource("A")).size() == 1);  // B's list item, not C's list
  CHECK(graph.referencesTo(*outline.resource("D")).empty());      // a resource never names itself
  const std::vector<EcsService> services = readEcsServices(graph);
  REQUIRE(services.size() == 1);  // A has no Properties mapping
  CHECK(services[0].taskDefinition == nullptr);
  CHECK_FALSE(services[0].launchType.has_value());
  CHECK_FALSE(services[0].loadBalancersKnown);
  CHECK(services[0].subnets == kNoNode);
}

}  // namespace ecslint
