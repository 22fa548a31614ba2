#pragma once
// The fast conformance check (schema/conformance.h) decides whether valijson runs at all, so a
// value it passes and valijson fails would lose findings silently. This compares the two verdicts
// on every place of a document the schema stage checks (the document as a task definition, a
// describe output's definition and tags, each container); tests/test_conformance.cpp runs it over
// the fixtures and the corpus, and the fuzz target over every input it makes.

#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "schema/task_definition_schema.h"
#include "support/utf8.h"
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

inline bool fastConforms(const rapidjson::Value& value, SchemaScope::Kind place) {
  const TaskDefinitionSchema& schema = TaskDefinitionSchema::instance();
  return schema.conformance().conforms(value, schema.conformanceIndex(place));
}

inline void addVerdict(const rapidjson::Value& value, SchemaScope::Kind place, std::string name,
                       std::vector<PlaceVerdict>& verdicts) {
  verdicts.push_back(
      PlaceVerdict{std::move(name), fastConforms(value, place), valijsonConforms(value, place)});
}

inline std::vector<PlaceVerdict> conformanceVerdicts(const rapidjson::Value& root) {
  using Kind = SchemaScope::Kind;
  std::vector<PlaceVerdict> verdicts;
  addVerdict(root, Kind::TaskDefinition, "the document", verdicts);
  if (root.IsArray()) {
    for (const auto& element : root.GetArray()) addVerdict(element, Kind::Container, "an element", verdicts);
  }
  if (!root.IsObject()) return verdicts;
  if (const auto containers = root.FindMember("containerDefinitions");
      containers != root.MemberEnd() && containers->value.IsArray()) {
    for (const auto& container : containers->value.GetArray()) {
      addVerdict(container, Kind::Container, "a container", verdicts);
    }
  }
  if (const auto task = root.FindMember("taskDefinition"); task != root.MemberEnd()) {
    addVerdict(task->value, Kind::TaskDefinition, "taskDefinition", verdicts);
  }
  if (const auto tags = root.FindMember("tags"); tags != root.MemberEnd()) {
    addVerdict(tags->value, Kind::Tags, "tags", verdicts);
  }
  return verdicts;
}

// Whether every string and member name is UTF-8. RapidJSON decodes a lone low surrogate escape
// ("\udc00") into bytes that are not, where JsonDocument refuses the file (ECS001), so the schema
// stage never sees them; the oracle must not judge such a document either. Iterative: the fuzzer
// nests deeply.
inline bool stringsAreUtf8(const rapidjson::Value& root) {
  std::vector<const rapidjson::Value*> pending{&root};
  while (!pending.empty()) {
    const rapidjson::Value& value = *pending.back();
    pending.pop_back();
    if (value.IsString() && !isValidUtf8({value.GetString(), value.GetStringLength()})) return false;
    if (value.IsObject()) {
      for (const auto& member : value.GetObject()) {
        if (!isValidUtf8({member.name.GetString(), member.name.GetStringLength()})) return false;
        pending.push_back(&member.value);
      }
    } else if (value.IsArray()) {
      for (const auto& element : value.GetArray()) pending.push_back(&element);
    }
  }
  return true;
}

// Whether the two agree everywhere in `bytes` (true when they are not JSON, as ecslint reads it).
inline bool conformanceAgreesWithValijson(const std::string& bytes) {
  rapidjson::Document document;
  // Iterative: the fuzzer makes deeply nested inputs, and this must not overflow the stack. UTF-8
  // validated, as JsonDocument does: the schema stage never sees invalid UTF-8, and valijson's
  // string length reads out of bounds on it.
  document.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(bytes.c_str(),
                                                                                         bytes.size());
  if (document.HasParseError() || !stringsAreUtf8(document)) return true;
  for (const PlaceVerdict& verdict : conformanceVerdicts(document)) {
    if (verdict.fast != verdict.valijson) return false;
  }
  return true;
}

}  // namespace ecslint::fuzz
