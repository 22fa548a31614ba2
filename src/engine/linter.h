#pragma once
// The pipeline for one input: bytes -> document with positions (JSON or YAML) -> the task
// definitions in it (an API input shape, or every AWS::ECS::TaskDefinition of a CloudFormation
// template) -> for each, the model, schema validation and rule checks -> sorted findings.

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "check/finding.h"
#include "check/rule_options.h"
#include "cloudformation/template_resources.h"
#include "document/document.h"
#include "engine/file_report.h"
#include "engine/rule_selection.h"
#include "engine/suppression.h"
#include "model/task_definition.h"
#include "rules/rule_table.h"
#include "source/source_text.h"
#include "terraform/plan_resources.h"

namespace ecslint {

// What ecslint reads of one input at most, so that time and memory stay bounded whatever the
// input (ECS015; nesting depth is fixed at Document::kMaxDepth, ECS014). Tests lower them.
struct InputLimits {
  std::size_t maxBytes = kDefaultMaxBytes;         // larger files are not parsed
  std::uint32_t maxValues = Document::kMaxValues;  // values read before stopping

  // 64 MiB: a Terraform plan (`terraform show -json`) of a few thousand task definitions with the
  // resources around them is tens of MB (bench/terraform_plan.h: 2,000 in 51 MB), so a real plan
  // fits; small enough that a file's bytes, line index and DOM stay within a few hundred MB in the
  // worst case (docs/performance.md, "Terraform plans").
  static constexpr std::size_t kDefaultMaxBytes = std::size_t{64} << 20;
};

struct LintOptions {
  LintOptions() = default;
  // LintOptions{launchType}: what most callers need, without listing every member.
  explicit LintOptions(std::optional<LaunchType> assumedLaunchType) : launchType(assumedLaunchType) {}

  std::optional<LaunchType> launchType;  // --launch-type: assumed when the file does not say
  // The configuration's per-rule `severity`: (rule, severity) pairs, applied to every finding of
  // the rule, whatever severity the check chose.
  std::vector<std::pair<const RuleInfo*, Severity>> severities;
  RuleOptions ruleOptions;  // the configuration's `rule_options`, read by checks
  InputLimits limits = {};
  // Whether findings carry their fixes' edits: SARIF output, --fix and --diff need them; text, JSON
  // and GitHub output do not, and building the edits is a few percent of a run with many findings.
  bool computeFixes = true;
  Language language = Language::English;  // of messages and fix titles
  // Whether fix titles and related locations' messages are rendered: JSON and SARIF show them (and
  // the language server will); text and GitHub output show neither, and rendering them was a
  // sixtieth of a text run over the corpus. Their places and edits are there either way.
  bool describeDetails = true;
};

class Linter {
 public:
  Linter(const RuleCatalogue& catalogue, RuleSelection selection, LintOptions options);

  // `ignores`: the configuration's per_file_ignores entries that apply to this file.
  FileReport lint(std::string name, std::string bytes, std::span<const ExternalIgnore> ignores = {}) const;

  const RuleCatalogue& catalogue() const { return *catalogue_; }
  const RuleSelection& selection() const { return selection_; }
  Language language() const { return options_.language; }

 private:
  // False when the file already has kMaxFindingsPerFile findings (the finding is dropped).
  bool add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
           std::string message) const;
  // The same with the catalogue's message `messageId`, rendered in the run's language.
  bool add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
           std::string_view messageId, MessageArgs arguments) const;
  void finish(FileReport& report, const Document* document, std::span<const TaskDefinition> tasks,
              std::span<const ExternalIgnore> ignores) const;
  // Schema stage and checks for one task definition; its findings are appended to `report`.
  void checkTask(FileReport& report, const Document& document, const TaskDefinition& task,
                 Dialect dialect) const;
  void lintTemplate(FileReport& report, const Document& document, std::vector<TaskDefinition>& tasks) const;
  void checkTemplateTask(FileReport& report, const Document& document, const TemplateOutline& outline,
                         const TaskDefinition& task) const;
  void checkStack(FileReport& report, const Stack& stack) const;
  // Terraform's JSON output (lint_terraform.cpp): every aws_ecs_task_definition the plan creates or
  // changes, checked as the API receives it, its findings on the plan's characters.
  void lintTerraform(FileReport& report, const Document& plan, TerraformOutput kind) const;
  // `launchType`: as --launch-type, or the launch type of the service at `serviceAddress`.
  void checkTerraformTask(FileReport& report, const Document& plan, const PlanResource& resource,
                          std::optional<LaunchType> launchType, std::string_view serviceAddress) const;
  // A value inside the file that could not be read (a container_definitions string that is not
  // JSON): an error whatever the selection says, as an unreadable file is, because its task went
  // unchecked.
  // `wrapId`: a message that says which value, around the loader's (its argument `message`).
  void reportUnreadableValue(FileReport& report, const DocumentError& error,
                             std::string_view wrapId = {}) const;
  // ECS002 for each member that repeats an earlier name in `document`.
  void reportDuplicates(FileReport& report, const Document& document) const;
  void noteFindingLimit(FileReport& report) const;
  void reportUnreadable(FileReport& report, std::string_view ruleId, ByteRange range, MessageData message,
                        std::span<const ExternalIgnore> ignores) const;

  struct EnabledCheck {
    const RuleInfo* rule;
    CheckFunction check;
  };

  const RuleCatalogue* catalogue_;
  RuleSelection selection_;
  struct EnabledStackCheck {
    const RuleInfo* rule;
    StackCheckFunction check;
  };

  std::vector<EnabledCheck> checks_;            // resolved once, run for every file
  std::vector<EnabledStackCheck> stackChecks_;  // resolved once, run for every template
  bool schemaEnabled_ = false;                  // some rule of the schema stage (ECS003-ECS008, ECS010) is on
  LintOptions options_;
};

}  // namespace ecslint
