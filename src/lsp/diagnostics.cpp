#include "lsp/diagnostics.h"

#include "catalogue/rule_page.h"

namespace ecslint::lsp {
namespace {

// DiagnosticSeverity: Error 1, Warning 2, Information 3.
int severityValue(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return 1;
    case Severity::Warning:
      return 2;
    case Severity::Note:
      return 3;
  }
  return 1;
}

Value positionValue(LspPosition position, Allocator& allocator) {
  Value value(rapidjson::kObjectType);
  value.AddMember("line", position.line, allocator);
  value.AddMember("character", position.character, allocator);
  return value;
}

}  // namespace

Value rangeValue(const SourceText& source, ByteRange range, PositionEncoding encoding, Allocator& allocator) {
  Value value(rapidjson::kObjectType);
  value.AddMember("start", positionValue(positionAt(source, range.begin, encoding), allocator), allocator);
  value.AddMember("end", positionValue(positionAt(source, range.end, encoding), allocator), allocator);
  return value;
}

Value diagnosticValue(const Finding& finding, const SourceText& source, std::string_view uri,
                      PositionEncoding encoding, Language language, Allocator& allocator) {
  Value diagnostic(rapidjson::kObjectType);
  diagnostic.AddMember("range", rangeValue(source, finding.range, encoding, allocator), allocator);
  diagnostic.AddMember("severity", severityValue(finding.severity), allocator);
  diagnostic.AddMember("code", text(finding.rule->id, allocator), allocator);
  Value description(rapidjson::kObjectType);
  description.AddMember("href", text(rulePageUrl(*finding.rule, language), allocator), allocator);
  diagnostic.AddMember("codeDescription", description, allocator);
  diagnostic.AddMember("source", "ecslint", allocator);
  diagnostic.AddMember("message", text(finding.message, allocator), allocator);
  if (!finding.related.empty()) {
    Value related(rapidjson::kArrayType);
    for (const RelatedLocation& location : finding.related) {
      Value place(rapidjson::kObjectType);
      place.AddMember("uri", text(uri, allocator), allocator);
      place.AddMember("range", rangeValue(source, location.range, encoding, allocator), allocator);
      Value information(rapidjson::kObjectType);
      information.AddMember("location", place, allocator);
      information.AddMember("message", text(location.message, allocator), allocator);
      related.PushBack(information, allocator);
    }
    diagnostic.AddMember("relatedInformation", related, allocator);
  }
  // An unused suppression is code that does nothing: editors fade it (DiagnosticTag.Unnecessary).
  if (finding.rule->id == "ECS012") {
    Value tags(rapidjson::kArrayType);
    tags.PushBack(1, allocator);
    diagnostic.AddMember("tags", tags, allocator);
  }
  return diagnostic;
}

Value diagnosticsValue(const LintResult& lint, std::string_view uri, PositionEncoding encoding,
                       Allocator& allocator) {
  Value diagnostics(rapidjson::kArrayType);
  if (!lint.problem.empty()) {
    Value diagnostic(rapidjson::kObjectType);
    Value range(rapidjson::kObjectType);
    range.AddMember("start", positionValue({}, allocator), allocator);
    range.AddMember("end", positionValue({}, allocator), allocator);
    diagnostic.AddMember("range", range, allocator);
    diagnostic.AddMember("severity", 1, allocator);
    diagnostic.AddMember("source", "ecslint", allocator);
    diagnostic.AddMember("message", text(lint.problem, allocator), allocator);
    diagnostics.PushBack(diagnostic, allocator);
  }
  if (!lint.report) return diagnostics;
  for (const Finding& finding : lint.report->findings) {
    diagnostics.PushBack(
        diagnosticValue(finding, *lint.report->source, uri, encoding, lint.language, allocator), allocator);
  }
  return diagnostics;
}

}  // namespace ecslint::lsp
