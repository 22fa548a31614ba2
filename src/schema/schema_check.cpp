#include "schema/schema_check.h"

#include "message/message_catalogue.h"
#include "model/input_shape.h"
#include "schema/schema_findings.h"
#include "schema/violations.h"

namespace ecslint {
namespace {

void append(std::vector<SchemaFinding>& findings, std::vector<SchemaFinding>&& more) {
  findings.insert(findings.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

}  // namespace

SchemaFinding schemaFinding(const SchemaScope& scope, std::string_view rule, Target target,
                            MessageData message, std::string replacement) {
  std::string text = scope.phrase(message.id, message.arguments);
  return SchemaFinding{rule, target, std::move(message), std::move(text), std::move(replacement)};
}

std::vector<SchemaFinding> checkSchema(const Document& document, NodeId scopeRoot, SchemaScope::Kind kind,
                                       Dialect dialect, Language language) {
  std::vector<SchemaFinding> findings;
  const SchemaScope scope(document, scopeRoot, kind, dialect, language);
  explainViolations(scope, findViolations(scope), findings);
  findEmptyValues(scope, findings);
  return findings;
}

// describe-task-definition output holds "taskDefinition" and "tags"; anything else beside them is
// neither describe output nor register input.
std::vector<SchemaFinding> checkDescribeWrapper(const Document& document, NodeId wrapper, Language language) {
  std::vector<SchemaFinding> findings;
  for (NodeId member = document.firstChild(wrapper); member != kNoNode;
       member = document.nextSibling(member)) {
    const std::string_view key = document.keyName(member);
    if (key == "taskDefinition") continue;
    if (key == "tags") {
      append(findings, checkSchema(document, member, SchemaScope::Kind::Tags, Dialect::EcsApi, language));
      continue;
    }
    MessageData message{"ECS003.describe-wrapper", {{"key", std::string(key)}}};
    std::string text = renderMessage(language, message.id, message.arguments);
    findings.push_back(SchemaFinding{"ECS003", keyOf(member), std::move(message), std::move(text)});
  }
  return findings;
}

std::vector<SchemaFinding> checkApiInput(const Document& document, const InputShapeInfo& shape,
                                         Language language) {
  std::vector<SchemaFinding> findings;
  switch (shape.shape) {
    case InputShape::TaskDefinition:
      return checkSchema(document, shape.taskNode, SchemaScope::Kind::TaskDefinition, Dialect::EcsApi,
                         language);
    case InputShape::DescribeOutput:
      findings =
          checkSchema(document, shape.taskNode, SchemaScope::Kind::TaskDefinition, Dialect::EcsApi, language);
      append(findings, checkDescribeWrapper(document, Document::rootId(), language));
      break;
    case InputShape::ContainerList:
      for (NodeId element = document.firstChild(shape.taskNode); element != kNoNode;
           element = document.nextSibling(element)) {
        append(findings,
               checkSchema(document, element, SchemaScope::Kind::Container, Dialect::EcsApi, language));
      }
      break;
  }
  return findings;
}

}  // namespace ecslint
