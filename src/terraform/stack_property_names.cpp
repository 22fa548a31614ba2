#include "terraform/stack_property_names.h"

#include <array>

namespace ecslint {
namespace {

// From the translations in stack_translate_*.cpp, which follow the AWS provider's documentation.
constexpr std::array<TerraformPropertyName, 40> kNames{{
    // aws_ecs_service
    {"AWS::ECS::Service", "TaskDefinition", "task_definition"},
    {"AWS::ECS::Service", "LaunchType", "launch_type"},
    {"AWS::ECS::Service", "CapacityProviderStrategy", "capacity_provider_strategy"},
    {"AWS::ECS::Service", "CapacityProvider", "capacity_provider"},
    {"AWS::ECS::Service", "LoadBalancers", "load_balancer"},
    {"AWS::ECS::Service", "ContainerName", "container_name"},
    {"AWS::ECS::Service", "ContainerPort", "container_port"},
    {"AWS::ECS::Service", "TargetGroupArn", "target_group_arn"},
    {"AWS::ECS::Service", "NetworkConfiguration", "network_configuration"},
    // Terraform's network_configuration block is the awsvpc configuration itself.
    {"AWS::ECS::Service", "AwsvpcConfiguration", "network_configuration"},
    {"AWS::ECS::Service", "Subnets", "network_configuration.subnets"},
    {"AWS::ECS::Service", "SecurityGroups", "network_configuration.security_groups"},
    {"AWS::ECS::Service", "AssignPublicIp", "network_configuration.assign_public_ip"},
    {"AWS::ECS::Service", "DeploymentController", "deployment_controller"},
    // aws_ecs_task_definition (task level; container_definitions keeps the API's camelCase names)
    {"AWS::ECS::TaskDefinition", "NetworkMode", "network_mode"},
    {"AWS::ECS::TaskDefinition", "RequiresCompatibilities", "requires_compatibilities"},
    {"AWS::ECS::TaskDefinition", "ExecutionRoleArn", "execution_role_arn"},
    {"AWS::ECS::TaskDefinition", "TaskRoleArn", "task_role_arn"},
    {"AWS::ECS::TaskDefinition", "ContainerDefinitions", "container_definitions"},
    {"AWS::ECS::TaskDefinition", "PortMappings", "portMappings"},
    {"AWS::ECS::TaskDefinition", "ContainerPort", "containerPort"},
    {"AWS::ECS::TaskDefinition", "HostPort", "hostPort"},
    {"AWS::ECS::TaskDefinition", "Name", "name"},
    // aws_lb_target_group
    {"AWS::ElasticLoadBalancingV2::TargetGroup", "TargetType", "target_type"},
    {"AWS::ElasticLoadBalancingV2::TargetGroup", "HealthCheckPort", "health_check.port"},
    // aws_lb
    {"AWS::ElasticLoadBalancingV2::LoadBalancer", "SecurityGroups", "security_groups"},
    // aws_security_group's ingress blocks and the rule resources
    {"AWS::EC2::SecurityGroup", "SecurityGroupIngress", "ingress"},
    {"AWS::EC2::SecurityGroup", "IpProtocol", "ingress.protocol"},
    {"AWS::EC2::SecurityGroup", "FromPort", "ingress.from_port"},
    {"AWS::EC2::SecurityGroup", "ToPort", "ingress.to_port"},
    {"AWS::EC2::SecurityGroup", "SourceSecurityGroupId", "ingress.security_groups"},
    {"AWS::EC2::SecurityGroupIngress", "GroupId", "security_group_id"},
    {"AWS::EC2::SecurityGroupIngress", "SourceSecurityGroupId", "referenced_security_group_id"},
    {"AWS::EC2::SecurityGroupIngress", "IpProtocol", "ip_protocol"},
    // aws_route_table_association is CloudFormation's SubnetRouteTableAssociation resource
    {"", "SubnetRouteTableAssociation", "aws_route_table_association"},
    // aws_iam_role
    {"AWS::IAM::Role", "AssumeRolePolicyDocument", "assume_role_policy"},
    {"AWS::IAM::Role", "ManagedPolicyArns", "managed_policy_arns"},
    {"AWS::IAM::Role", "Policies", "inline_policy"},
    // aws_cloudwatch_log_group
    {"AWS::Logs::LogGroup", "LogGroupName", "name"},
    {"AWS::ElasticLoadBalancingV2::Listener", "DefaultActions", "default_action"},
}};

}  // namespace

std::span<const TerraformPropertyName> terraformPropertyNames() { return kNames; }

std::optional<std::string_view> terraformPropertyName(std::string_view resourceType,
                                                      std::string_view property) {
  std::optional<std::string_view> any;
  for (const TerraformPropertyName& name : kNames) {
    if (name.cloudFormation != property) continue;
    if (name.resourceType == resourceType) return name.terraform;
    if (name.resourceType.empty()) any = name.terraform;
  }
  return any;
}

}  // namespace ecslint
