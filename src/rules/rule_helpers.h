#pragma once
// Small wording helpers shared by rule messages.

#include <string>

#include "check/rule_context.h"
#include "model/task_definition.h"

namespace ecslint {

// How a message names a container or a volume, in the run's language: "container 'web'" (the
// common.container phrases of rules/messages/common.txt).
std::string describeContainer(const FindingReporter& context, const Container& container);
std::string describeVolume(const FindingReporter& context, const Volume& volume);
std::string describeEfsVolume(const FindingReporter& context, const Volume& volume);

// "FARGATE", "EXTERNAL", ... for the first launch type of the task that makes the agent use the
// execution role (for messages such as "on FARGATE").
inline std::string_view executionRoleLaunchType(const LaunchTypes& types) {
  if (types.fargate()) return "FARGATE";
  if (types.includes(LaunchType::External)) return "EXTERNAL";
  if (types.includes(LaunchType::ManagedInstances)) return "MANAGED_INSTANCES";
  return "";
}

// The same, in the run's language, for a message's `{assumed}` argument: " (assumed with
// --launch-type)" (the phrase common.assumed-launch-type after a space), or "" when the file
// declared the launch type.
std::string assumedNote(const FindingReporter& context, const LaunchTypes& types);

}  // namespace ecslint
