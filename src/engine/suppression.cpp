#include "engine/suppression.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "check/finding_limits.h"
#include "document/document.h"
#include "engine/rule_selection.h"
#include "message/message_catalogue.h"
#include "model/placeholder.h"
#include "model/task_definition.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

// One rule selector inside an ecslint:ignore tag value.
struct TagEntry {
  std::string text;       // as written ("ECS707"); empty for a tag whose value lists nothing
  ByteRange range;        // the selector inside the value string (or the whole value)
  std::string pointer;    // the value's JSON pointer
  std::string scope;      // the pointer of what it covers: "" for the whole file, else a resource
  bool metadata = false;  // from a template resource's Metadata, not from a tag
  std::vector<const RuleInfo*> rules;
  bool unknown = false;      // names no rule
  bool misspeltKey = false;  // the tag's key is a misspelling of ecslint:ignore (text is the key)
  bool used = false;
};

bool selectorCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
}

TagEntry emptyEntry(ByteRange range, std::string pointer, std::string scope) {
  TagEntry entry;
  entry.range = range;
  entry.pointer = std::move(pointer);
  entry.scope = std::move(scope);
  return entry;
}

// Splits a tag value into selectors. Anything but letters, digits, '-' and '_' separates them, so
// "ECS205,ECS707" (the documented form) and "ECS205 ECS707" both work; the second stays inside the
// character set AWS documents for tag values (letters, digits, spaces and + - = . _ : / @).
void readTagValue(const RuleCatalogue& catalogue, const Document& document, NodeId valueNode,
                  std::string_view value, const std::string& scope, std::vector<TagEntry>& entries) {
  const ByteRange span = document.node(valueNode).span;
  const std::string pointer = document.pointer(valueNode);
  // Offsets inside the decoded value are offsets in the file only when the string has no escapes
  // (and, quoted, only past its opening quote).
  const ScalarStyle style = document.node(valueNode).style;
  const std::uint32_t quote =
      style == ScalarStyle::SingleQuoted || style == ScalarStyle::DoubleQuoted ? 1 : 0;
  const bool exact =
      span.end - span.begin >= 2 * quote &&
      document.source().bytes().substr(span.begin + quote, span.end - span.begin - 2 * quote) == value;
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
    entry.range = exact ? ByteRange{span.begin + quote + static_cast<std::uint32_t>(i),
                                    span.begin + quote + static_cast<std::uint32_t>(end)}
                        : span;
    entry.pointer = pointer;
    entry.scope = scope;
    auto rules = matchRules(catalogue, entry.text);
    if (rules) {
      entry.rules = std::move(*rules);
    } else {
      entry.unknown = true;
    }
    entries.push_back(std::move(entry));
    i = end;
  }
  if (entries.size() == before) entries.push_back(emptyEntry(span, pointer, scope));
}

// A key that was surely meant to be ecslint:ignore ("ecslint-ignore", "ECSLint:Ignore"): ecslint
// reads nothing from it, which the user must hear about.
bool misspeltIgnoreKey(std::string_view key) {
  if (key == kIgnoreTagKey) return false;
  const std::array<std::string_view, 1> candidates = {kIgnoreTagKey};
  return key.size() >= 8 && closestSpelling(key, candidates).has_value();
}

bool isString(const Document& document, NodeId node) {
  return node != kNoNode && document.kind(node) == NodeKind::String;
}

// Reads a describe-task-definition wrapper's "tags" (beside "taskDefinition"): the model only
// holds the task definition's own.
void readWrapperTags(const RuleCatalogue& catalogue, const Document& document,
                     std::vector<TagEntry>& entries) {
  const NodeId tags = document.member(Document::rootId(), "tags");
  if (tags == kNoNode || document.kind(tags) != NodeKind::Sequence) return;
  for (NodeId tag = document.firstChild(tags); tag != kNoNode; tag = document.nextSibling(tag)) {
    if (document.kind(tag) != NodeKind::Mapping) continue;
    const NodeId key = document.member(tag, "key");
    if (isString(document, key) && misspeltIgnoreKey(document.text(key))) {
      TagEntry entry = emptyEntry(document.node(key).span, document.pointer(key), "");
      entry.text = std::string(document.text(key));
      entry.misspeltKey = true;
      entries.push_back(std::move(entry));
      continue;
    }
    if (!isString(document, key) || document.text(key) != kIgnoreTagKey) continue;
    const NodeId value = document.member(tag, "value");
    if (value == kNoNode || document.kind(value) == NodeKind::Null) {
      entries.push_back(emptyEntry(document.node(key).span, document.pointer(key), ""));
    } else if (isString(document, value) && !containsPlaceholder(document.text(value))) {
      readTagValue(catalogue, document, value, document.text(value), "", entries);
    }
  }
}

// A template resource's `Metadata: {ecslint: {ignore: [ECS301, ...]}}`, like cfn-lint's
// `Metadata: cfn-lint: config: ignore_checks`: each entry covers that resource.
void readResourceMetadata(const RuleCatalogue& catalogue, const Document& document, NodeId resource,
                          const std::string& scope, std::vector<TagEntry>& entries) {
  const NodeId metadata = document.member(resource, "Metadata");
  const NodeId ecslint = metadata == kNoNode ? kNoNode : document.member(metadata, "ecslint");
  const NodeId ignore = ecslint == kNoNode ? kNoNode : document.member(ecslint, "ignore");
  if (ignore == kNoNode) return;
  const std::size_t before = entries.size();
  if (isString(document, ignore)) {
    readTagValue(catalogue, document, ignore, document.text(ignore), scope, entries);
  } else if (document.kind(ignore) == NodeKind::Sequence) {
    for (NodeId item = document.firstChild(ignore); item != kNoNode; item = document.nextSibling(item)) {
      if (isString(document, item))
        readTagValue(catalogue, document, item, document.text(item), scope, entries);
    }
    if (entries.size() == before) {
      entries.push_back(emptyEntry(document.node(ignore).span, document.pointer(ignore), scope));
    }
  }
  for (std::size_t i = before; i < entries.size(); ++i) entries[i].metadata = true;
}

void readIgnoreTags(const RuleCatalogue& catalogue, const Document& document, const TaskDefinition& task,
                    std::vector<TagEntry>& entries) {
  const std::string scope = task.origin.resource == kNoNode ? "" : document.pointer(task.origin.resource);
  for (const Tag& tag : task.tags) {
    if (tag.key.known() && misspeltIgnoreKey(tag.key.value)) {
      TagEntry entry = emptyEntry(document.node(tag.key.node).span, document.pointer(tag.key.node), scope);
      entry.text = std::string(tag.key.value);
      entry.misspeltKey = true;
      entries.push_back(std::move(entry));
      continue;
    }
    if (!tag.key.is(kIgnoreTagKey)) continue;
    if (tag.value.known()) {
      readTagValue(catalogue, document, tag.value.node, tag.value.value, scope, entries);
    } else if (tag.value.absent()) {
      entries.push_back(emptyEntry(document.node(tag.key.node).span, document.pointer(tag.key.node), scope));
    }
    // An unknown value (a template placeholder, a wrong type) says nothing ecslint can read.
  }
  if (task.shape == InputShape::DescribeOutput) readWrapperTags(catalogue, document, entries);
  if (task.origin.resource != kNoNode)
    readResourceMetadata(catalogue, document, task.origin.resource, scope, entries);
}

// The stack rules (ECS8xx) report in the template's other resources (a service, a role): their
// Metadata covers them as a task definition's covers it.
void readOtherResourcesMetadata(const RuleCatalogue& catalogue, const Document& document,
                                std::span<const TaskDefinition> tasks, std::vector<TagEntry>& entries) {
  if (tasks.empty() || tasks.front().origin.resource == kNoNode) return;
  const NodeId resources = document.member(Document::rootId(), "Resources");
  if (resources == kNoNode || document.kind(resources) != NodeKind::Mapping) return;
  for (NodeId resource = document.firstChild(resources); resource != kNoNode;
       resource = document.nextSibling(resource)) {
    if (document.kind(resource) != NodeKind::Mapping) continue;
    // The linter builds the task models in the template's order: a binary search finds one.
    const auto task =
        std::lower_bound(tasks.begin(), tasks.end(), resource,
                         [](const TaskDefinition& t, NodeId node) { return t.origin.resource < node; });
    if (task == tasks.end() || task->origin.resource != resource)
      readResourceMetadata(catalogue, document, resource, document.pointer(resource), entries);
  }
}

bool names(const std::vector<const RuleInfo*>& rules, const RuleInfo* rule) {
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

bool atOrUnder(std::string_view pointer, std::string_view prefix) {
  return prefix.empty() || pointer == prefix ||
         (pointer.size() > prefix.size() && pointer.starts_with(prefix) && pointer[prefix.size()] == '/');
}

MessageData unusedMessage(const TagEntry& entry) {
  if (entry.text.empty()) return {entry.metadata ? "ECS012.empty-list" : "ECS012.empty-tag", {}};
  MessageArgs arguments{{"entry", entry.text}};
  const bool one = entry.rules.size() == 1;
  if (one) {
    arguments.push_back({"rule", std::string(entry.rules.front()->id)});
    arguments.push_back({"rule_name", std::string(entry.rules.front()->name)});
  } else {
    arguments.push_back({"count", std::to_string(entry.rules.size())});
  }
  // A resource's Metadata always covers that resource (its scope is never the whole file).
  if (entry.metadata) return {one ? "ECS012.unused-rule-in-list" : "ECS012.unused-rules-in-list", arguments};
  if (entry.scope.empty())
    return {one ? "ECS012.unused-rule-in-tag" : "ECS012.unused-rules-in-tag", arguments};
  return {one ? "ECS012.unused-rule-in-resource-tag" : "ECS012.unused-rules-in-resource-tag", arguments};
}

MessageData unknownMessage(const RuleCatalogue& catalogue, const TagEntry& entry) {
  std::vector<std::string_view> candidates;
  for (const RuleInfo& rule : catalogue.rules()) {
    candidates.push_back(rule.id);
    candidates.push_back(rule.name);
  }
  if (const auto suggestion = closestSpelling(entry.text, candidates)) {
    return {entry.metadata ? "ECS012.unknown-in-list.suggestion" : "ECS012.unknown-in-tag.suggestion",
            {{"entry", entry.text}, {"suggestion", std::string(*suggestion)}}};
  }
  return {entry.metadata ? "ECS012.unknown-in-list" : "ECS012.unknown-in-tag", {{"entry", entry.text}}};
}

MessageData staleMessage(const RuleCatalogue& catalogue, const TagEntry& entry) {
  if (entry.misspeltKey) {
    return {"ECS012.misspelt-tag-key", {{"key", entry.text}, {"expected", std::string(kIgnoreTagKey)}}};
  }
  return entry.unknown ? unknownMessage(catalogue, entry) : unusedMessage(entry);
}

bool byPosition(const Finding& a, const Finding& b) {
  if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
  return a.rule->id < b.rule->id;
}

}  // namespace

void applySuppressions(const RuleCatalogue& catalogue, const RuleSelection& selection, Language language,
                       const Document* document, std::span<const TaskDefinition> tasks,
                       std::span<const ExternalIgnore> ignores, std::vector<Finding>& findings,
                       std::vector<SuppressedFinding>& suppressed, std::vector<bool>& externalUsed) {
  externalUsed.assign(ignores.size(), false);
  std::vector<TagEntry> entries;
  if (document != nullptr) {
    for (const TaskDefinition& task : tasks) readIgnoreTags(catalogue, *document, task, entries);
    readOtherResourcesMetadata(catalogue, *document, tasks, entries);
  }
  if (entries.empty() && ignores.empty()) return;

  // The entries naming each rule, grouped by what they cover, found once: asking every entry about
  // every finding was quadratic (100,000 entries took 47 s). A finding lists at most
  // kMaxListedTagEntries of a group; all of the group are used once one finding it covers is
  // suppressed. Groups are few: one per task definition of the file.
  constexpr std::size_t kMaxListedTagEntries = 16;
  struct ScopeGroup {
    std::string_view scope;
    std::vector<std::size_t> entries;
  };
  std::unordered_map<const RuleInfo*, std::vector<ScopeGroup>> entriesByRule;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (const RuleInfo* rule : entries[i].rules) {
      std::vector<ScopeGroup>& groups = entriesByRule[rule];
      auto group = std::find_if(groups.begin(), groups.end(),
                                [&](const ScopeGroup& g) { return g.scope == entries[i].scope; });
      if (group == groups.end()) group = groups.insert(groups.end(), ScopeGroup{entries[i].scope, {}});
      if (group->entries.empty() || group->entries.back() != i) group->entries.push_back(i);
    }
  }

  // Splits `batch` into what stays and what a suppression matches.
  const auto filter = [&](std::vector<Finding>& batch) {
    std::vector<Finding> kept;
    for (Finding& finding : batch) {
      std::vector<Suppression> matched;
      if (const auto naming = entriesByRule.find(finding.rule); naming != entriesByRule.end()) {
        for (ScopeGroup& group : naming->second) {
          if (!atOrUnder(finding.pointer, group.scope)) continue;
          for (const std::size_t i : group.entries) {
            entries[i].used = true;
            if (matched.size() >= kMaxListedTagEntries) continue;
            matched.push_back(
                Suppression{SuppressionKind::InSource,
                            renderMessage(language, entries[i].metadata ? "input.suppression.list"
                                                                        : "input.suppression.tag"),
                            document->source().name(), document->source().region(entries[i].range)});
          }
          group.entries.resize(std::min(group.entries.size(), kMaxListedTagEntries));  // the rest are used
        }
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
      finding.messageData = staleMessage(catalogue, entry);
      finding.message = renderMessage(language, finding.messageData.id, finding.messageData.arguments);
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
