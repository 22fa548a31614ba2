#include "lsp/hover.h"

#include <algorithm>
#include <vector>

#include "catalogue/rule_page.h"
#include "lsp/diagnostics.h"

namespace ecslint::lsp {

Value hoverValue(const LintResult& lint, std::uint32_t offset, PositionEncoding encoding,
                 Allocator& allocator) {
  if (!lint.report) return Value(rapidjson::kNullType);
  std::vector<const RuleInfo*> rules;
  ByteRange range{UINT32_MAX, 0};
  for (const Finding& finding : lint.report->findings) {
    if (offset < finding.range.begin || offset > finding.range.end) continue;
    range = {std::min(range.begin, finding.range.begin), std::max(range.end, finding.range.end)};
    if (std::find(rules.begin(), rules.end(), finding.rule) == rules.end()) rules.push_back(finding.rule);
  }
  if (rules.empty()) return Value(rapidjson::kNullType);
  std::string markdown;
  for (const RuleInfo* rule : rules) {
    if (!markdown.empty()) markdown += "\n\n---\n\n";
    markdown += ruleExplanation(*rule, lint.language);
  }
  Value contents(rapidjson::kObjectType);
  contents.AddMember("kind", "markdown", allocator);
  contents.AddMember("value", text(markdown, allocator), allocator);
  Value hover(rapidjson::kObjectType);
  hover.AddMember("contents", contents, allocator);
  hover.AddMember("range", rangeValue(*lint.report->source, range, encoding, allocator), allocator);
  return hover;
}

}  // namespace ecslint::lsp
