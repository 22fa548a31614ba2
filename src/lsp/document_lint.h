#pragma once
// Linting an open document: its buffer's text under its path, with the configuration, suppressions
// and language the command line would use for that file. Which documents get diagnostics:
//
// - task definitions (the three API shapes) and CloudFormation templates;
// - a document that does not parse (ECS001, ECS014, ECS015) when its text names what a task
//   definition or a template holds ("containerDefinitions", "taskDefinition",
//   AWS::ECS::TaskDefinition), as in a directory walk, or when it was a task definition or a
//   template earlier in this session (an edit broke it);
// - nothing else: other JSON and YAML files get no diagnostics (no ECS013), and neither does
//   .ecslint.json itself.
//
// A document governed by a configuration that cannot be used gets one diagnostic that says so,
// at its start, instead of findings (the command line refuses to lint it).

#include <string>

#include "engine/fixer.h"
#include "lsp/document_store.h"
#include "lsp/workspace.h"

namespace ecslint::lsp {

// Lints versions of one document's text the same way (--fix's LintText for the document).
LintText documentLinter(const OpenDocument& document, const DocumentSettings& settings);

// Lints the document's current text into document.lint and clears `dirty`. Never throws: a broken
// configuration or an internal error becomes the lint's `problem`.
void lintDocument(OpenDocument& document, Workspace& workspace);

bool isConfigurationPath(const std::string& path);

}  // namespace ecslint::lsp
