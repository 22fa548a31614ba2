#pragma once
// The pipeline for one input: bytes -> JSON document with positions -> input shape ->
// task-definition model -> schema validation and rule checks -> sorted findings.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "engine/finding.h"
#include "engine/rule_selection.h"
#include "model/task_definition.h"
#include "rules/rule_table.h"
#include "source/source_text.h"

namespace ecslint {

struct LintOptions {
  std::optional<LaunchType> launchType;  // --launch-type: assumed when the file does not say
};

struct FileReport {
  std::unique_ptr<SourceText> source;
  std::vector<Finding> findings;          // sorted by position, then rule id
  bool isTaskDefinition = false;          // false: not JSON, or JSON of another kind (ECS001/ECS013)
  // Set by --fix and --diff (fix/fixer.h): the bytes before fixing, while `source` holds the fixed
  // text and `findings` what remains; `fixed` counts the findings the fixes resolved.
  std::optional<std::string> unfixedBytes;
  std::size_t fixed = 0;
};

class Linter {
 public:
  Linter(const RuleCatalogue& catalogue, RuleSelection selection, LintOptions options);

  FileReport lint(std::string name, std::string bytes) const;

  const RuleCatalogue& catalogue() const { return *catalogue_; }

 private:
  void add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
           std::string message) const;

  struct EnabledCheck {
    const RuleInfo* rule;
    CheckFunction check;
  };

  const RuleCatalogue* catalogue_;
  RuleSelection selection_;
  std::vector<EnabledCheck> checks_;  // resolved once, run for every file
  bool schemaEnabled_ = false;        // some rule of the schema stage (ECS003-ECS008, ECS010) is on
  LintOptions options_;
};

}  // namespace ecslint
