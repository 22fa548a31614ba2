#pragma once
// Small wording helpers shared by rule messages.

#include <string>

#include "check/rule_context.h"
#include "model/task_definition.h"

namespace ecslint {

namespace detail {
// "<noun> 'web'" for a known name or a templated one ('app-{{ env }}': the name the author wrote,
// unknown to ecslint but not missing); "a <noun> whose name ecslint cannot evaluate" for a name
// with no text to quote (a template's `!Join`); "a <noun> without a name" when there is none.
inline std::string describeNamed(std::string_view noun, const StringField& name, std::string_view text) {
  if (name.known() && !name.value.empty()) return std::string(noun) + " '" + std::string(name.value) + "'";
  if (name.unknown() && !text.empty()) return std::string(noun) + " '" + std::string(text) + "'";
  const bool vowel = std::string_view("AEIOUaeiou").find(noun.front()) != std::string_view::npos;
  const std::string article = vowel ? "an " : "a ";
  if (name.unknown()) return article + std::string(noun) + " whose name ecslint cannot evaluate";
  return article + std::string(noun) + " without a name";
}
}  // namespace detail

// How a message names a container or a volume, in the run's language: "container 'web'" (the
// common.container phrases of rules/messages/common.txt).
std::string describeContainer(const RuleContext& context, const Container& container);
std::string describeVolume(const RuleContext& context, const Volume& volume);
std::string describeEfsVolume(const RuleContext& context, const Volume& volume);

// "container 'web'", "container 'acoms-{{ app_name }}'", or "a container without a name".
inline std::string describeContainer(const Container& container) {
  return detail::describeNamed("container", container.name, container.nameText);
}

// "volume 'data'" or "a volume without a name"; with kind "EFS": "EFS volume 'data'" or "an EFS
// volume without a name".
inline std::string describeVolume(const Volume& volume, std::string_view kind = {}) {
  const std::string noun = kind.empty() ? std::string("volume") : std::string(kind) + " volume";
  return detail::describeNamed(noun, volume.name, volume.nameText);
}

// "FARGATE", "EXTERNAL", ... for the first launch type of the task that makes the agent use the
// execution role (for messages such as "on FARGATE").
inline std::string_view executionRoleLaunchType(const LaunchTypes& types) {
  if (types.fargate()) return "FARGATE";
  if (types.includes(LaunchType::External)) return "EXTERNAL";
  if (types.includes(LaunchType::ManagedInstances)) return "MANAGED_INSTANCES";
  return "";
}

// A suffix that says the launch type came from --launch-type rather than the file.
inline std::string_view assumedNote(const LaunchTypes& types) {
  return types.assumed ? " (assumed with --launch-type)" : "";
}

// " (assumed with --launch-type)" in the run's language when the launch type came from
// --launch-type rather than the file, else "": for messages' {assumed} argument, right after the
// launch type it qualifies.
inline std::string assumedNote(const RuleContext& context, const LaunchTypes& types) {
  return types.assumed ? " " + context.phrase("common.launch-type-assumed") : std::string();
}

}  // namespace ecslint
