#include "engine/suppression.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "check/finding_limits.h"
#include "engine/rule_selection.h"
#include "json/json_document.h"
#include "model/placeholder.h"
#include "model/task_definition.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

// One rule selector inside an ecslint:ignore tag value.
struct TagEntry {
  std::string text;     // as written ("ECS707"); empty for a tag whose value lists nothing
  ByteRange range;      // the selector inside the value string (or the whole value)
  std::string pointer;  // the value's JSON pointer
  std::vector<const RuleInfo*> rules;
  bool unknown = false;      // names no rule
  bool misspeltKey = false;  // the tag's key is a misspelling of ecslint:ignore (text is the key)
  bool used = false;
};

bool selectorCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
}

// Splits a tag value into selectors. Anything but letters, digits, '-' and '_' separates them, so
// "ECS205,ECS707" (the documented form) and "ECS205 ECS707" both work; the second stays inside the
// character set AWS documents for tag values (letters, digits, spaces and + - = . _ : / @).
void readTagValue(const RuleCatalogue& catalogue, const JsonDocument& document, NodeId valueNode,
                  std::string_view value, std::vector<TagEntry>& entries) {
  const ByteRange span = document.node(valueNode).span;
  const std::string pointer = document.pointer(valueNode);
  // Offsets inside the decoded value are offsets in the file only when the string has no escapes.
  const std::string_view raw = document.source().bytes().substr(span.begin + 1, span.end - span.begin - 2);
  const bool exact = raw == value;
  const std::size_t before = entries.size();
  for (std::size_t i = 0; i < value.size();) {
    if (!selectorCharacter(value[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < value.size() && selectorCharacter(value[end])) ++end;
    TagEntry entry;
    entry.text = std::string(value.substr(i, end - i));
    entry.range = exact ? ByteRange{span.begin + 1 + static_cast<std::uint32_t>(i),
                                    span.begin + 1 + static_cast<std::uint32_t>(end)}
                        : span;
    entry.pointer = pointer;
    auto rules = matchRules(catalogue, entry.text);
    if (rules) {
      entry.rules = std::move(*rules);
    } else {
      entry.unknown = true;
    }
    entries.push_back(std::move(entry));
    i = end;
  }
  if (entries.size() == before) entries.push_back(TagEntry{"", span, pointer, {}, false, false, false});
}

// A key that was surely meant to be ecslint:ignore ("ecslint-ignore", "ECSLint:Ignore"): ecslint
// reads nothing from it, which the user must hear about.
bool misspeltIgnoreKey(std::string_view key) {
  if (key == kIgnoreTagKey) return false;
  const std::array<std::string_view, 1> candidates = {kIgnoreTagKey};
  return key.size() >= 8 && closestSpelling(key, candidates).has_value();
}

bool isIgnoreKey(const rapidjson::Value& key) { return key.IsString() && stringValue(key) == kIgnoreTagKey; }

// Reads a describe-task-definition wrapper's "tags" (beside "taskDefinition"): the model only
// holds the task definition's own.
void readWrapperTags(const RuleCatalogue& catalogue, const JsonDocument& document,
                     std::vector<TagEntry>& entries) {
  const NodeId tags = document.member(JsonDocument::rootId(), "tags");
  if (tags == kNoNode || !document.value(tags).IsArray()) return;
  for (NodeId tag = document.firstChild(tags); tag != kNoNode; tag = document.nextSibling(tag)) {
    if (!document.value(tag).IsObject()) continue;
    const NodeId key = document.member(tag, "key");
    if (key != kNoNode && document.value(key).IsString() &&
        misspeltIgnoreKey(stringValue(document.value(key)))) {
      entries.push_back(TagEntry{std::string(stringValue(document.value(key))),
                                 document.node(key).span,
                                 document.pointer(key),
                                 {},
                                 false,
                                 false,
                                 true});
      continue;
    }
    if (key == kNoNode || !isIgnoreKey(document.value(key))) continue;
    const NodeId value = document.member(tag, "value");
    if (value == kNoNode || document.value(value).IsNull()) {
      entries.push_back(
          TagEntry{"", document.node(key).span, document.pointer(key), {}, false, false, false});
    } else if (document.value(value).IsString() && !containsPlaceholder(stringValue(document.value(value)))) {
      readTagValue(catalogue, document, value, stringValue(document.value(value)), entries);
    }
  }
}

std::vector<TagEntry> readIgnoreTags(const RuleCatalogue& catalogue, const JsonDocument& document,
                                     const TaskDefinition& task) {
  std::vector<TagEntry> entries;
  for (const Tag& tag : task.tags) {
    if (tag.key.known() && misspeltIgnoreKey(tag.key.value)) {
      TagEntry entry;
      entry.text = std::string(tag.key.value);
      entry.range = document.node(tag.key.node).span;
      entry.pointer = document.pointer(tag.key.node);
      entry.misspeltKey = true;
      entries.push_back(std::move(entry));
      continue;
    }
    if (!tag.key.is(kIgnoreTagKey)) continue;
    if (tag.value.known()) {
      readTagValue(catalogue, document, tag.value.node, tag.value.value, entries);
    } else if (tag.value.absent()) {
      entries.push_back(TagEntry{
          "", document.node(tag.key.node).span, document.pointer(tag.key.node), {}, false, false, false});
    }
    // An unknown value (a template placeholder, a wrong type) says nothing ecslint can read.
  }
  if (task.shape == InputShape::DescribeOutput) readWrapperTags(catalogue, document, entries);
  return entries;
}

bool names(const std::vector<const RuleInfo*>& rules, const RuleInfo* rule) {
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

bool atOrUnder(std::string_view pointer, std::string_view prefix) {
  return prefix.empty() || pointer == prefix ||
         (pointer.size() > prefix.size() && pointer.starts_with(prefix) && pointer[prefix.size()] == '/');
}

std::string unusedMessage(const TagEntry& entry) {
  if (entry.text.empty()) {
    return "the ecslint:ignore tag lists no rule, so it suppresses nothing; give the ids of the rules "
           "to suppress, such as \"ECS205 ECS707\", or remove the tag";
  }
  std::string what;
  if (entry.rules.size() == 1) {
    what = std::string(entry.rules.front()->id) + " (" + std::string(entry.rules.front()->name) + ") reports";
  } else {
    what = "none of the " + std::to_string(entry.rules.size()) + " rules it names reports";
  }
  return "'" + entry.text + "' in the ecslint:ignore tag suppresses nothing: " + what +
         " nothing in this file. Remove it from the tag, so that it cannot hide a problem introduced later";
}

std::string unknownMessage(const RuleCatalogue& catalogue, const TagEntry& entry) {
  std::vector<std::string_view> candidates;
  for (const RuleInfo& rule : catalogue.rules()) {
    candidates.push_back(rule.id);
    candidates.push_back(rule.name);
  }
  std::string message =
      "'" + entry.text + "' in the ecslint:ignore tag names no rule, so it suppresses nothing; ";
  if (const auto suggestion = closestSpelling(entry.text, candidates)) {
    return message + "did you mean '" + std::string(*suggestion) + "'?";
  }
  return message + "give rule ids (ECS205) or names (same-task-and-execution-role)";
}

bool byPosition(const Finding& a, const Finding& b) {
  if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
  return a.rule->id < b.rule->id;
}

}  // namespace

void applySuppressions(const RuleCatalogue& catalogue, const RuleSelection& selection,
                       const JsonDocument* document, const TaskDefinition* task,
                       std::span<const ExternalIgnore> ignores, std::vector<Finding>& findings,
                       std::vector<SuppressedFinding>& suppressed, std::vector<bool>& externalUsed) {
  externalUsed.assign(ignores.size(), false);
  std::vector<TagEntry> entries;
  if (document != nullptr && task != nullptr) entries = readIgnoreTags(catalogue, *document, *task);
  if (entries.empty() && ignores.empty()) return;

  // The tag entries naming each rule, found once: asking every entry about every finding was
  // quadratic (100,000 entries took 47 s). A finding lists at most kMaxListedTagEntries of them;
  // all are used once one finding of their rule is suppressed.
  constexpr std::size_t kMaxListedTagEntries = 16;
  std::unordered_map<const RuleInfo*, std::vector<std::size_t>> entriesByRule;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (const RuleInfo* rule : entries[i].rules) {
      std::vector<std::size_t>& naming = entriesByRule[rule];
      if (naming.empty() || naming.back() != i) naming.push_back(i);
    }
  }

  // Splits `batch` into what stays and what a suppression matches.
  const auto filter = [&](std::vector<Finding>& batch) {
    std::vector<Finding> kept;
    for (Finding& finding : batch) {
      std::vector<Suppression> matched;
      if (const auto naming = entriesByRule.find(finding.rule); naming != entriesByRule.end()) {
        for (const std::size_t i : naming->second) {
          entries[i].used = true;
          if (matched.size() >= kMaxListedTagEntries) continue;
          matched.push_back(
              Suppression{SuppressionKind::InSource, "ecslint:ignore tag in the task definition",
                          document->source().name(), document->source().region(entries[i].range)});
        }
        naming->second.resize(std::min(naming->second.size(), kMaxListedTagEntries));  // the rest are used
      }
      for (std::size_t i = 0; i < ignores.size(); ++i) {
        if (!names(ignores[i].rules, finding.rule) || !atOrUnder(finding.pointer, ignores[i].pointer))
          continue;
        externalUsed[i] = true;
        matched.push_back(ignores[i].suppression);
      }
      if (matched.empty()) {
        kept.push_back(std::move(finding));
      } else {
        suppressed.push_back(SuppressedFinding{std::move(finding), std::move(matched)});
      }
    }
    batch = std::move(kept);
  };
  filter(findings);

  const RuleInfo* unused = catalogue.find("ECS012");
  if (unused != nullptr && selection.enabled(*unused)) {
    std::vector<Finding> stale;
    for (const TagEntry& entry : entries) {
      // Bounded like every file's findings (finding_limits.h): a tag can list a million entries.
      if (findings.size() + stale.size() >= kMaxFindingsPerFile) break;
      if (entry.used || names(entry.rules, unused)) continue;
      // A rule that did not run cannot be judged: `--select ECS1` must not call every other
      // suppression stale.
      const bool judged =
          entry.rules.empty() || std::any_of(entry.rules.begin(), entry.rules.end(),
                                             [&](const RuleInfo* r) { return selection.enabled(*r); });
      if (!judged) continue;
      Finding finding;
      finding.rule = unused;
      finding.severity = unused->severity;
      finding.message = entry.misspeltKey
                            ? "the tag key '" + entry.text + "' looks like '" + std::string(kIgnoreTagKey) +
                                  "' but is not spelt exactly so: ecslint reads no suppression from it"
                        : entry.unknown ? unknownMessage(catalogue, entry)
                                        : unusedMessage(entry);
      finding.range = entry.range;
      finding.pointer = entry.pointer;
      stale.push_back(std::move(finding));
    }
    filter(stale);  // ECS012 itself can be suppressed, by the tag or by the configuration
    for (Finding& finding : stale) findings.push_back(std::move(finding));
    std::stable_sort(findings.begin(), findings.end(), byPosition);
  }
  std::stable_sort(suppressed.begin(), suppressed.end(),
                   [](const SuppressedFinding& a, const SuppressedFinding& b) {
                     return byPosition(a.finding, b.finding);
                   });
}

}  // namespace ecslint
