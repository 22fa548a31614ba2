#include "engine/rule_selection.h"

#include <cctype>

#include "message/message_catalogue.h"
#include "support/spelling.h"

namespace ecslint {

RuleSelection::RuleSelection(const RuleCatalogue& catalogue)
    : catalogue_(&catalogue), enabled_(catalogue.rules().size()) {
  for (const RuleInfo& rule : catalogue.rules()) enabled_[catalogue.indexOf(rule)] = rule.enabledByDefault;
}

Result<std::vector<const RuleInfo*>, std::string> matchRules(const RuleCatalogue& catalogue,
                                                             std::string_view selector, Language language) {
  std::string upper(selector);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::vector<const RuleInfo*> matched;
  for (const RuleInfo& rule : catalogue.rules()) {
    if (rule.name == selector || (!upper.empty() && rule.id.starts_with(upper))) matched.push_back(&rule);
  }
  if (matched.empty()) {
    std::vector<std::string_view> candidates;
    for (const RuleInfo& rule : catalogue.rules()) {
      candidates.push_back(rule.id);
      candidates.push_back(rule.name);
    }
    if (const auto suggestion = closestSpelling(selector, candidates)) {
      return makeError(
          renderMessage(language, "config.unknown-rule.suggested",
                        {{"rule", std::string(selector)}, {"suggestion", std::string(*suggestion)}}));
    }
    return makeError(renderMessage(language, "config.unknown-rule", {{"rule", std::string(selector)}}));
  }
  return matched;
}

Result<RuleSelection, std::string> RuleSelection::make(const RuleCatalogue& catalogue,
                                                       const std::vector<std::string>& select,
                                                       const std::vector<std::string>& ignore,
                                                       Language language) {
  RuleSelection selection(catalogue);
  if (!select.empty()) selection.enabled_.assign(catalogue.rules().size(), false);
  for (const std::string& selector : select) {
    auto rules = matchRules(catalogue, selector, language);
    if (!rules) return makeError(rules.error());
    for (const RuleInfo* rule : *rules) selection.enabled_[catalogue.indexOf(*rule)] = true;
  }
  for (const std::string& selector : ignore) {
    auto rules = matchRules(catalogue, selector, language);
    if (!rules) return makeError(rules.error());
    for (const RuleInfo* rule : *rules) selection.enabled_[catalogue.indexOf(*rule)] = false;
  }
  return selection;
}

}  // namespace ecslint
