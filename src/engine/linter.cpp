#include "engine/linter.h"

#include <algorithm>

#include "json/json_document.h"
#include "model/input_shape.h"
#include "model/model_builder.h"
#include "schema/schema_check.h"

namespace ecslint {

Linter::Linter(const RuleCatalogue& catalogue, RuleSelection selection, LintOptions options)
    : catalogue_(&catalogue), selection_(std::move(selection)), options_(options) {
  for (const RuleImplementation& implementation : ruleImplementations()) {
    const RuleInfo* rule = catalogue.find(implementation.id);
    if (rule == nullptr || !selection_.enabled(*rule)) continue;
    if (implementation.stage == RuleStage::Check) checks_.push_back({rule, implementation.check});
    if (implementation.stage == RuleStage::Schema) schemaEnabled_ = true;
  }
}

void Linter::add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
                 std::string message) const {
  const RuleInfo* rule = catalogue_->find(ruleId);
  if (rule == nullptr || !selection_.enabled(*rule)) return;
  report.findings.push_back(Finding{rule, rule->severity, std::move(message), range, std::move(pointer), {}});
}

FileReport Linter::lint(std::string name, std::string bytes) const {
  FileReport report;
  report.source = std::make_unique<SourceText>(std::move(name), std::move(bytes));
  const SourceText& source = *report.source;

  auto parsed = JsonDocument::parse(source);
  if (!parsed) {
    const JsonError& error = parsed.error();
    add(report, error.kind == JsonError::Kind::TooDeep ? "ECS014" : "ECS001", error.range, "",
        error.message);
    return report;
  }
  const JsonDocument& document = *parsed;
  for (const DuplicateKey& duplicate : document.duplicateKeys()) {
    const auto first = source.position(document.node(duplicate.first).keySpan.begin);
    add(report, "ECS002", document.node(duplicate.repeated).keySpan, document.pointer(duplicate.repeated),
        "duplicate key '" + std::string(document.keyName(duplicate.repeated)) + "' (first at line " +
            std::to_string(first.line) + "); JSON parsers keep only the last one, so the earlier " +
            "value is silently ignored");
  }

  const std::optional<InputShapeInfo> shape = detectInputShape(document);
  if (!shape) {
    add(report, "ECS013", ByteRange{document.node(0).span.begin, document.node(0).span.begin + 1}, "",
        "this JSON is not an ECS task definition: expected RegisterTaskDefinition input (an object "
        "with \"containerDefinitions\"), describe-task-definition output ({\"taskDefinition\": ...}) "
        "or an array of container definitions");
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.range.begin < b.range.begin; });
    return report;
  }
  report.isTaskDefinition = true;

  if (schemaEnabled_) {
    for (SchemaFinding& finding : checkSchema(document, *shape)) {
      const std::string pointer = finding.target.node == kNoNode ? "" : document.pointer(finding.target.node);
      add(report, finding.rule, resolveTarget(document, finding.target), pointer, std::move(finding.message));
    }
  }

  const TaskDefinition task = buildTaskDefinition(document, *shape, options_.launchType);
  for (const EnabledCheck& enabled : checks_) {
    RuleContext context(document, task, *enabled.rule, report.findings);
    enabled.check(context);
  }

  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.rule->id < b.rule->id;
  });
  return report;
}

}  // namespace ecslint
