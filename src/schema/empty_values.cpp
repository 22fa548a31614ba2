// Empty values: ECS006 when the member is required, ECS010 when the two common ways of registering
// a file (the AWS CLI, and the GitHub deploy-task-definition action, which deletes null, "", [] and
// {} recursively before calling ECS) would register it differently.
#include <unordered_map>

#include "schema/schema_findings.h"
#include "schema/schema_messages.h"
#include "schema/task_definition_schema.h"

namespace ecslint {
namespace {

// "" where an empty string is what both tools end up sending: the deploy action writes "" back into
// environment values and App Mesh proxy properties, and a tag value may be empty.
bool emptyStringIsKept(const SchemaScope& scope, NodeId node) {
  const Document& document = scope.document();
  const NodeId object = document.node(node).parent;
  const SchemaNode schema = scope.schemaAt(object);
  const std::string_view key = scope.memberName(node);
  static const SchemaNode tag = TaskDefinitionSchema::instance().definition("Tag");
  static const SchemaNode keyValuePair = TaskDefinitionSchema::instance().definition("KeyValuePair");
  if (schema == tag) return key == "value";
  if (schema != keyValuePair) return false;
  if (key == "value") return true;
  const NodeId list = document.node(object).parent;
  return key == "name" && list != kNoNode && document.isMember(list) &&
         scope.memberName(list) == "properties";
}

bool requiredHere(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  const NodeId parent = document.node(node).parent;
  if (document.kind(node) == NodeKind::Sequence && schema.number("minItems").value_or(0) > 0) return true;
  return document.kind(parent) == NodeKind::Mapping &&
         scope.schemaAt(parent).isRequired(scope.memberName(node), scope.dialect());
}

bool isEmptyCandidate(const Document& document, NodeId node) {
  switch (document.kind(node)) {
    case NodeKind::Null:
      return true;
    case NodeKind::String:
      return document.text(node).empty();
    case NodeKind::Sequence:
    case NodeKind::Mapping:
      return document.firstChild(node) == kNoNode;
    default:
      return false;
  }
}

}  // namespace

bool isEmptyValue(const Document& document, NodeId node, const SchemaNode& schema) {
  if (!isEmptyCandidate(document, node)) return false;
  switch (document.kind(node)) {
    case NodeKind::Null:
      return true;
    case NodeKind::String:
      return schema.type() == "string";
    case NodeKind::Sequence:
      return schema.type() == "array";
    default:
      return schema.type() == "object";
  }
}

void findEmptyValues(const SchemaScope& scope, std::vector<SchemaFinding>& findings) {
  const Document& document = scope.document();
  // In a template, the difference between the AWS CLI and the deploy action does not arise (ECS010
  // is theirs), and null is unknown; a required value that is empty is still ECS006.
  const bool inTemplate = scope.dialect() == Dialect::CloudFormation;
  // Null members are reported once per object (a console export has dozens): object -> finding.
  std::unordered_map<NodeId, std::size_t> nullsByObject;
  const NodeId end = scope.root() + document.node(scope.root()).subtreeSize;
  for (NodeId node = scope.root() + 1; node < end; ++node) {
    // Nothing at or inside a template's unknown value is looked at.
    if (inTemplate && scope.isUnknown(node)) {
      node += document.node(node).subtreeSize - 1;
      continue;
    }
    // Most values are not empty; this test keeps the walk cheap.
    if (!isEmptyCandidate(document, node)) continue;
    const SchemaNode schema = scope.schemaAt(node);
    // Under a member the schema does not know (ECS003), a wrongly typed value (ECS004), or in a
    // describe-only member (ECS009).
    if (!schema.valid() || schema.readOnly() || !isEmptyValue(document, node, schema)) continue;
    const NodeKind kind = document.kind(node);
    if (requiredHere(scope, node, schema)) {
      findings.push_back(schemaFinding(scope, "ECS006", valueOf(node), emptyRequiredMessage(scope, node)));
    } else if (inTemplate) {
      continue;
    } else if (kind == NodeKind::Null && document.isMember(node)) {
      const auto [group, added] = nullsByObject.try_emplace(document.node(node).parent, findings.size());
      if (added) {
        findings.push_back(
            schemaFinding(scope, "ECS010", valueOf(node), emptyValueMessage(scope, node, schema)));
      }
      findings[group->second].nullMembers.push_back(node);
    } else if (kind == NodeKind::Null || (kind == NodeKind::String && !emptyStringIsKept(scope, node)) ||
               (kind == NodeKind::Mapping && !schema.requiredNames().empty())) {
      findings.push_back(
          schemaFinding(scope, "ECS010", valueOf(node), emptyValueMessage(scope, node, schema)));
    }
  }
  for (const auto& [object, index] : nullsByObject) {
    SchemaFinding& finding = findings[index];
    if (finding.nullMembers.size() <= 1) continue;
    finding.messageData = nullMembersMessage(scope, object, finding.nullMembers);
    finding.message = scope.phrase(finding.messageData.id, finding.messageData.arguments);
  }
}

}  // namespace ecslint
