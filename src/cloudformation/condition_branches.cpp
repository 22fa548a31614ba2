#include "cloudformation/condition_branches.h"

#include <algorithm>

#include "cloudformation/intrinsic.h"

namespace ecslint {

ConditionChoices::ConditionChoices(std::vector<std::pair<std::string_view, bool>> outcomes)
    : outcomes_(std::move(outcomes)) {
  std::sort(outcomes_.begin(), outcomes_.end());
}

std::optional<bool> ConditionChoices::outcome(std::string_view condition) const {
  const auto it =
      std::lower_bound(outcomes_.begin(), outcomes_.end(), condition,
                       [](const auto& entry, std::string_view name) { return entry.first < name; });
  if (it == outcomes_.end() || it->first != condition) return std::nullopt;
  return it->second;
}

std::optional<IfBranches> ifBranches(const Document& document, NodeId node) {
  const Intrinsic fn = intrinsicAt(document, node);
  if (!fn.is("Fn::If") || document.kind(fn.argument) != NodeKind::Sequence) return std::nullopt;
  const NodeId condition = document.firstChild(fn.argument);
  const NodeId whenTrue = condition == kNoNode ? kNoNode : document.nextSibling(condition);
  const NodeId whenFalse = whenTrue == kNoNode ? kNoNode : document.nextSibling(whenTrue);
  if (whenFalse == kNoNode || document.nextSibling(whenFalse) != kNoNode ||
      document.kind(condition) != NodeKind::String) {
    return std::nullopt;
  }
  return IfBranches{document.text(condition), whenTrue, whenFalse};
}

ConditionalValues findConditionalValues(const Document& document, NodeId root) {
  ConditionalValues found;
  const NodeId end = root + document.node(root).subtreeSize;
  for (NodeId node = root; node < end; ++node) {
    const auto branches = ifBranches(document, node);
    if (!branches) continue;
    found.ifNodes.push_back(node);
    found.conditions.push_back(branches->condition);
  }
  std::sort(found.conditions.begin(), found.conditions.end());
  found.conditions.erase(std::unique(found.conditions.begin(), found.conditions.end()),
                         found.conditions.end());
  return found;
}

}  // namespace ecslint
