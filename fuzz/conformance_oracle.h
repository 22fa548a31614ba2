#pragma once
// The fast conformance check (schema/conformance.h) decides whether valijson runs at all, so a
// value it passes and valijson fails would lose findings silently. This compares the two verdicts
// on every place of a document the schema stage checks (the document as a task definition, a
// describe output's definition and tags, each container): the fast check reads the Document the
// schema stage reads (json/json_loader.h), valijson the RapidJSON DOM of the same bytes.
// tests/test_conformance.cpp runs it over the fixtures and the corpus, and the fuzz target over
// every input it makes.

#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <vector>

#include "json/json_loader.h"
#include "schema/task_definition_schema.h"
#include "support/valijson.h"

namespace ecslint::fuzz {

struct PlaceVerdict {
  std::string place;
  bool fast;
  bool valijson;
};

inline bool valijsonConforms(const rapidjson::Value& value, SchemaScope::Kind place) {
  static valijson::Validator validator(valijson::Validator::kStrongTypes);
  return validator.validate(TaskDefinitionSchema::instance().valijsonSubschema(place),
                            valijson::adapters::RapidJsonAdapter(value), nullptr);
}

inline bool fastConforms(const Document& document, NodeId node, SchemaScope::Kind place) {
  const TaskDefinitionSchema& schema = TaskDefinitionSchema::instance();
  return schema.conformance().conforms(document, node, schema.conformanceIndex(place), Dialect::EcsApi);
}

// A file read twice: as ecslint reads it (loadJson), and as a RapidJSON DOM for valijson, whose
// values are listed in the Document's node order (both are pre-order walks of the same text).
// `document` is empty when loadJson refuses the file: invalid UTF-8, lone surrogates and nesting
// past its depth never reach the schema stage.
struct OracleInput {
  explicit OracleInput(const std::string& bytes) : source("oracle.json", bytes) {
    auto loaded = loadJson(source);
    if (!loaded) return;
    const std::size_t start = source.contentStart();  // past a byte-order mark
    dom.Parse<rapidjson::kParseValidateEncodingFlag>(bytes.data() + start, bytes.size() - start);
    if (dom.HasParseError()) return;  // never: loadJson accepted it
    document.emplace(std::move(*loaded));
    std::vector<const rapidjson::Value*> pending{&dom};
    while (!pending.empty()) {
      const rapidjson::Value* value = pending.back();
      pending.pop_back();
      values.push_back(value);
      if (value->IsObject()) {
        for (auto it = value->MemberEnd(); it != value->MemberBegin();) pending.push_back(&(--it)->value);
      } else if (value->IsArray()) {
        for (auto it = value->End(); it != value->Begin();) pending.push_back(--it);
      }
    }
  }
  SourceText source;
  std::optional<Document> document;
  rapidjson::Document dom;
  std::vector<const rapidjson::Value*> values;  // values[id] is the DOM's value of node id
};

// The two verdicts on every place of a file loadJson read.
inline std::vector<PlaceVerdict> conformanceVerdicts(const OracleInput& input) {
  using Kind = SchemaScope::Kind;
  const Document& document = *input.document;
  std::vector<PlaceVerdict> verdicts;
  const auto add = [&](NodeId node, Kind place, const char* name) {
    verdicts.push_back(PlaceVerdict{name, fastConforms(document, node, place),
                                    valijsonConforms(*input.values[node], place)});
  };
  const NodeId root = Document::rootId();
  add(root, Kind::TaskDefinition, "the document");
  if (document.kind(root) == NodeKind::Sequence) {
    for (NodeId element = document.firstChild(root); element != kNoNode;
         element = document.nextSibling(element)) {
      add(element, Kind::Container, "an element");
    }
  }
  if (document.kind(root) != NodeKind::Mapping) return verdicts;
  if (const NodeId containers = document.member(root, "containerDefinitions");
      containers != kNoNode && document.kind(containers) == NodeKind::Sequence) {
    for (NodeId container = document.firstChild(containers); container != kNoNode;
         container = document.nextSibling(container)) {
      add(container, Kind::Container, "a container");
    }
  }
  if (const NodeId task = document.member(root, "taskDefinition"); task != kNoNode) {
    add(task, Kind::TaskDefinition, "taskDefinition");
  }
  if (const NodeId tags = document.member(root, "tags"); tags != kNoNode) add(tags, Kind::Tags, "tags");
  return verdicts;
}

// Whether the two agree everywhere in `bytes` (true when they are not JSON as ecslint reads it).
inline bool conformanceAgreesWithValijson(const std::string& bytes) {
  const OracleInput input(bytes);
  if (!input.document) return true;
  for (const PlaceVerdict& verdict : conformanceVerdicts(input)) {
    if (verdict.fast != verdict.valijson) return false;
  }
  return true;
}

}  // namespace ecslint::fuzz
