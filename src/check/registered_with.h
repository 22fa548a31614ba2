#pragma once
// Which tool registers a project's task definitions (`registered_with` in .ecslint.json,
// --registered-with). The AWS CLI sends the file as written; the GitHub deploy action
// (aws-actions/amazon-ecs-deploy-task-definition) first deletes every empty value (null, "", [] and
// {}, recursively) and the describe-only members in its IGNORED_TASK_DEFINITION_ATTRIBUTES, so under
// it ECS010 and those members' ECS009 findings describe nothing that reaches ECS.

#include <array>
#include <optional>
#include <string_view>

namespace ecslint {

enum class RegisteredWith { AwsCli, DeployAction };

inline constexpr std::array<std::string_view, 2> kRegisteredWithNames = {"aws-cli", "deploy-action"};

constexpr std::optional<RegisteredWith> parseRegisteredWith(std::string_view name) {
  if (name == "aws-cli") return RegisteredWith::AwsCli;
  if (name == "deploy-action") return RegisteredWith::DeployAction;
  return std::nullopt;
}

}  // namespace ecslint
