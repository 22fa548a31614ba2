#pragma once
// The rule documentation pages under docs/rules/, generated from the catalogue by
// `ecslint docs --output-dir docs/rules` (a test fails when the committed pages drift from it).

#include <string>
#include <vector>

#include "catalogue/rule_catalogue.h"

namespace ecslint {

struct GeneratedPage {
  std::string fileName;  // "ECS101.md", "README.md"
  std::string content;
};

// One page per rule, plus README.md, the index of every rule, in `language` (docs/rules/ in
// English, docs/rules/ja/ in Japanese).
std::vector<GeneratedPage> renderRulePages(const RuleCatalogue& catalogue,
                                           Language language = Language::English);

// How `explain` and the pages name a severity and a rule's default: "error", 「エラー」; "opt-in".
std::string severityWord(Severity severity, Language language);

// What `ecslint explain` prints and the language server shows on hover: the rule's id, name,
// severity and title, then its documentation, as Markdown.
std::string ruleExplanation(const RuleInfo& rule, Language language);

// The URL of the rule's page in `language` (SARIF helpUri, the language server's codeDescription).
std::string rulePageUrl(const RuleInfo& rule, Language language);

}  // namespace ecslint
