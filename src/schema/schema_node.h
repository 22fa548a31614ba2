#pragma once
// One subschema of the schema document, with "$ref" followed: what the schema says about a value.
// Used to explain violations and to find where a value sits in the schema. It moves through the
// schema by the fast check's compiled table (schema/conformance.h) and reads keywords from the
// schema document.

#include <rapidjson/document.h>

#include <optional>
#include <string_view>
#include <vector>

#include "schema/conformance.h"

namespace ecslint {

class SchemaNode {
 public:
  SchemaNode() = default;
  // Subschema `index` of `schema`.
  SchemaNode(const ConformanceSchema& schema, ConformanceSchema::Index index);

  bool valid() const { return node_ != nullptr; }
  bool operator==(const SchemaNode& other) const { return node_ == other.node_; }

  // The subschema of an object member: its "properties" entry, else the "additionalProperties"
  // schema of a map; invalid when the member is not allowed.
  SchemaNode property(std::string_view name) const;
  // The subschema of an array element; invalid when the schema is not an array's.
  SchemaNode items() const;

  bool declares(std::string_view name) const;  // a "properties" entry
  // The API name of the declared property `dialect` spells `written`, or nullopt.
  std::optional<std::string_view> declaredName(std::string_view written, Dialect dialect) const;
  // How `dialect` spells declared property `name` (the API's name).
  std::string_view spelling(std::string_view name, Dialect dialect) const;
  bool isMap() const;  // an object of any names ("additionalProperties" schema)
  std::vector<std::string_view> propertyNames() const;
  bool isRequired(std::string_view name) const;  // listed in "required"
  // Required in `dialect` (a template need not give every member the API requires).
  bool isRequired(std::string_view name, Dialect dialect) const;
  bool isClosed() const;  // "additionalProperties": false
  std::vector<std::string_view> requiredNames() const;
  std::vector<std::string_view> enumValues() const;  // empty without "enum"

  std::string_view type() const;  // "string", "integer", ... or "" when not constrained
  bool readOnly() const;          // a member only describe output has (any value; ECS009's)
  std::string_view title() const;
  std::string_view description() const;
  std::optional<double> number(const char* keyword) const;  // minimum, maximum, minItems, ...

 private:
  const rapidjson::Value* member(const char* keyword) const;

  const ConformanceSchema* schema_ = nullptr;
  ConformanceSchema::Index index_ = 0;
  const rapidjson::Value* node_ = nullptr;
};

}  // namespace ecslint
