#pragma once
// Builds the typed TaskDefinition from a parsed document in one pass over its members.

#include <optional>

#include "document/document.h"
#include "model/input_shape.h"
#include "model/key_spelling.h"
#include "model/task_definition.h"
#include "model/value_resolver.h"

namespace ecslint {

// `assumedLaunchType` is --launch-type: used when the file does not say (no
// requiresCompatibilities, or a bare container list). `dialect` is how the file spells members;
// `resolver` evaluates a template's intrinsic functions (null for API JSON).
TaskDefinition buildTaskDefinition(const Document& document, const InputShapeInfo& shape,
                                   std::optional<LaunchType> assumedLaunchType,
                                   Dialect dialect = Dialect::EcsApi,
                                   const ValueResolver* resolver = nullptr);

// The API spelling of a launch type ("FARGATE"), and back.
std::string_view launchTypeName(LaunchType type);
std::optional<LaunchType> parseLaunchType(std::string_view name);

}  // namespace ecslint
