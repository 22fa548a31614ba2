// From valijson violations to findings: one per problem, at the deepest value that causes it.
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "check/finding_limits.h"
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
  const Document& document = scope.document();
  const std::string_view nameKey = scope.isTaskRoot(object)    ? "family"
                                   : scope.isContainer(object) ? "name"
                                                               : "";
  const NodeId name = nameKey.empty() ? kNoNode : scope.memberNamed(object, nameKey);
  if (name != kNoNode && document.kind(name) == NodeKind::String && !scope.isUnknown(name) &&
      !containsPlaceholder(document.text(name))) {
    return valueOf(name);
  }
  return Target{object, Anchor::OpeningBrace};
}

// ECS003 for every member the schema does not declare (valijson names only the first). Returns
// the properties the misspelt keys were meant to be, whose absence is then not reported again.
// Explaining a key (spelling suggestions, where else it belongs) is the costly part, so it stops
// at the report's limit: findings past it would be dropped, and an object with 490,000 unknown
// keys took seconds.
std::vector<std::string_view> reportUnknownMembers(const SchemaScope& scope, NodeId object,
                                                   const SchemaNode& schema,
                                                   std::vector<SchemaFinding>& findings) {
  const Document& document = scope.document();
  std::vector<std::string_view> meant;
  const std::size_t first = findings.size();
  bool explainedAll = true;
  for (NodeId member = document.firstChild(object); member != kNoNode;
       member = document.nextSibling(member)) {
    const std::string_view key = document.keyName(member);
    if (schema.declaredName(key, scope.dialect()) || containsPlaceholder(key)) continue;
    if (findings.size() >= kMaxFindingsPerFile) {
      explainedAll = false;
      break;
    }
    const auto intended = intendedProperty(scope, object, schema, key);  // as the dialect spells it
    if (intended) meant.push_back(*intended);
    findings.push_back(schemaFinding(scope, "ECS003", keyOf(member),
                                     unknownPropertyMessage(scope, object, schema, member, intended),
                                     std::string(intended.value_or(""))));
  }
  // Renaming is safe only when it cannot produce a duplicate key: the object lacks the intended
  // name and no other misspelt key of the object means it too (which the keys left unexplained
  // might, so then nothing is renamed). Counted once, not searched per finding: that was
  // quadratic in the object's keys.
  std::unordered_map<std::string_view, std::size_t> meantCount;
  for (const std::string_view name : meant) ++meantCount[name];
  std::unordered_set<std::string_view> present;
  for (NodeId member = document.firstChild(object); member != kNoNode;
       member = document.nextSibling(member)) {
    if (meantCount.contains(document.keyName(member))) present.insert(document.keyName(member));
  }
  for (std::size_t i = first; i < findings.size(); ++i) {
    std::string& rename = findings[i].replacement;
    if (rename.empty()) continue;
    if (!explainedAll || present.contains(rename) || meantCount.find(rename)->second > 1) rename.clear();
  }
  return meant;
}

void explainNode(const SchemaScope& scope, NodeId node, const NodeViolations& violations,
                 std::vector<SchemaFinding>& findings) {
  const Document& document = scope.document();
  const SchemaNode schema = scope.schemaAt(node);
  if (!schema.valid() || isEmptyValue(document, node, schema) || scope.isUnknown(node)) return;
  if (document.kind(node) == NodeKind::String && looksTemplated(document.text(node))) return;

  std::vector<std::string_view> meant;
  if (violations.unknownProperty) meant = reportUnknownMembers(scope, node, schema, findings);
  for (const std::string& property : violations.missing) {
    // {"Image": ...} draws ECS003 "did you mean 'image'?", not also "image is missing".
    if (std::find(meant.begin(), meant.end(), scope.spelling(node, property)) != meant.end()) continue;
    // A member the API requires that a template may leave to CloudFormation (family).
    if (scope.dialect() != Dialect::EcsApi && schema.isRequired(property, Dialect::EcsApi) &&
        !schema.isRequired(property, scope.dialect())) {
      continue;
    }
    findings.push_back(schemaFinding(scope, "ECS006", missingTarget(scope, node),
                                     missingPropertyMessage(scope, node, property)));
  }
  // One finding per value: a wrong type explains any other failure of the same value.
  if (violations.wrongType) {
    findings.push_back(schemaFinding(scope, "ECS004", valueOf(node), wrongTypeMessage(scope, node, schema)));
  } else if (violations.notInEnum) {
    const auto corrected = caseCorrectedValue(scope, node, schema);
    findings.push_back(schemaFinding(scope, "ECS005", valueOf(node), enumMessage(scope, node, schema),
                                     std::string(corrected.value_or(""))));
  } else if (violations.badFormat) {
    findings.push_back(schemaFinding(scope, "ECS008", valueOf(node), formatMessage(scope, node, schema)));
  } else if (violations.outOfRange) {
    findings.push_back(schemaFinding(scope, "ECS007", valueOf(node), rangeMessage(scope, node, schema)));
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
