#pragma once
// How each front end spells the members of a task definition.
//
// The model names every member by its canonical path in the ECS API
// (`containerDefinitions[].portMappings[].hostPort`); a front end writes the last segment its own
// way. CloudFormation upper-cases the first letter (`HostPort`), with six exceptions that are
// acronyms or renames, listed here as data. Messages name a field as the user wrote it, and a
// front end maps what it reads back to the canonical name. Free-form map keys (`dockerLabels`,
// `logConfiguration.options`) are values, not members: they are never respelt.
// Source: the CloudFormation resource schema of AWS::ECS::TaskDefinition compared with the ECS API
// model (tests/test_key_spelling.cpp holds the two together when ../shared is present).

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecslint {

enum class Dialect : unsigned char { EcsApi, CloudFormation };

// The key `dialect` writes for the member at `canonicalPath`.
std::string spellKey(Dialect dialect, std::string_view canonicalPath);

// The API name of a key written `written` in `dialect` inside the object at `parentPath` ("" for the
// task definition itself). The result is only a candidate: whether the member exists is the
// schema's question.
std::string canonicalKey(Dialect dialect, std::string_view parentPath, std::string_view written);

// The same without the parent's path, for readers that match members by name as they go: the
// exceptions' CloudFormation names (`EFSVolumeConfiguration`, `FilesystemId`, `IAM`…) appear
// nowhere else, so the name alone decides.
std::string canonicalKeyAnywhere(Dialect dialect, std::string_view written);

// A message written with API member names, with those names in `dialect`'s spelling, so a
// template's findings name fields as the template writes them ("has no LogConfiguration",
// "HealthCheck.Interval"). `apiNames` (sorted) are the names to respell; a name is respelt when it
// is camelCase (single words such as `memory` read as English too) or follows a respelt name and a
// '.'. Text in double quotes (AWS's own error messages, which users search for) stays as it is.
std::string respellMemberNames(std::string_view message, Dialect dialect,
                               const std::vector<std::string_view>& apiNames);

// Each whole word of `message` outside double quotes for which `spell` gives a name, replaced by it.
std::string respellNames(std::string_view message,
                         const std::function<std::optional<std::string>(std::string_view)>& spell);

// A message written with API member names, with the task-level ones in the spelling of Terraform's
// `aws_ecs_task_definition` (`executionRoleArn` -> `execution_role_arn`), so a plan's findings name
// attributes as the configuration writes them. Names inside `container_definitions` (a JSON string
// of the API's own shape) and text in double quotes stay as they are.
std::string respellForTerraform(std::string_view message);

}  // namespace ecslint
