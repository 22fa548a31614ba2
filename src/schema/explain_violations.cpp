// From valijson violations to findings: one per problem, at the deepest value that causes it.
#include <algorithm>
#include <map>

#include "model/placeholder.h"
#include "schema/schema_findings.h"
#include "schema/schema_messages.h"
#include "schema/templated_value.h"

namespace ecslint {
namespace {

// Everything valijson said about one value.
struct NodeViolations {
  bool unknownProperty = false;
  std::vector<std::string> missing;
  bool wrongType = false, notInEnum = false, badFormat = false, outOfRange = false;
};

// Where a finding about a missing member points: the task's family or the container's name when it
// has one (RULES.md), else the object's opening brace.
Target missingTarget(const SchemaScope& scope, NodeId object) {
  const JsonDocument& document = scope.document();
  const std::string_view nameKey = scope.isTaskRoot(object)    ? "family"
                                   : scope.isContainer(object) ? "name"
                                                               : "";
  const NodeId name = nameKey.empty() ? kNoNode : document.member(object, nameKey);
  if (name != kNoNode && document.value(name).IsString() &&
      !containsPlaceholder(stringValue(document.value(name)))) {
    return valueOf(name);
  }
  return Target{object, Anchor::OpeningBrace};
}

// ECS003 for every member the schema does not declare (valijson names only the first). Returns
// the properties the misspelt keys were meant to be, whose absence is then not reported again.
std::vector<std::string_view> reportUnknownMembers(const SchemaScope& scope, NodeId object,
                                                   const SchemaNode& schema,
                                                   std::vector<SchemaFinding>& findings) {
  const JsonDocument& document = scope.document();
  std::vector<std::string_view> meant;
  const std::size_t first = findings.size();
  std::vector<std::string_view> present;  // every key of the object
  for (NodeId member = document.firstChild(object); member != kNoNode;
       member = document.nextSibling(member)) {
    const std::string_view key = document.keyName(member);
    present.push_back(key);
    if (schema.declares(key) || containsPlaceholder(key)) continue;
    const auto intended = intendedProperty(scope, object, schema, key);
    if (intended) meant.push_back(*intended);
    findings.push_back(SchemaFinding{"ECS003", keyOf(member),
                                     unknownPropertyMessage(scope, object, schema, member, intended),
                                     std::string(intended.value_or(""))});
  }
  // Renaming is safe only when it cannot produce a duplicate key: the object lacks the intended
  // name and no other misspelt key of the object means it too.
  for (std::size_t i = first; i < findings.size(); ++i) {
    std::string& rename = findings[i].replacement;
    if (rename.empty()) continue;
    const bool taken = std::find(present.begin(), present.end(), rename) != present.end() ||
                       std::count(meant.begin(), meant.end(), rename) > 1;
    if (taken) rename.clear();
  }
  return meant;
}

void explainNode(const SchemaScope& scope, NodeId node, const NodeViolations& violations,
                 std::vector<SchemaFinding>& findings) {
  const rapidjson::Value& value = scope.document().value(node);
  const SchemaNode schema = scope.schemaAt(node);
  if (!schema.valid() || isEmptyValue(value, schema)) return;
  if (value.IsString() && looksTemplated(stringValue(value))) return;

  std::vector<std::string_view> meant;
  if (violations.unknownProperty) meant = reportUnknownMembers(scope, node, schema, findings);
  for (const std::string& property : violations.missing) {
    // {"Image": ...} draws ECS003 "did you mean 'image'?", not also "image is missing".
    if (std::find(meant.begin(), meant.end(), property) != meant.end()) continue;
    findings.push_back(
        SchemaFinding{"ECS006", missingTarget(scope, node), missingPropertyMessage(scope, node, property)});
  }
  // One finding per value: a wrong type explains any other failure of the same value.
  if (violations.wrongType) {
    findings.push_back(SchemaFinding{"ECS004", valueOf(node), wrongTypeMessage(scope, node, schema)});
  } else if (violations.notInEnum) {
    const auto corrected = caseCorrectedValue(scope, node, schema);
    findings.push_back(SchemaFinding{"ECS005", valueOf(node), enumMessage(scope, node, schema),
                                     std::string(corrected.value_or(""))});
  } else if (violations.badFormat) {
    findings.push_back(SchemaFinding{"ECS008", valueOf(node), formatMessage(scope, node, schema)});
  } else if (violations.outOfRange) {
    findings.push_back(SchemaFinding{"ECS007", valueOf(node), rangeMessage(scope, node, schema)});
  }
}

}  // namespace

void explainViolations(const SchemaScope& scope, const std::vector<Violation>& violations,
                       std::vector<SchemaFinding>& findings) {
  std::map<NodeId, NodeViolations> byNode;  // in document order
  for (const Violation& violation : violations) {
    NodeViolations& at = byNode[violation.node];
    switch (violation.kind) {
      case ViolationKind::UnknownProperty:
        at.unknownProperty = true;
        break;
      case ViolationKind::MissingProperty:
        if (std::find(at.missing.begin(), at.missing.end(), violation.property) == at.missing.end()) {
          at.missing.push_back(violation.property);
        }
        break;
      case ViolationKind::WrongType:
        at.wrongType = true;
        break;
      case ViolationKind::NotInEnum:
        at.notInEnum = true;
        break;
      case ViolationKind::BadFormat:
        at.badFormat = true;
        break;
      case ViolationKind::OutOfRange:
        at.outOfRange = true;
        break;
    }
  }
  for (const auto& [node, at] : byNode) explainNode(scope, node, at, findings);
}

}  // namespace ecslint
