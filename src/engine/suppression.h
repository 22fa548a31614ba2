#pragma once
// Suppressions: findings a user has chosen to accept, hidden from text output and kept, marked, in
// SARIF. Two sources:
//   - in the file, a task-definition tag {"key": "ecslint:ignore", "value": "ECS205 ECS707"}: real
//     RegisterTaskDefinition input, so the file stays deployable (kind InSource, whole file);
//   - outside it, `per_file_ignores` in .ecslint.json, matched to the file by the command line and
//     passed in as ExternalIgnores (kind External, optionally narrowed to a JSON pointer).
// A tag entry that suppresses nothing, or names no rule, is itself a finding (ECS012).

#include <span>
#include <string>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "check/finding.h"
#include "message/language.h"
#include "model/task_definition.h"
#include "source/source_text.h"

namespace ecslint {

class Document;
class RuleSelection;

inline constexpr std::string_view kIgnoreTagKey = "ecslint:ignore";

enum class SuppressionKind : std::uint8_t { InSource, External };

struct Suppression {
  SuppressionKind kind = SuppressionKind::InSource;
  std::string justification;  // where it comes from, in words
  std::string path;           // the file the suppression is written in, as shown in reports
  Region region;              // where in that file
};

struct SuppressedFinding {
  Finding finding;
  std::vector<Suppression> suppressions;  // every suppression that matched (at least one)
};

// One rule selector of a per_file_ignores entry whose glob matched the file being linted.
struct ExternalIgnore {
  std::vector<const RuleInfo*> rules;  // what the selector names (an id, a name, or a prefix)
  std::string pointer;                 // only findings at or under this JSON pointer; "" for all
  Suppression suppression;             // kind External, at the selector in the configuration file
};

// Moves suppressed findings from `findings` to `suppressed`, and reports ECS012 (when `selection`
// enables it) for every tag entry that suppressed nothing among the enabled rules or names no
// rule. In-source entries come from each of `tasks` (its ecslint:ignore tag, and in a template its
// resource's Metadata) and cover only that task definition's findings in a template, the whole file
// otherwise. `document` is null when the file could not be read (no tag can apply then).
// `externalUsed[i]` is set when ignores[i] suppressed a finding. ECS012 speaks `language`.
void applySuppressions(const RuleCatalogue& catalogue, const RuleSelection& selection, Language language,
                       const Document* document, std::span<const TaskDefinition> tasks,
                       std::span<const ExternalIgnore> ignores, std::vector<Finding>& findings,
                       std::vector<SuppressedFinding>& suppressed, std::vector<bool>& externalUsed);

}  // namespace ecslint
