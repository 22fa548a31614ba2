#pragma once
// The fast conformance check (schema/conformance.h) decides whether valijson runs at all, so a
// value it passes and valijson fails would lose findings silently. This compares the two verdicts
// on every place of a document the schema stage checks (the document as a task definition, a
// describe output's definition and tags, each container): the fast check reads the Document the
// schema stage reads (json/json_to_document.h), valijson the RapidJSON value it was built from.
// tests/test_conformance.cpp runs it over the fixtures and the corpus, and the fuzz target over
// every input it makes.

#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "json/json_document.h"
#include "json/json_to_document.h"
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

// The two verdicts on every place of a parsed file; `document` is toDocument(json).
inline std::vector<PlaceVerdict> conformanceVerdicts(const JsonDocument& json, const Document& document) {
  using Kind = SchemaScope::Kind;
  std::vector<PlaceVerdict> verdicts;
  const auto add = [&](NodeId node, Kind place, const char* name) {
    verdicts.push_back(
        PlaceVerdict{name, fastConforms(document, node, place), valijsonConforms(json.value(node), place)});
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

// Whether the two agree everywhere in `bytes` (true when they are not JSON as ecslint reads it:
// JsonDocument refuses invalid UTF-8, lone surrogates and nesting past its depth, so the schema
// stage never sees them).
inline bool conformanceAgreesWithValijson(const std::string& bytes) {
  const SourceText source("oracle.json", bytes);
  const auto json = JsonDocument::parse(source);
  if (!json) return true;
  const Document document = toDocument(*json);
  for (const PlaceVerdict& verdict : conformanceVerdicts(*json, document)) {
    if (verdict.fast != verdict.valijson) return false;
  }
  return true;
}

}  // namespace ecslint::fuzz
