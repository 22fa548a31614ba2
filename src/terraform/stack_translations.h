#pragma once
// How each planned resource is respelt into the CloudFormation resource the stack readers read
// (src/stack/): one function per Terraform type, each writing exactly the properties a reader looks
// at, in CloudFormation's names and shapes, through the StackWriter. Terraform attribute names are
// the AWS provider's (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/<type>).

#include <cstdint>
#include <string_view>

#include "terraform/stack_writer.h"

namespace ecslint {

// Translates the resource if its type is one of the stack's; false (nothing written) otherwise.
bool translateTaskDefinition(StackWriter& writer, std::uint32_t resource, std::string_view type);
bool translateLoadBalancing(StackWriter& writer, std::uint32_t resource, std::string_view type);
bool translateNetwork(StackWriter& writer, std::uint32_t resource, std::string_view type);
bool translateIam(StackWriter& writer, std::uint32_t resource, std::string_view type);

// Before any translation: which role each aws_iam_role_policy_attachment attaches to.
void indexRoleAttachments(StackWriter& writer);

}  // namespace ecslint
