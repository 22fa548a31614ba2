#pragma once
// A template's resources and the references between them, built once per template: which resource a
// value names (`Ref`, `Fn::GetAtt`, an `Fn::Sub` of `${X}` or `${X.Arn}`), and, the other way, which
// resources name a given one anywhere in their properties (a route's `RouteTableId`, a policy's
// `Roles`, an ingress rule's `GroupId`: CDK writes those as resources of their own). The stack rules
// (ECS8xx) read the template through it.
//
// Precision over recall: a value the template alone does not decide (an import, a parameter, a
// resource attribute that is not a logical id's) names no resource, and the rules stay silent.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "cloudformation/template_resources.h"
#include "cloudformation/template_value.h"
#include "document/document.h"

namespace ecslint {

// A value in one resource's properties that names another resource.
struct ResourceReference {
  const TemplateResource* from = nullptr;
  NodeId node = kNoNode;  // the Ref / Fn::GetAtt / Fn::Sub value
  const TemplateResource* to = nullptr;
  std::string_view attribute;  // "" for Ref
};

class TemplateGraph {
 public:
  // All three must outlive the graph.
  TemplateGraph(const Document& document, const TemplateOutline& outline, const TemplateEvaluator& evaluator);

  const Document& document() const { return document_; }
  const TemplateOutline& outline() const { return outline_; }
  TemplateValue evaluate(NodeId node) const { return evaluator_.evaluate(node); }

  // The resource `value` names by Ref, Fn::GetAtt or a whole-string Fn::Sub; nullptr otherwise.
  // `attribute` receives the Fn::GetAtt attribute ("" for Ref).
  const TemplateResource* resourceAt(NodeId value, std::string_view* attribute = nullptr) const;
  // The same, only when the resource is of `type`.
  const TemplateResource* resourceAt(NodeId value, std::string_view type,
                                     std::string_view* attribute = nullptr) const;
  // Every reference to `target` from another resource's properties, in the template's order.
  std::span<const ResourceReference> referencesTo(const TemplateResource& target) const;
  // The resources of a type, in the template's order.
  std::vector<const TemplateResource*> resourcesOfType(std::string_view type) const;

  // The items of a list property: a sequence's elements; nothing when the list is not written out
  // (an intrinsic such as `!Ref SubnetsParameter` or `!Split`, or a scalar): unknown, never empty.
  std::optional<std::vector<NodeId>> listItems(NodeId node) const;
  // The known text of a scalar property (a literal, or what the evaluator decides), else nothing.
  std::optional<std::string> knownText(NodeId node) const;
  // Whether the resource may not exist in a deployment (`Condition`): a rule may not rely on it to
  // be there, and may not rely on it to be absent either.
  static bool conditional(const TemplateResource& resource) { return resource.condition != kNoNode; }
  // The member of a resource's Properties, or kNoNode.
  NodeId property(const TemplateResource& resource, std::string_view name) const;

 private:
  void indexReferences();

  const Document& document_;
  const TemplateOutline& outline_;
  const TemplateEvaluator& evaluator_;
  std::vector<ResourceReference> references_;  // sorted by target resource, then template order
};

// The text of a scalar the template alone decides: known, and not through a parameter's Default (a
// deployment may pass another value); pseudo parameters are kept as `${AWS::Region}`. Else nothing.
std::optional<std::string> decidedText(const TemplateGraph& graph, NodeId node);
// The same, without pseudo parameters: a port, a protocol, a name compared as it is.
std::optional<std::string> decidedPlainText(const TemplateGraph& graph, NodeId node);
// A whole number such as a port ("8080" or 8080): known (a parameter's Default counts), or decided
// (decidedPlainText); nothing for anything else.
std::optional<std::int64_t> knownInteger(const TemplateGraph& graph, NodeId node);
std::optional<std::int64_t> decidedInteger(const TemplateGraph& graph, NodeId node);

}  // namespace ecslint
