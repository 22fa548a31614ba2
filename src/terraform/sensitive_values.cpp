#include "terraform/sensitive_values.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

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
  // A message with no catalogue arguments to go by. A catalogue message quotes values only through
  // its arguments, redacted above: searching its own words would blank out the rule's text where a
  // sensitive value happens to be a common word ("awslogs").
  if (finding.messageData.id.empty())
    finding.message = replaceQuotations(std::move(finding.message), replacement);
  for (RelatedLocation& related : finding.related) {
    related.message = replaceQuotations(std::move(related.message), replacement);
  }
  if (finding.fix)
    finding.fix->description = replaceQuotations(std::move(finding.fix->description), replacement);
}

namespace {

bool isTrue(const Document& plan, NodeId node) {
  return node != kNoNode && plan.kind(node) == NodeKind::Boolean && plan.text(node) == "true";
}

// The spans of the values under `value` that `marks` (the same shape, `true` where sensitive) marks.
// Iterative, and each object's members are looked up through one map: a hostile plan's nesting and
// width cost no more than its size.
void collectSensitive(const Document& plan, NodeId value, NodeId marks, std::vector<ByteRange>& spans) {
  std::vector<std::pair<NodeId, NodeId>> pending{{value, marks}};
  std::unordered_map<std::string_view, NodeId> members;
  while (!pending.empty()) {
    const auto [at, mark] = pending.back();
    pending.pop_back();
    if (at == kNoNode || mark == kNoNode || plan.kind(at) == NodeKind::Null) continue;
    if (isTrue(plan, mark)) {
      spans.push_back(plan.node(at).span);
    } else if (plan.kind(mark) == NodeKind::Sequence && plan.kind(at) == NodeKind::Sequence) {
      for (NodeId element = plan.firstChild(at), elementMark = plan.firstChild(mark);
           element != kNoNode && elementMark != kNoNode;
           element = plan.nextSibling(element), elementMark = plan.nextSibling(elementMark)) {
        pending.emplace_back(element, elementMark);
      }
    } else if (plan.kind(mark) == NodeKind::Mapping && plan.kind(at) == NodeKind::Mapping &&
               plan.firstChild(mark) != kNoNode) {
      members.clear();
      for (NodeId member = plan.firstChild(at); member != kNoNode; member = plan.nextSibling(member))
        members[plan.keyName(member)] = member;  // the last of duplicates, as Document::member
      for (NodeId memberMark = plan.firstChild(mark); memberMark != kNoNode;
           memberMark = plan.nextSibling(memberMark)) {
        if (const auto found = members.find(plan.keyName(memberMark)); found != members.end())
          pending.emplace_back(found->second, memberMark);
      }
    }
  }
}

}  // namespace

std::vector<ByteRange> planSensitiveSpans(const Document& plan) {
  // Values and their marks, as Terraform names them side by side.
  constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kPairs{{
      {"after", "after_sensitive"},
      {"before", "before_sensitive"},
      {"values", "sensitive_values"},
      {"value", "sensitive"},  // an output: {"sensitive": true, "value": ...}
  }};
  std::vector<ByteRange> spans;
  for (NodeId node = 0; node < plan.nodeCount(); ++node) {
    if (plan.kind(node) != NodeKind::Mapping) continue;
    std::array<NodeId, kPairs.size() * 2> found;
    found.fill(kNoNode);
    for (NodeId member = plan.firstChild(node); member != kNoNode; member = plan.nextSibling(member)) {
      const std::string_view name = plan.keyName(member);
      for (std::size_t i = 0; i < kPairs.size(); ++i) {
        if (name == kPairs[i].first) found[i * 2] = member;
        if (name == kPairs[i].second) found[i * 2 + 1] = member;
      }
    }
    for (std::size_t i = 0; i < kPairs.size(); ++i)
      collectSensitive(plan, found[i * 2], found[i * 2 + 1], spans);
  }
  std::sort(spans.begin(), spans.end(), [](ByteRange a, ByteRange b) { return a.begin < b.begin; });
  return spans;
}

SensitiveLines::SensitiveLines(const SourceText& source, std::span<const ByteRange> sensitive)
    : source_(source) {
  for (const ByteRange span : sensitive) {
    const std::uint32_t first = source.position(span.begin).line;
    const std::uint32_t last = source.position(span.end).line;
    if (!lines_.empty() && first <= lines_.back().second + 1) {
      lines_.back().second = std::max(lines_.back().second, last);
    } else {
      lines_.emplace_back(first, last);
    }
  }
}

bool SensitiveLines::near(ByteRange range) const {
  if (lines_.empty()) return false;
  const std::uint32_t first = source_.position(range.begin).line;
  const std::uint32_t last = source_.position(std::max(range.begin, range.end)).line;
  // The first run of lines that ends at or after the range's first line.
  const auto run =
      std::lower_bound(lines_.begin(), lines_.end(), first,
                       [](const auto& lines, std::uint32_t line) { return lines.second < line; });
  return run != lines_.end() && run->first <= last;
}

}  // namespace ecslint
