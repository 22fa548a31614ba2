#pragma once
// The JSON Schema of RegisterTaskDefinition input (schemas/task-definition.schema.json), embedded at
// build time, parsed and compiled once per process.
//
// It is kept in three forms: a fast conformance check (schema/conformance.h) answers whether a value
// conforms, which it almost always does; valijson's compiled schema finds the violations when it
// does not; and the parsed schema document explains each violation (the expected type, the enum
// values, the range, the property names a misspelt key was meant to be).

#include <rapidjson/document.h>

#include <string_view>
#include <vector>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "schema/conformance.h"
#include "schema/schema_node.h"
#include "schema/schema_reference.h"
#include "schema/schema_scope.h"

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

  // The subschema of one of the three places a scope is checked against: a whole task definition,
  // one container definition (the elements of a bare container list), and the tag list
  // (describe-task-definition output carries it beside the definition). The fast check's form:
  const ConformanceSchema& conformance() const { return *conformance_; }
  ConformanceSchema::Index conformanceIndex(SchemaScope::Kind place) const;
  // valijson's, compiled on first use: parsing the schema into valijson's form costs more than
  // linting a small file, and only a file that fails the fast check needs it.
  const valijson::Subschema& valijsonSubschema(SchemaScope::Kind place) const;

  // The same three places in the schema document.
  SchemaNode taskDefinitionNode() const { return SchemaNode(*conformance_, ConformanceSchema::root()); }
  SchemaNode containerDefinitionNode() const {
    return taskDefinitionNode().property("containerDefinitions").items();
  }
  SchemaNode tagsNode() const { return taskDefinitionNode().property("tags"); }
  // A named entry of "definitions" (for example "KeyValuePair").
  SchemaNode definition(std::string_view name) const;

  // Every member name the schema declares anywhere (`hostPort`, `logConfiguration`, ...), sorted:
  // how messages about a template find the API names to write in CloudFormation's spelling.
  const std::vector<std::string_view>& memberNames() const { return memberNames_; }

 private:
  TaskDefinitionSchema();

  std::string text_;  // the schema's bytes, parsed in place: document_'s strings point into it
  rapidjson::Document document_;
  std::vector<std::string_view> memberNames_;
  std::unique_ptr<SchemaReferences> references_;
  void compileValijson() const;
  void collectMemberNames();

  mutable std::once_flag valijsonCompiled_;
  mutable std::unique_ptr<valijson::Schema> compiled_;
  std::unique_ptr<ConformanceSchema> conformance_;
  ConformanceSchema::Index conformanceContainer_ = 0;
  ConformanceSchema::Index conformanceTags_ = 0;
  mutable const valijson::Subschema* containerDefinition_ = nullptr;
  mutable const valijson::Subschema* tags_ = nullptr;
};

}  // namespace ecslint
