#include "cloudformation/template_resolver.h"

#include "cloudformation/intrinsic.h"

namespace ecslint {

NodeId TemplateResolver::select(NodeId node) const {
  // Each step goes into the node's own subtree, so this ends within the document's depth.
  while (node != kNoNode) {
    const auto branches = ifBranches(document_, node);
    const auto outcome = branches ? choices_.outcome(branches->condition) : std::nullopt;
    if (!outcome) break;
    node = *outcome ? branches->whenTrue : branches->whenFalse;
  }
  return node;
}

bool TemplateResolver::isExpression(NodeId node) const {
  return document_.kind(node) == NodeKind::Alias || static_cast<bool>(intrinsicAt(document_, node));
}

std::optional<ResolvedValue> TemplateResolver::resolve(NodeId node) const {
  if (!isExpression(node)) return std::nullopt;
  TemplateValue value = evaluator_.evaluate(node);
  ResolvedValue resolved;
  switch (value.presence) {
    case TemplateValue::Presence::Absent:
      resolved.presence = Presence::Absent;
      break;
    case TemplateValue::Presence::Known:
      resolved.presence = Presence::Known;
      break;
    case TemplateValue::Presence::Unknown:
      resolved.presence = Presence::Unknown;
      break;
  }
  resolved.text = std::move(value.text);
  resolved.pseudoParameters = value.pseudoParameters;
  resolved.knownPrefix = std::move(value.knownPrefix);
  resolved.parameterDefaults = std::move(value.parameterDefaults);
  resolved.resource = value.resource;
  if (!resolved.resource.empty()) resolved.resourceName = resourceName(resolved.resource);
  return resolved;
}

std::string_view TemplateResolver::resourceName(std::string_view logicalId) const {
  const TemplateResource* resource = outline_.resource(logicalId);
  if (resource == nullptr) return logicalId;
  if (resource->type == "AWS::IAM::Role" && resource->properties != kNoNode) {
    const NodeId name = document_.member(resource->properties, "RoleName");
    if (name != kNoNode && document_.kind(name) == NodeKind::String) return document_.text(name);
  }
  return logicalId;
}

}  // namespace ecslint
