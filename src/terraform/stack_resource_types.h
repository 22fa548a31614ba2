#pragma once
// The Terraform resource types the stack template translates (stack_template.h), each with the
// CloudFormation type it becomes and what CloudFormation's `Ref` of that type returns, as data.
//
// A value that names a planned resource becomes `{"Ref": address}` when Ref returns what the value
// holds, else `{"Fn::GetAtt": [address, "Arn"]}` for an ARN: an IAM role's Ref is its name, a log
// group's its name, a target group's its ARN.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-return-values.html
// (each resource's "Return values" section)

#include <optional>
#include <string_view>

namespace ecslint {

struct StackResourceType {
  std::string_view terraform;       // aws_lb_target_group
  std::string_view cloudFormation;  // AWS::ElasticLoadBalancingV2::TargetGroup
  // The Terraform attributes whose value is what Ref returns (the provider's `id` is that value for
  // every type here but the task definition, whose id is its family).
  std::string_view refAttribute;      // "arn", "id"
  std::string_view refAttributeAlso;  // "name" where the id is the name (roles, log groups), else ""
  bool hasArnAttribute = false;       // Fn::GetAtt Arn exists (roles, log groups)
};

// The entry of a Terraform type whose instances become resources of the template (references to
// them are written), or nullptr. A few types only change others (aws_default_route_table: the VPC's
// main table, which a template cannot name; see stack_translate_network.cpp).
const StackResourceType* stackResourceType(std::string_view terraformType);

// How a template writes a reference to a resource of `type` for the value of its Terraform
// `attribute` ("" when the plan names the instance only): "" for Ref, "Arn" for Fn::GetAtt Arn,
// nothing when neither gives that value (the rules then treat it as unknown).
std::optional<std::string_view> cloudFormationAttributeFor(const StackResourceType& type,
                                                           std::string_view attribute);

}  // namespace ecslint
