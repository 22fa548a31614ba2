#include "schema/schema_check.h"

#include "model/input_shape.h"
#include "schema/schema_findings.h"
#include "schema/violations.h"

namespace ecslint {
namespace {

void append(std::vector<SchemaFinding>& findings, std::vector<SchemaFinding>&& more) {
  findings.insert(findings.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

}  // namespace

std::vector<SchemaFinding> checkSchema(const Document& document, NodeId scopeRoot, SchemaScope::Kind kind,
                                       Dialect dialect) {
  std::vector<SchemaFinding> findings;
  const SchemaScope scope(document, scopeRoot, kind, dialect);
  explainViolations(scope, findViolations(scope), findings);
  findEmptyValues(scope, findings);
  return findings;
}

// describe-task-definition output holds "taskDefinition" and "tags"; anything else beside them is
// neither describe output nor register input.
std::vector<SchemaFinding> checkDescribeWrapper(const Document& document, NodeId wrapper) {
  std::vector<SchemaFinding> findings;
  for (NodeId member = document.firstChild(wrapper); member != kNoNode;
       member = document.nextSibling(member)) {
    const std::string_view key = document.keyName(member);
    if (key == "taskDefinition") continue;
    if (key == "tags") {
      append(findings, checkSchema(document, member, SchemaScope::Kind::Tags, Dialect::EcsApi));
      continue;
    }
    findings.push_back(SchemaFinding{
        "ECS003", keyOf(member),
        "'" + std::string(key) +
            "' is not part of describe-task-definition output, which holds only 'taskDefinition' and 'tags', "
            "nor a property of a task definition; remove it"});
  }
  return findings;
}

std::vector<SchemaFinding> checkApiInput(const Document& document, const InputShapeInfo& shape) {
  std::vector<SchemaFinding> findings;
  switch (shape.shape) {
    case InputShape::TaskDefinition:
      return checkSchema(document, shape.taskNode, SchemaScope::Kind::TaskDefinition, Dialect::EcsApi);
    case InputShape::DescribeOutput:
      findings = checkSchema(document, shape.taskNode, SchemaScope::Kind::TaskDefinition, Dialect::EcsApi);
      append(findings, checkDescribeWrapper(document, Document::rootId()));
      break;
    case InputShape::ContainerList:
      for (NodeId element = document.firstChild(shape.taskNode); element != kNoNode;
           element = document.nextSibling(element)) {
        append(findings, checkSchema(document, element, SchemaScope::Kind::Container, Dialect::EcsApi));
      }
      break;
  }
  return findings;
}

}  // namespace ecslint
