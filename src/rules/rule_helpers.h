#pragma once
// Small wording helpers shared by rule messages.

#include <string>

#include "model/task_definition.h"

namespace ecslint {

// "container 'web'", or "a container without a name".
inline std::string describeContainer(const Container& container) {
  if (container.name.known() && !container.name.value.empty()) {
    return "container '" + std::string(container.name.value) + "'";
  }
  return "a container without a name";
}

// "volume 'data'" or "a volume without a name"; with kind "EFS": "EFS volume 'data'" or "an EFS
// volume without a name".
inline std::string describeVolume(const Volume& volume, std::string_view kind = {}) {
  const std::string noun = kind.empty() ? std::string("volume") : std::string(kind) + " volume";
  if (volume.name.known() && !volume.name.value.empty())
    return noun + " '" + std::string(volume.name.value) + "'";
  const bool vowel = std::string_view("AEIOUaeiou").find(noun.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + noun + " without a name";
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

}  // namespace ecslint
