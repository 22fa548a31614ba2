#include "engine/linter.h"

#include <algorithm>

#include "json/json_document.h"
#include "model/input_shape.h"
#include "model/model_builder.h"

namespace ecslint {

Linter::Linter(const RuleCatalogue& catalogue, RuleSelection selection, LintOptions options)
    : catalogue_(&catalogue), selection_(std::move(selection)), options_(std::move(options)) {
  for (const RuleImplementation& implementation : ruleImplementations()) {
    if (implementation.stage != RuleStage::Check) continue;
    const RuleInfo* rule = catalogue.find(implementation.id);
    if (rule != nullptr && selection_.enabled(*rule)) checks_.push_back({rule, implementation.check});
  }
}

void Linter::add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
                 std::string message) const {
  const RuleInfo* rule = catalogue_->find(ruleId);
  if (rule == nullptr || !selection_.enabled(*rule)) return;
  report.findings.push_back(Finding{rule, rule->severity, std::move(message), range, std::move(pointer), {}});
}

// The steps every report ends with, whatever stage stopped the pipeline: suppressions (and ECS012),
// then the configuration's severities.
void Linter::finish(FileReport& report, const JsonDocument* document, const TaskDefinition* task,
                    std::span<const ExternalIgnore> ignores) const {
  applySuppressions(*catalogue_, selection_, document, task, ignores, report.findings, report.suppressed,
                    report.externalIgnoresUsed);
  for (const auto& [rule, severity] : options_.severities) {
    for (Finding& finding : report.findings) {
      if (finding.rule == rule) finding.severity = severity;
    }
    for (SuppressedFinding& entry : report.suppressed) {
      if (entry.finding.rule == rule) entry.finding.severity = severity;
    }
  }
}

FileReport Linter::lint(std::string name, std::string bytes, std::span<const ExternalIgnore> ignores) const {
  FileReport report;
  report.source = std::make_unique<SourceText>(std::move(name), std::move(bytes));
  const SourceText& source = *report.source;

  auto parsed = JsonDocument::parse(source);
  if (!parsed) {
    const JsonError& error = parsed.error();
    add(report, error.kind == JsonError::Kind::TooDeep ? "ECS014" : "ECS001", error.range, "",
        error.message);
    finish(report, nullptr, nullptr, ignores);
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
    finish(report, nullptr, nullptr, ignores);
    return report;
  }
  report.isTaskDefinition = true;

  const TaskDefinition task = buildTaskDefinition(document, *shape, options_.launchType);
  for (const EnabledCheck& enabled : checks_) {
    RuleContext context(document, task, *enabled.rule, report.findings, options_.ruleOptions);
    enabled.check(context);
  }

  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.rule->id < b.rule->id;
  });
  finish(report, &document, &task, ignores);
  return report;
}

}  // namespace ecslint
