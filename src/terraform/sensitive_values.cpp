#include "terraform/sensitive_values.h"

#include <algorithm>

#include "check/finding_limits.h"
#include "message/message_catalogue.h"

namespace ecslint {

SensitiveValues::SensitiveValues(const Document& view, std::span<const ByteRange> sensitive) {
  if (sensitive.empty()) return;
  const auto inside = [&](ByteRange span) {
    return std::any_of(sensitive.begin(), sensitive.end(),
                       [&](ByteRange range) { return range.begin <= span.begin && span.end <= range.end; });
  };
  for (NodeId node = 0; node < view.nodeCount(); ++node) {
    if (!view.isScalar(node) || view.kind(node) == NodeKind::Null || view.text(node).empty()) continue;
    if (inside(view.node(node).span)) values_.emplace_back(view.text(node));
  }
  std::sort(values_.begin(), values_.end());
  values_.erase(std::unique(values_.begin(), values_.end()), values_.end());
}

bool SensitiveValues::quotes(std::string_view text) const {
  if (std::binary_search(values_.begin(), values_.end(), text)) return true;
  return std::any_of(values_.begin(), values_.end(), [&](const std::string& value) {
    return value.size() >= kMinQuotedLength && text.find(value) != std::string_view::npos;
  });
}

std::string SensitiveValues::replaceQuotations(std::string text, std::string_view replacement) const {
  // Longest first, so that a value that contains a shorter one is replaced whole.
  std::vector<const std::string*> longestFirst;
  for (const std::string& value : values_) {
    if (value.size() >= kMinQuotedLength) longestFirst.push_back(&value);
  }
  std::stable_sort(longestFirst.begin(), longestFirst.end(),
                   [](const std::string* a, const std::string* b) { return a->size() > b->size(); });
  for (const std::string* value : longestFirst) {
    for (std::size_t at = text.find(*value); at != std::string::npos;
         at = text.find(*value, at + replacement.size())) {
      text.replace(at, value->size(), replacement);
    }
  }
  return text;
}

void SensitiveValues::redact(Finding& finding, Language language) const {
  if (values_.empty()) return;
  const std::string replacement = renderMessage(language, "terraform.sensitive-value");
  bool changed = false;
  for (MessageArg& argument : finding.messageData.arguments) {
    if (!quotes(argument.value)) continue;
    argument.value = replacement;
    changed = true;
  }
  if (changed && !finding.messageData.id.empty()) {
    finding.message = renderMessage(language, finding.messageData.id, finding.messageData.arguments);
    clipMessage(finding.message);
  }
  // A message with no catalogue arguments to go by (or one that quotes a value in its own words).
  finding.message = replaceQuotations(std::move(finding.message), replacement);
  for (RelatedLocation& related : finding.related) {
    related.message = replaceQuotations(std::move(related.message), replacement);
  }
  if (finding.fix)
    finding.fix->description = replaceQuotations(std::move(finding.fix->description), replacement);
}

}  // namespace ecslint
