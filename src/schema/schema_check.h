#pragma once
// The schema stage of the pipeline: the input is checked against the embedded JSON Schema of
// RegisterTaskDefinition (schemas/task-definition.schema.json) and every problem becomes one
// finding, at the value, key or object that causes it: ECS003 unknown property, ECS004 wrong type,
// ECS005 enum value, ECS006 missing required member, ECS007 out of range, ECS008 invalid format,
// ECS010 empty value.
//
// What is checked depends on the input shape: the task definition; inside describe-task-definition
// output, the definition and the tags beside it (the wrapper itself is ECS009's, as are the
// describe-only members); each container of a bare container list.

#include <string>
#include <string_view>
#include <vector>

#include "check/rule_context.h"
#include "json/json_document.h"
#include "model/input_shape.h"

namespace ecslint {

struct SchemaFinding {
  std::string_view rule;  // "ECS003" ... "ECS010"
  Target target;
  std::string message;
  // A safe fix, when one is certain: ECS003 the key to rename the member to (an unambiguous
  // spelling that the object does not already have), ECS005 the case-corrected enum value.
  std::string replacement = {};
  // ECS010 null members, reported once per object: the members, in document order (related
  // locations when there are several; the safe fix removes them all).
  std::vector<NodeId> nullMembers = {};
};

std::vector<SchemaFinding> checkSchema(const JsonDocument& document, const InputShapeInfo& shape);

}  // namespace ecslint
