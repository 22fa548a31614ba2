#pragma once
// What linting one file produced: its text, its findings, what suppressions and the baseline took
// out of them, and what --fix did. The reporters read this and nothing else of the pipeline.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "engine/suppression.h"
#include "source/source_text.h"

namespace ecslint {

struct FileReport {
  std::unique_ptr<SourceText> source;
  std::vector<Finding> findings;  // sorted by position, then rule id
  bool isTaskDefinition = false;  // false: unreadable, or not a task definition nor a template with one
  bool isTemplate = false;        // a CloudFormation template (with or without task definitions)
  bool isTerraformPlan = false;   // Terraform's JSON output, a plan or a state (with or without them)
  std::vector<SuppressedFinding> suppressed;  // findings a suppression matched, sorted like findings
  std::vector<bool> externalIgnoresUsed;      // per ExternalIgnore given to lint(): did it match?
  // --baseline (cli/baseline.h): findings the baseline already records, moved out of `findings`.
  // They do not count; SARIF keeps them as baselineState "unchanged", other outputs leave them out.
  std::vector<Finding> baselined;
  // Set by --fix and --diff (engine/fixer.h) for a task definition: the bytes before fixing, while `source`
  // holds the fixed text and `findings` what remains; `fixed` counts the findings the fixes resolved.
  std::optional<std::string> unfixedBytes;
  std::size_t fixed = 0;
};

}  // namespace ecslint
