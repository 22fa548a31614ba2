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
  TemplateResolver(const Document& document, const TemplateOutline& outline)
      : document_(document), outline_(outline), evaluator_(document, outline) {}

  bool isExpression(NodeId node) const override;
  std::optional<ResolvedValue> resolve(NodeId node) const override;

 private:
  // A resource's own name when its template gives it literally (`RoleName`), else its logical id.
  std::string_view resourceName(std::string_view logicalId) const;

  const Document& document_;
  const TemplateOutline& outline_;
  TemplateEvaluator evaluator_;
};

}  // namespace ecslint
