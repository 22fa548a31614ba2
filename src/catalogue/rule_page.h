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

// One page per rule, plus README.md, the index of every rule.
std::vector<GeneratedPage> renderRulePages(const RuleCatalogue& catalogue);

}  // namespace ecslint
