#pragma once
// The JSON Schema of RegisterTaskDefinition input (schemas/task-definition.schema.json), embedded at
// build time, parsed and compiled once per process.
//
// It is kept in two forms: valijson's compiled schema decides whether a document conforms, and the
// parsed schema document explains a violation (the expected type, the enum values, the range, the
// property names a misspelt key was meant to be).

#include <rapidjson/document.h>

#include <memory>
#include <string>
#include <string_view>

#include "schema/schema_node.h"

namespace valijson {
class Schema;
class Subschema;
}  // namespace valijson

namespace ecslint {

class TaskDefinitionSchema {
 public:
  // Built on first use (thread-safe) and deliberately never destroyed, so process exit does not pay
  // for tearing down a few hundred compiled subschemas.
  static const TaskDefinitionSchema& instance();

  TaskDefinitionSchema(const TaskDefinitionSchema&) = delete;
  TaskDefinitionSchema& operator=(const TaskDefinitionSchema&) = delete;
  ~TaskDefinitionSchema();

  // Compiled subschemas: a whole task definition, one container definition (the elements of a bare
  // container list), and the tag list (describe-task-definition output carries it beside the
  // definition).
  const valijson::Subschema& taskDefinition() const;
  const valijson::Subschema& containerDefinition() const { return *containerDefinition_; }
  const valijson::Subschema& tags() const { return *tags_; }

  // The same three places in the schema document.
  SchemaNode taskDefinitionNode() const { return SchemaNode(document_, document_); }
  SchemaNode containerDefinitionNode() const {
    return taskDefinitionNode().property("containerDefinitions").items();
  }
  SchemaNode tagsNode() const { return taskDefinitionNode().property("tags"); }
  // A named entry of "definitions" (for example "KeyValuePair").
  SchemaNode definition(std::string_view name) const;

 private:
  TaskDefinitionSchema();

  std::string text_;  // the schema's bytes, parsed in place: document_'s strings point into it
  rapidjson::Document document_;
  std::unique_ptr<valijson::Schema> compiled_;
  const valijson::Subschema* containerDefinition_ = nullptr;
  const valijson::Subschema* tags_ = nullptr;
};

}  // namespace ecslint
