#pragma once
// Whether a linted file is, or was plainly meant to be, a task definition or a template holding
// one: a directory walk lints only those, and the language server publishes diagnostics only for
// those. Other JSON and YAML (package.json, tsconfig.json with comments, workflow files,
// Kubernetes manifests) is none of our business.

#include "engine/file_report.h"

namespace ecslint {

// Not read as JSON or YAML: invalid (ECS001), or over a limit (ECS014, ECS015).
bool parseFailed(const FileReport& report);

// A task definition, or a file that did not parse and names what one holds
// ("containerDefinitions", "taskDefinition", AWS::ECS::TaskDefinition).
bool meantAsTaskDefinition(const FileReport& report);

}  // namespace ecslint
