#pragma once
// The rule catalogue: one Markdown file per rule under rules/, embedded at build time.
//
// Each file starts with a front matter of `key: value` lines between `---` lines (id, name,
// severity, default, title, category, tags, precision, optional security-severity), followed by
// the rule's documentation (see rules/README.md). Only the front matter is read at start-up;
// the documentation is parsed on demand (explain, SARIF, docs).

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/severity.h"
#include "message/language.h"
#include "support/embedded_file.h"
#include "support/result.h"

namespace ecslint {

struct RuleInfo {
  std::string_view id;     // "ECS101"
  std::string_view name;   // "awsvpc-host-port-mismatch"
  std::string_view title;  // one line
  std::string_view category;
  std::string_view precision;         // very-high | high | medium | low
  std::string_view securitySeverity;  // "0.1".."10.0" for security rules, else empty
  Severity severity = Severity::Error;
  bool enabledByDefault = true;  // false: opt-in
  std::vector<std::string_view> tags;
  std::string_view documentation;  // the Markdown after the front matter
  std::string_view fileName;
  // rules/ja/ECSnnn.md: the Japanese title and prose (its examples are the English page's); empty
  // in builtIn(), set in builtInWithJapanese().
  std::string_view japaneseTitle;
  std::string_view japaneseDocumentation;
};

// The title in `language` (the English one when the page has no translation).
std::string_view ruleTitle(const RuleInfo& rule, Language language);
// The documentation in `language`, complete: a Japanese page gets the English page's bad and good
// examples under Japanese headings, before its references.
std::string ruleMarkdown(const RuleInfo& rule, Language language);

class RuleCatalogue {
 public:
  // The catalogue compiled into this executable: its English pages.
  static const RuleCatalogue& builtIn();
  // The same with the Japanese pages (rules/ja/*.md) read too; ruleTitle() and ruleMarkdown() read
  // it when asked for Japanese.
  static const RuleCatalogue& builtInWithJapanese();
  // `japanese`: rules/ja/ECSnnn.md pages (front matter `id` and `title`, then the prose).
  static Result<RuleCatalogue, std::string> parse(std::span<const EmbeddedFile> files,
                                                  std::span<const EmbeddedFile> japanese = {});

  std::span<const RuleInfo> rules() const { return rules_; }
  // By id ("ECS101", any case) or name ("awsvpc-host-port-mismatch").
  const RuleInfo* find(std::string_view idOrName) const;
  // Index in rules() (SARIF ruleIndex).
  std::size_t indexOf(const RuleInfo& rule) const { return static_cast<std::size_t>(&rule - rules_.data()); }

 private:
  std::vector<RuleInfo> rules_;  // sorted by id
};

// The parts of a rule's documentation that reporters and `explain` use.
struct RuleDocumentation {
  std::string summary;                 // the paragraph(s) before the first heading
  std::string why;                     // "## Why"
  std::string howToFix;                // "## How to fix"
  std::string badExample;              // the ```json or ```yaml block under "### Bad"
  std::string goodExample;             // the same under "### Good"
  std::string exampleSyntax = "json";  // the bad example's fence: "json", or "yaml" (a template)
  std::vector<std::pair<std::string, std::string>> references;  // (title, url) under "## References"
};

// Reads an English page's sections, or a Japanese page's (## 理由, ## 修正方法, ## 例 with ### 問題のある例
// and ### 修正後の例, ## 参考資料) as ruleMarkdown() completes it.
Result<RuleDocumentation, std::string> parseRuleDocumentation(std::string_view markdown);

}  // namespace ecslint
