#include "schema/schema_check.h"

#include "schema/schema_findings.h"
#include "schema/violations.h"

namespace ecslint {
namespace {

void checkScope(const JsonDocument& document, NodeId node, SchemaScope::Kind kind,
                std::vector<SchemaFinding>& findings) {
  const SchemaScope scope(document, node, kind);
  explainViolations(scope, findViolations(scope), findings);
  findEmptyValues(scope, findings);
}

// describe-task-definition output holds "taskDefinition" and "tags"; anything else beside them is
// neither describe output nor register input.
void checkDescribeWrapper(const JsonDocument& document, std::vector<SchemaFinding>& findings) {
  const NodeId root = JsonDocument::rootId();
  for (NodeId member = document.firstChild(root); member != kNoNode; member = document.nextSibling(member)) {
    const std::string_view key = document.keyName(member);
    if (key == "taskDefinition") continue;
    if (key == "tags") {
      checkScope(document, member, SchemaScope::Kind::Tags, findings);
      continue;
    }
    findings.push_back(SchemaFinding{
        "ECS003", keyOf(member),
        "'" + std::string(key) +
            "' is not part of describe-task-definition output, which holds only 'taskDefinition' and 'tags', "
            "nor a property of a task definition; remove it"});
  }
}

}  // namespace

std::vector<SchemaFinding> checkSchema(const JsonDocument& document, const InputShapeInfo& shape) {
  std::vector<SchemaFinding> findings;
  switch (shape.shape) {
    case InputShape::TaskDefinition:
      checkScope(document, shape.taskNode, SchemaScope::Kind::TaskDefinition, findings);
      break;
    case InputShape::DescribeOutput:
      checkScope(document, shape.taskNode, SchemaScope::Kind::TaskDefinition, findings);
      checkDescribeWrapper(document, findings);
      break;
    case InputShape::ContainerList:
      for (NodeId element = document.firstChild(shape.taskNode); element != kNoNode;
           element = document.nextSibling(element)) {
        checkScope(document, element, SchemaScope::Kind::Container, findings);
      }
      break;
  }
  return findings;
}

}  // namespace ecslint
