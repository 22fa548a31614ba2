#pragma once
// Messages of findings on a Terraform plan in Terraform's terms.
//
// Most messages name what to change as the ECS API or CloudFormation does, and respelling
// (model/key_spelling.h, terraform/stack_property_names.h) is enough to give the provider's
// attribute names. Some say how to fix the stack in a template's words ("add an AWS::Logs::LogGroup",
// "SourceSecurityGroupId !GetAtt ...GroupId"); for those the catalogue holds a variant with the same
// arguments, `<id>.terraform`, that says it in Terraform's resources and blocks.

#include "check/finding.h"
#include "message/language.h"

namespace ecslint {

// Renders `finding` with its message's `.terraform` variant, when the catalogue has one.
void useTerraformWording(Finding& finding, Language language);

}  // namespace ecslint
