#pragma once
// Where the properties of AWS::ECS::TaskDefinition differ from RegisterTaskDefinition's members,
// beyond how each is spelt (model/key_spelling.h). A template is checked against the API's schema
// (schemas/task-definition.schema.json), through this table:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html
// and the resource's registry schema (../shared/reference/cloudformation/aws-ecs-taskdefinition.json;
// tests/test_schema_cloudformation.cpp fails when the two drift apart).
//
// What is not here is deliberate: CloudFormation's schema leaves out many nested "required"
// lists the API has (a health check's command, a dependency's condition); the ECS handler still
// enforces them when the stack deploys, so the API's lists stay.

#include <span>
#include <string_view>

namespace ecslint {

struct CloudFormationDifference {
  enum class Kind : unsigned char {
    NotAProperty,  // the API's member is not a property of the resource (ECS003 in a template)
    NotRequired,   // required by the API, optional in a template (CloudFormation fills it in)
  };
  std::string_view canonicalPath;  // as model/key_spelling.h names members
  Kind kind;
};

std::span<const CloudFormationDifference> cloudFormationDifferences();
bool hasCloudFormationDifference(std::string_view canonicalPath, CloudFormationDifference::Kind kind);

}  // namespace ecslint
