#include "engine/linter.h"

#include <algorithm>

#include "engine/finding_limits.h"
#include "json/json_document.h"
#include "model/input_shape.h"
#include "model/model_builder.h"
#include "support/thousands.h"

namespace ecslint {
namespace {

// How much of a file over the size limit is kept (see Linter::lint).
constexpr std::size_t kOversizedPrefix = 64 * 1024;

// "16 MiB", or "300 bytes" for limits that are not whole mebibytes (tests lower them).
std::string sizeName(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

Linter::Linter(const RuleCatalogue& catalogue, RuleSelection selection, LintOptions options)
    : catalogue_(&catalogue), selection_(std::move(selection)), options_(options) {
  for (const RuleImplementation& implementation : ruleImplementations()) {
    if (implementation.stage != RuleStage::Check) continue;
    const RuleInfo* rule = catalogue.find(implementation.id);
    if (rule != nullptr && selection_.enabled(*rule)) checks_.push_back({rule, implementation.check});
  }
}

bool Linter::add(FileReport& report, std::string_view ruleId, ByteRange range, std::string pointer,
                 std::string message) const {
  if (report.findings.size() >= kMaxFindingsPerFile) return false;
  const RuleInfo* rule = catalogue_->find(ruleId);
  if (rule == nullptr || !selection_.enabled(*rule)) return true;
  clipMessage(message);
  report.findings.push_back(Finding{rule, rule->severity, std::move(message), range, std::move(pointer), {}});
  return true;
}

// Says so when the file reached kMaxFindingsPerFile (RuleContext and add() drop the rest).
void Linter::noteFindingLimit(FileReport& report) const {
  if (report.findings.size() < kMaxFindingsPerFile) return;
  const RuleInfo* rule = catalogue_->find("ECS015");
  if (rule == nullptr || !selection_.enabled(*rule)) return;
  report.findings.push_back(Finding{rule,
                                    rule->severity,
                                    "this file reached " + withThousands(kMaxFindingsPerFile) +
                                        " findings, the most ecslint reports for one file; any further "
                                        "findings were dropped",
                                    ByteRange{0, 0},
                                    "",
                                    {}});
}

FileReport Linter::lint(std::string name, std::string bytes) const {
  FileReport report;
  if (bytes.size() > options_.limits.maxBytes) {
    // Not parsed: keep only the start, enough to show line 1 and to tell whether a file found in a
    // directory was meant to be a task definition (cli/run.cpp).
    bytes.resize(std::min<std::size_t>(bytes.size(), kOversizedPrefix));
    report.source = std::make_unique<SourceText>(std::move(name), std::move(bytes));
    add(report, "ECS015", ByteRange{0, 0}, "",
        "the file is larger than " + sizeName(options_.limits.maxBytes) +
            ", the most ecslint reads, so it was not checked (a task definition is a few kilobytes)");
    return report;
  }
  report.source = std::make_unique<SourceText>(std::move(name), std::move(bytes));
  const SourceText& source = *report.source;

  auto parsed = JsonDocument::parse(source, options_.limits.maxValues);
  if (!parsed) {
    const JsonError& error = parsed.error();
    const std::string_view rule = error.kind == JsonError::Kind::TooDeep    ? "ECS014"
                                  : error.kind == JsonError::Kind::TooLarge ? "ECS015"
                                                                            : "ECS001";
    add(report, rule, error.range, "", error.message);
    return report;
  }
  const JsonDocument& document = *parsed;
  for (const DuplicateKey& duplicate : document.duplicateKeys()) {
    const auto first = source.position(document.node(duplicate.first).keySpan.begin);
    const bool added =
        add(report, "ECS002", document.node(duplicate.repeated).keySpan, document.pointer(duplicate.repeated),
            "duplicate key '" + std::string(document.keyName(duplicate.repeated)) + "' (first at line " +
                std::to_string(first.line) + "); JSON parsers keep only the last one, so the earlier " +
                "value is silently ignored");
    if (!added) break;
  }

  const std::optional<InputShapeInfo> shape = detectInputShape(document);
  if (!shape) {
    add(report, "ECS013", ByteRange{document.node(0).span.begin, document.node(0).span.begin + 1}, "",
        "this JSON is not an ECS task definition: expected RegisterTaskDefinition input (an object "
        "with \"containerDefinitions\"), describe-task-definition output ({\"taskDefinition\": ...}) "
        "or an array of container definitions");
    noteFindingLimit(report);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.range.begin < b.range.begin; });
    return report;
  }
  report.isTaskDefinition = true;

  const TaskDefinition task = buildTaskDefinition(document, *shape, options_.launchType);
  for (const EnabledCheck& enabled : checks_) {
    RuleContext context(document, task, *enabled.rule, report.findings);
    enabled.check(context);
  }
  noteFindingLimit(report);

  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.rule->id < b.rule->id;
  });
  return report;
}

}  // namespace ecslint
