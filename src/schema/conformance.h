#pragma once
// Whether a value conforms to the schema: valijson's verdict, reached without valijson.
//
// Almost every file conforms, and valijson is slow at saying so: it dispatches every constraint
// through std::function, copies a context vector and a std::string for every member it visits, and
// searches patterns with std::regex. Over the corpus that was 60% of ecslint's instructions. This
// class compiles the keywords schemas/task-definition.schema.json uses into a flat table and checks
// a value against it with valijson's semantics (strong types, lengths in code points, numbers as
// valijson converts them, duplicate members as a failure of "additionalProperties": false).
//
// It reads a Document node, in either dialect: for a CloudFormation template (Dialect::CloudFormation)
// member names are matched in CloudFormation's spelling (model/key_spelling.h) and values are read
// as CloudFormation reads them (schema/template_reading.h: coerced scalars, unknown intrinsics);
// for the API's JSON (Dialect::EcsApi), exactly as valijson judges the same JSON.
//
// It answers yes or no, never why: when a value does not conform, valijson validates it again and
// every finding is explained from valijson's errors. A keyword it does not implement is an error
// when the schema is compiled, not a silent pass. tests/test_conformance.cpp holds its verdict to
// valijson's on every fixture, the corpus, and every kind of value at every place in a document,
// and the fuzzer on every input it makes (fuzz/conformance_oracle.h).

#include <rapidjson/document.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.h"
#include "model/key_spelling.h"
#include "schema/schema_pattern.h"
#include "schema/schema_reference.h"

namespace ecslint {

class ConformanceSchema {
 public:
  using Index = std::uint32_t;

  // The schema document (through its references) must outlive this object: names point into it.
  // Throws std::logic_error on a keyword or form this class does not implement.
  explicit ConformanceSchema(const SchemaReferences& references);
  ~ConformanceSchema();
  ConformanceSchema(const ConformanceSchema&) = delete;
  ConformanceSchema& operator=(const ConformanceSchema&) = delete;

  static constexpr Index root() { return 0; }
  // The subschema of member `name` (its "properties" entry, else the "additionalProperties"
  // schema), and of array elements; nullopt when there is none. `name` is the API's.
  std::optional<Index> property(Index object, std::string_view name) const;
  std::optional<Index> items(Index array) const;
  // The API name of the declared property of `object` that `dialect` spells `written`, or nullopt.
  std::optional<std::string_view> declaredName(Index object, std::string_view written, Dialect dialect) const;
  // How `dialect` spells declared property `name` (the API's) of `object`; `name` when undeclared.
  std::string_view spelling(Index object, std::string_view name, Dialect dialect) const;
  // Whether `object` requires its declared property `name` (the API's) in `dialect`.
  bool isRequired(Index object, std::string_view name, Dialect dialect) const;
  // The schema document's node a subschema was compiled from ("$ref" followed), and back: the
  // table doubles as the schema's index for SchemaNode, which explains violations.
  const rapidjson::Value& source(Index subschema) const { return *sources_[subschema]; }
  std::optional<Index> indexOf(const rapidjson::Value& node) const;

  bool conforms(const Document& document, NodeId node, Index subschema, Dialect dialect) const;
  // Whether `node` would conform if each of its members and elements did: its type, enum, range,
  // pattern, size, member names and required members. When a value fails conforms() but passes
  // this, the violations are all inside its children.
  bool conformsShallow(const Document& document, NodeId node, Index subschema, Dialect dialect) const;

 private:
  struct Subschema;
  struct Value;

  static int findProperty(const Subschema& schema, std::string_view name);
  static int findProperty(const Subschema& schema, std::string_view name, Dialect dialect);
  Index compile(const rapidjson::Value& node);
  void spellProperties(Index index, const std::string& path, std::vector<bool>& spelt);
  bool check(const Value& value, Index subschema, bool deep) const;
  bool checkRead(const Value& value, Index subschema, bool deep) const;
  bool conformsAsObject(const Value& value, const Subschema& schema, bool deep) const;
  bool conformsAsArray(const Value& value, const Subschema& schema, bool deep) const;
  bool conformsAsString(std::string_view text, const Subschema& schema) const;
  bool conformsAsNumber(std::string_view text, const Subschema& schema) const;

  const SchemaReferences& references_;
  std::vector<Subschema> subschemas_;
  std::vector<std::unique_ptr<SchemaPattern>> patterns_;
  std::vector<const rapidjson::Value*> sources_;                      // by Index
  std::unordered_map<const rapidjson::Value*, Index> indexBySource_;  // each schema node compiled once
};

}  // namespace ecslint
