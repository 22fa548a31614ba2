#include "terraform/stack_resource_types.h"

#include <array>

namespace ecslint {
namespace {

// Attribute names from the AWS provider's documentation (registry.terraform.io/providers/hashicorp/
// aws/latest/docs/resources/<type>, "Attribute Reference"); aws_alb_* are the same resources under
// their older names.
constexpr std::array<StackResourceType, 28> kTypes{{
    {"aws_ecs_service", "AWS::ECS::Service", "id", "arn", false},
    {"aws_ecs_task_definition", "AWS::ECS::TaskDefinition", "arn", "", false},
    {"aws_lb_target_group", "AWS::ElasticLoadBalancingV2::TargetGroup", "arn", "id", false},
    {"aws_alb_target_group", "AWS::ElasticLoadBalancingV2::TargetGroup", "arn", "id", false},
    {"aws_lb_listener", "AWS::ElasticLoadBalancingV2::Listener", "arn", "id", false},
    {"aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener", "arn", "id", false},
    {"aws_lb_listener_rule", "AWS::ElasticLoadBalancingV2::ListenerRule", "arn", "id", false},
    {"aws_alb_listener_rule", "AWS::ElasticLoadBalancingV2::ListenerRule", "arn", "id", false},
    {"aws_lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", "arn", "id", false},
    {"aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", "arn", "id", false},
    {"aws_security_group", "AWS::EC2::SecurityGroup", "id", "", false},
    {"aws_security_group_rule", "AWS::EC2::SecurityGroupIngress", "id", "", false},
    {"aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroupIngress", "id", "", false},
    {"aws_vpc", "AWS::EC2::VPC", "id", "", false},
    {"aws_subnet", "AWS::EC2::Subnet", "id", "", false},
    {"aws_internet_gateway", "AWS::EC2::InternetGateway", "id", "", false},
    {"aws_nat_gateway", "AWS::EC2::NatGateway", "id", "", false},
    {"aws_route_table", "AWS::EC2::RouteTable", "id", "", false},
    {"aws_route", "AWS::EC2::Route", "id", "", false},
    {"aws_route_table_association", "AWS::EC2::SubnetRouteTableAssociation", "id", "", false},
    {"aws_vpc_endpoint", "AWS::EC2::VPCEndpoint", "id", "", false},
    {"aws_vpn_gateway_route_propagation", "AWS::EC2::VPNGatewayRoutePropagation", "id", "", false},
    {"aws_iam_role", "AWS::IAM::Role", "id", "name", true},
    {"aws_iam_role_policy", "AWS::IAM::RolePolicy", "id", "", false},
    {"aws_iam_policy", "AWS::IAM::ManagedPolicy", "arn", "id", false},
    {"aws_iam_role_policy_attachment", "AWS::IAM::ManagedPolicy", "id", "", false},
    {"aws_iam_policy_attachment", "AWS::IAM::ManagedPolicy", "id", "", false},
    {"aws_cloudwatch_log_group", "AWS::Logs::LogGroup", "id", "name", true},
}};

}  // namespace

const StackResourceType* stackResourceType(std::string_view terraformType) {
  for (const StackResourceType& type : kTypes) {
    if (type.terraform == terraformType) return &type;
  }
  return nullptr;
}

std::optional<std::string_view> cloudFormationAttributeFor(const StackResourceType& type,
                                                           std::string_view attribute) {
  if (attribute.empty() || attribute == type.refAttribute ||
      (!type.refAttributeAlso.empty() && attribute == type.refAttributeAlso))
    return std::string_view();
  if (attribute == "arn" && type.hasArnAttribute) return std::string_view("Arn");
  return std::nullopt;
}

}  // namespace ecslint
