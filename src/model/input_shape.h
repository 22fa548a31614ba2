#pragma once
// Recognises which of the inputs ecslint reads a JSON document is.

#include <optional>

#include "document/document.h"
#include "model/task_definition.h"

namespace ecslint {

struct InputShapeInfo {
  InputShape shape;
  NodeId taskNode;       // the task definition object, or the container array
  NodeId wrapperMember;  // describe output: the "taskDefinition" member
};

// nullopt when the document is none of: a RegisterTaskDefinition object, describe-task-definition
// output, or an array of container definitions.
std::optional<InputShapeInfo> detectInputShape(const Document& document);

// Members of RegisterTaskDefinition input; an object with one of them is taken as a task
// definition even when required members are missing (the schema reports those).
bool isTaskDefinitionMember(std::string_view key);
// Members that only describe-task-definition output has (ECS009).
bool isDescribeOnlyMember(std::string_view key);

}  // namespace ecslint
