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
  const JsonDocument& document = scope.document();
  const NodeId object = document.node(node).parent;
  const SchemaNode schema = scope.schemaAt(object);
  const std::string_view key = document.keyName(node);
  static const SchemaNode tag = TaskDefinitionSchema::instance().definition("Tag");
  static const SchemaNode keyValuePair = TaskDefinitionSchema::instance().definition("KeyValuePair");
  if (schema == tag) return key == "value";
  if (schema != keyValuePair) return false;
  if (key == "value") return true;
  const NodeId list = document.node(object).parent;
  return key == "name" && list != kNoNode && document.keyName(list) == "properties";
}

bool requiredHere(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const JsonDocument& document = scope.document();
  const NodeId parent = document.node(node).parent;
  if (document.value(node).IsArray() && schema.number("minItems").value_or(0) > 0) return true;
  return document.value(parent).IsObject() && scope.schemaAt(parent).isRequired(document.keyName(node));
}

}  // namespace

bool isEmptyValue(const rapidjson::Value& value, const SchemaNode& schema) {
  if (value.IsNull()) return true;
  const std::string_view type = schema.type();
  if (value.IsString()) return value.GetStringLength() == 0 && type == "string";
  if (value.IsArray()) return value.Empty() && type == "array";
  if (value.IsObject()) return value.ObjectEmpty() && type == "object";
  return false;
}

void findEmptyValues(const SchemaScope& scope, std::vector<SchemaFinding>& findings) {
  const JsonDocument& document = scope.document();
  // Null members are reported once per object (a console export has dozens): object -> finding.
  std::unordered_map<NodeId, std::size_t> nullsByObject;
  const NodeId end = scope.root() + document.node(scope.root()).subtreeSize;
  for (NodeId node = scope.root() + 1; node < end; ++node) {
    const rapidjson::Value& value = document.value(node);
    // Most values are not empty; this test keeps the walk cheap.
    const bool maybeEmpty = value.IsNull() || (value.IsString() && value.GetStringLength() == 0) ||
                            (value.IsArray() && value.Empty()) || (value.IsObject() && value.ObjectEmpty());
    if (!maybeEmpty) continue;
    const SchemaNode schema = scope.schemaAt(node);
    // Under a member the schema does not know (ECS003), a wrongly typed value (ECS004), or in a
    // describe-only member (ECS009).
    if (!schema.valid() || schema.readOnly() || !isEmptyValue(value, schema)) continue;
    if (requiredHere(scope, node, schema)) {
      findings.push_back(SchemaFinding{"ECS006", valueOf(node), emptyRequiredMessage(scope, node)});
    } else if (value.IsNull() && document.isMember(node)) {
      const auto [group, added] = nullsByObject.try_emplace(document.node(node).parent, findings.size());
      if (added) {
        findings.push_back(SchemaFinding{"ECS010", valueOf(node), emptyValueMessage(scope, node, schema)});
      }
      findings[group->second].nullMembers.push_back(node);
    } else if (value.IsNull() || (value.IsString() && !emptyStringIsKept(scope, node)) ||
               (value.IsObject() && !schema.requiredNames().empty())) {
      findings.push_back(SchemaFinding{"ECS010", valueOf(node), emptyValueMessage(scope, node, schema)});
    }
  }
  for (const auto& [object, index] : nullsByObject) {
    SchemaFinding& finding = findings[index];
    if (finding.nullMembers.size() > 1)
      finding.message = nullMembersMessage(scope, object, finding.nullMembers);
  }
}

}  // namespace ecslint
