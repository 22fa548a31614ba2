#pragma once
// The schema stage of the pipeline: the input is checked against the embedded JSON Schema of
// RegisterTaskDefinition (schemas/task-definition.schema.json) and every problem becomes one
// finding, at the value, key or object that causes it: ECS003 unknown property, ECS004 wrong type,
// ECS005 enum value, ECS006 missing required member, ECS007 out of range, ECS008 invalid format,
// ECS010 empty value.
//
// It reads a Document (any syntax) one scope at a time: a task definition (the API's JSON, or a
// CloudFormation AWS::ECS::TaskDefinition's Properties in Dialect::CloudFormation, whose member
// names are spelt and whose values are read as CloudFormation does, schema/template_reading.h), a
// container of a bare container list, or the tags beside describe-task-definition output.

#include <string>
#include <string_view>
#include <vector>

#include "check/rule_context.h"
#include "document/document.h"
#include "message/language.h"
#include "message/message.h"
#include "model/key_spelling.h"
#include "schema/schema_scope.h"

namespace ecslint {

struct InputShapeInfo;  // model/input_shape.h

struct SchemaFinding {
  std::string_view rule;  // "ECS003" ... "ECS010"
  Target target;
  MessageData messageData;  // the catalogue id and arguments `message` is rendered from
  std::string message;      // in the run's language
  // A safe fix, when one is certain: ECS003 the key to rename the member to (an unambiguous
  // spelling that the object does not already have, in the file's dialect), ECS005 the
  // case-corrected enum value.
  std::string replacement = {};
  // ECS010 null members, reported once per object: the members, in document order (related
  // locations when there are several; the safe fix removes them all).
  std::vector<NodeId> nullMembers = {};
};

// Every finding in the value at `scopeRoot`, checked as `kind` in `dialect`, its messages in
// `language`.
std::vector<SchemaFinding> checkSchema(const Document& document, NodeId scopeRoot, SchemaScope::Kind kind,
                                       Dialect dialect, Language language = Language::English);

// describe-task-definition output's wrapper at `wrapper`: the tags beside the definition (a
// Tags scope), and ECS003 for any other member than "taskDefinition" and "tags". The definition
// itself is a TaskDefinition scope of its own.
std::vector<SchemaFinding> checkDescribeWrapper(const Document& document, NodeId wrapper,
                                                Language language = Language::English);

// The API's three input shapes: the task definition; inside describe output, the definition and
// then the wrapper; each container of a bare container list.
std::vector<SchemaFinding> checkApiInput(const Document& document, const InputShapeInfo& shape,
                                         Language language = Language::English);

}  // namespace ecslint
