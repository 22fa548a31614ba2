#pragma once
// The model's ValueResolver for a CloudFormation template: intrinsic functions (and YAML aliases)
// are expressions, evaluated by the TemplateEvaluator; a role they name is described by its
// `RoleName` when the template gives one.

#include "cloudformation/template_resources.h"
#include "cloudformation/template_value.h"
#include "model/value_resolver.h"

namespace ecslint {

class TemplateResolver final : public ValueResolver {
 public:
  // `choices`: outcomes chosen for conditions, so an Fn::If naming one is its branch.
  TemplateResolver(const Document& document, const TemplateOutline& outline, ConditionChoices choices = {})
      : document_(document),
        outline_(outline),
        choices_(choices),
        evaluator_(document, outline, std::move(choices)) {}

  // The evaluator it resolves with (the stack rules' graph evaluates through the same one).
  const TemplateEvaluator& evaluator() const { return evaluator_; }

  NodeId select(NodeId node) const override;
  bool isExpression(NodeId node) const override;
  std::optional<ResolvedValue> resolve(NodeId node) const override;

 private:
  // A resource's own name when its template gives it literally (`RoleName`), else its logical id.
  std::string_view resourceName(std::string_view logicalId) const;

  const Document& document_;
  const TemplateOutline& outline_;
  ConditionChoices choices_;
  TemplateEvaluator evaluator_;
};

}  // namespace ecslint
