#include "lsp/code_actions.h"

#include <algorithm>

#include "lsp/diagnostics.h"
#include "lsp/document_lint.h"
#include "message/message_catalogue.h"

namespace ecslint::lsp {
namespace {

// Whether an action of `kind` is wanted: `only` names kinds and their sub-kinds ("source" asks
// for "source.fixAll.ecslint").
bool wanted(const CodeActionRequest& request, std::string_view kind) {
  if (request.only.empty()) return true;
  return std::any_of(request.only.begin(), request.only.end(), [kind](const std::string& only) {
    return kind == only || (kind.starts_with(only) && kind[only.size()] == '.');
  });
}

bool overlaps(ByteRange finding, ByteRange requested) {
  return finding.begin <= requested.end && requested.begin <= finding.end;
}

Value action(std::string_view title, std::string_view kind, Value& edit, Allocator& allocator) {
  Value value(rapidjson::kObjectType);
  value.AddMember("title", text(title, allocator), allocator);
  value.AddMember("kind", text(kind, allocator), allocator);
  value.AddMember("edit", edit, allocator);
  return value;
}

Value editsValue(const SourceText& source, const std::vector<TextEdit>& edits, PositionEncoding encoding,
                 Allocator& allocator) {
  Value values(rapidjson::kArrayType);
  for (const TextEdit& edit : edits) {
    Value value(rapidjson::kObjectType);
    value.AddMember("range", rangeValue(source, edit.range, encoding, allocator), allocator);
    value.AddMember("newText", text(edit.replacement, allocator), allocator);
    values.PushBack(value, allocator);
  }
  return values;
}

// The one edit that turns `before` into `after`: the part between their common prefix and suffix.
TextEdit differingPart(std::string_view before, std::string_view after) {
  std::size_t prefix = 0;
  while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) {
    ++suffix;
  }
  return {{static_cast<std::uint32_t>(prefix), static_cast<std::uint32_t>(before.size() - suffix)},
          std::string(after.substr(prefix, after.size() - prefix - suffix))};
}

}  // namespace

Value codeActions(const OpenDocument& document, const DocumentSettings& settings,
                  const CodeActionRequest& request, PositionEncoding encoding,
                  const EditCapabilities& capabilities, Allocator& allocator) {
  Value actions(rapidjson::kArrayType);
  const LintResult& lint = document.lint;
  if (!lint.report || settings.linter == nullptr) return actions;
  const FileReport& report = *lint.report;
  const SourceText& source = *report.source;

  std::vector<const Finding*> here;
  for (const Finding& finding : report.findings) {
    if (overlaps(finding.range, request.range)) here.push_back(&finding);
  }
  if (wanted(request, "quickfix")) {
    const auto fixes =
        std::count_if(here.begin(), here.end(), [](const Finding* f) { return f->fix.has_value(); });
    for (const Finding* finding : here) {
      if (!finding->fix) continue;
      Value edits = editsValue(source, finding->fix->edits, encoding, allocator);
      Value edit = workspaceEdit(document.uri, lint.version, edits, capabilities, allocator);
      Value fix = action(finding->fix->description, "quickfix", edit, allocator);
      Value diagnostics(rapidjson::kArrayType);
      diagnostics.PushBack(
          diagnosticValue(*finding, source, document.uri, encoding, lint.language, allocator), allocator);
      fix.AddMember("diagnostics", diagnostics, allocator);
      if (fixes == 1) fix.AddMember("isPreferred", true, allocator);
      actions.PushBack(fix, allocator);
    }
    std::vector<std::string_view> rules;
    for (const Finding* finding : here) {
      if (std::find(rules.begin(), rules.end(), finding->rule->id) != rules.end() || !document.path ||
          !request.configurationEditable) {
        continue;
      }
      rules.push_back(finding->rule->id);
      auto edit = ignoreRuleEdit(*document.path, settings.config, finding->rule->id, capabilities, encoding,
                                 allocator);
      if (!edit) continue;
      const std::string title =
          renderMessage(lint.language, "lsp.action.ignore-rule", {{"rule", std::string(finding->rule->id)}});
      actions.PushBack(action(title, "quickfix", *edit, allocator), allocator);
    }
  }
  if (wanted(request, kFixAllKind) && report.isTaskDefinition &&
      std::any_of(report.findings.begin(), report.findings.end(), [](const Finding& f) { return f.fix; })) {
    try {
      const FileReport fixed = lintAndFix(documentLinter(document, settings), document.text);
      if (fixed.fixed > 0 && fixed.source->bytes() != document.text) {
        Value edits =
            editsValue(source, {differingPart(document.text, fixed.source->bytes())}, encoding, allocator);
        Value edit = workspaceEdit(document.uri, lint.version, edits, capabilities, allocator);
        actions.PushBack(
            action(renderMessage(lint.language, "lsp.action.fix-all"), kFixAllKind, edit, allocator),
            allocator);
      }
    } catch (const std::logic_error&) {
      // A fix that would break the document is a defect the command line reports; here the
      // action is simply not offered.
    }
  }
  return actions;
}

}  // namespace ecslint::lsp
