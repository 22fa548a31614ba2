#pragma once
// `Fn::If` branches, for checking a task definition under each outcome of its conditions.
//
// ecslint does not evaluate conditions (they depend on parameters and regions a deployment
// chooses). A value whose Fn::If branches differ is unknown; but a finding that holds whichever way
// every condition goes is still certain. So the linter checks a task definition once for each
// assignment of true and false to the conditions its Fn::If functions name (each condition taking
// one outcome everywhere, as CloudFormation does), and keeps what holds in all of them.

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "document/document.h"

namespace ecslint {

// An outcome for each condition name (sorted by name).
class ConditionChoices {
 public:
  ConditionChoices() = default;
  explicit ConditionChoices(std::vector<std::pair<std::string_view, bool>> outcomes);
  // The outcome chosen for `condition`, or nullopt when none is (both branches are considered).
  std::optional<bool> outcome(std::string_view condition) const;
  bool empty() const { return outcomes_.empty(); }

 private:
  std::vector<std::pair<std::string_view, bool>> outcomes_;
};

// The Fn::If functions inside the subtree of `root` (outermost first in document order), and the
// distinct condition names they use, sorted. Linear in the subtree.
struct ConditionalValues {
  std::vector<NodeId> ifNodes;
  std::vector<std::string_view> conditions;
};
ConditionalValues findConditionalValues(const Document& document, NodeId root);

// Fn::If's condition name and its two branches, when written as CloudFormation requires.
struct IfBranches {
  std::string_view condition;
  NodeId whenTrue = kNoNode;
  NodeId whenFalse = kNoNode;
};
std::optional<IfBranches> ifBranches(const Document& document, NodeId node);

}  // namespace ecslint
