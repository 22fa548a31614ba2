#pragma once
// The stack rules' messages name CloudFormation properties (`TargetType`, `NetworkConfiguration`,
// `ContainerName`); for a finding from a Terraform plan (stack_template.h) the name a Terraform user
// writes is the provider's attribute (`target_type`, `network_configuration`, `container_name`).
// This is that respelling, as data, per CloudFormation resource type: the same CloudFormation name
// is a different attribute on different resources (a service's `ContainerPort` is `container_port`,
// a container's is `containerPort` inside container_definitions, which keeps the API's names).
// Names that only the model's task definition checks use are the view's business, not this table's.

#include <optional>
#include <span>
#include <string_view>

namespace ecslint {

struct TerraformPropertyName {
  std::string_view resourceType;    // the CloudFormation type: "AWS::ECS::Service"; "" for any
  std::string_view cloudFormation;  // "ContainerPort"
  std::string_view terraform;       // "container_port"; a dotted path for nested blocks
};

// Every entry, as the stack messages (rules/messages/stack-*.txt) and the stack template's keys use
// them (ECS802's {field} is the template's key: ExecutionRoleArn).
std::span<const TerraformPropertyName> terraformPropertyNames();

// The Terraform name of `property` of a resource of `resourceType`: that type's entry, else one for
// any type; nothing when the name is not a property the stack template writes.
std::optional<std::string_view> terraformPropertyName(std::string_view resourceType,
                                                      std::string_view property);

}  // namespace ecslint
