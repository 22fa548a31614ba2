#pragma once
// Which rules run: the catalogue's defaults, narrowed or widened by --select / --ignore.
// Both take rule ids ("ECS101"), names ("awsvpc-host-port-mismatch") and id prefixes ("ECS1").

#include <string>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "message/language.h"
#include "support/result.h"

namespace ecslint {

class RuleSelection {
 public:
  // Defaults only: every rule that is not opt-in.
  explicit RuleSelection(const RuleCatalogue& catalogue);
  // `select` replaces the defaults when not empty (and may name opt-in rules); `ignore` removes.
  static Result<RuleSelection, std::string> make(const RuleCatalogue& catalogue,
                                                 const std::vector<std::string>& select,
                                                 const std::vector<std::string>& ignore,
                                                 Language language = Language::English);

  bool enabled(const RuleInfo& rule) const { return enabled_[catalogue_->indexOf(rule)]; }

 private:
  const RuleCatalogue* catalogue_;
  std::vector<bool> enabled_;
};

// The rules a selector names; an error message (with the closest valid choice) when it names none.
Result<std::vector<const RuleInfo*>, std::string> matchRules(const RuleCatalogue& catalogue,
                                                             std::string_view selector,
                                                             Language language = Language::English);

}  // namespace ecslint
