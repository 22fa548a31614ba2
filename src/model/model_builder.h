#pragma once
// Builds the typed TaskDefinition from a parsed document in one pass over its members.

#include <optional>

#include "json/json_document.h"
#include "model/input_shape.h"
#include "model/task_definition.h"

namespace ecslint {

// `assumedLaunchType` is --launch-type: used when the file does not say (no
// requiresCompatibilities, or a bare container list).
TaskDefinition buildTaskDefinition(const JsonDocument& document, const InputShapeInfo& shape,
                                   std::optional<LaunchType> assumedLaunchType);

// The API spelling of a launch type ("FARGATE"), and back.
std::string_view launchTypeName(LaunchType type);
std::optional<LaunchType> parseLaunchType(std::string_view name);

}  // namespace ecslint
