// The fast conformance check (schema/conformance.h) decides whether valijson runs at all, so a
// value it passes and valijson fails would lose findings silently. Here the two give the same
// verdict on every fixture, the test data and the corpus, and on the every-member task definition
// with every value replaced by every kind of value, every member removed and every object given a
// duplicate member. The fast check reads the Document the schema stage reads; valijson the
// RapidJSON DOM of the same text.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <optional>
#include <string>
#include <vector>

#include "../fuzz/conformance_oracle.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;
using Kind = SchemaScope::Kind;

struct Verdicts {
  int conforming = 0;
  int failing = 0;
};

// `value` written out and read back as ecslint reads a file, and as valijson's DOM.
struct Parsed : fuzz::OracleInput {
  explicit Parsed(const std::string& text) : OracleInput(text) {
    REQUIRE_MESSAGE(document.has_value(), text);
  }
};

std::string written(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

void compareVerdicts(const rapidjson::Value& value, Kind place, const std::string& what, Verdicts& verdicts) {
  const Parsed parsed(written(value));
  const bool expected = fuzz::valijsonConforms(*parsed.values[Document::rootId()], place);
  CHECK_MESSAGE(fuzz::fastConforms(*parsed.document, Document::rootId(), place) == expected,
                what << ": valijson says " << (expected ? "conforms" : "fails"));
  ++(expected ? verdicts.conforming : verdicts.failing);
}

// Every place of a document the schema stage checks, whatever its shape.
void compareDocument(const fuzz::OracleInput& input, const std::string& name, Verdicts& verdicts) {
  for (const fuzz::PlaceVerdict& verdict : fuzz::conformanceVerdicts(input)) {
    CHECK_MESSAGE(verdict.fast == verdict.valijson, name << " (" << verdict.place << "): valijson says "
                                                         << (verdict.valijson ? "conforms" : "fails"));
    ++(verdict.valijson ? verdicts.conforming : verdicts.failing);
  }
}

void compareFilesUnder(const fs::path& directory, Verdicts& verdicts) {
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    const std::string path = entry.path().string();
    if (!entry.is_regular_file() || !path.ends_with(".json") || path.ends_with(".expected.json")) continue;
    const fuzz::OracleInput input(readFile(entry.path()));
    if (input.document) compareDocument(input, path, verdicts);
  }
}

rapidjson::Document everyMemberTask() {
  const std::string text = readFile(sourceDir() / "fixtures" / "ECS003" / "good-every-member.json");
  rapidjson::Document document;
  document.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(document.HasParseError());
  return document;
}

void collectValues(rapidjson::Value& value, std::vector<rapidjson::Value*>& values) {
  values.push_back(&value);
  if (value.IsObject()) {
    for (auto& member : value.GetObject()) collectValues(member.value, values);
  } else if (value.IsArray()) {
    for (auto& element : value.GetArray()) collectValues(element, values);
  }
}

// One value of every type, at the edges valijson's conversions and the schema's limits care about.
const char* const kSubstitutes[] = {"null",
                                    "true",
                                    "false",
                                    "0",
                                    "-1",
                                    "7",
                                    "1.5",
                                    "1.0",
                                    "-0",
                                    "65535",
                                    "65536",
                                    "2147483648",
                                    "18446744073709551615",
                                    "9223372036854775807",
                                    "-9223372036854775808",
                                    "1e300",
                                    "\"\"",
                                    "\"x\"",
                                    "\"web\"",
                                    "\"-web\"",
                                    "\"aws:x\"",
                                    "\"a b\"",
                                    "\"nginx@sha256:bad\"",
                                    "\"caf\\u00e9\"",
                                    "\"a\\u0000b\"",
                                    "\"host\"",
                                    "\"awsvpc\"",
                                    "\"1-2\"",
                                    "[]",
                                    "[1]",
                                    "[\"x\"]",
                                    "[{}]",
                                    "{}",
                                    "{\"x\":1}",
                                    "{\"name\":\"x\"}"};

TEST_CASE("conformance: the same verdict as valijson on every fixture, the test data and the corpus") {
  Verdicts verdicts;
  compareFilesUnder(sourceDir() / "fixtures", verdicts);
  compareFilesUnder(sourceDir() / "tests" / "data", verdicts);
  for (const char* shared : {"corpus", "peer-fixtures"}) {
    if (needShared(shared)) compareFilesUnder(sharedDir() / shared, verdicts);
  }
  // Both verdicts must be well exercised for the comparison to mean anything.
  CHECK(verdicts.conforming > 100);
  CHECK(verdicts.failing > 100);
}

TEST_CASE("conformance: the same verdict as valijson with any value anywhere in a task definition") {
  rapidjson::Document document = everyMemberTask();
  const Parsed original(written(document));
  REQUIRE(fuzz::fastConforms(*original.document, Document::rootId(), Kind::TaskDefinition));
  std::vector<rapidjson::Value*> values;
  collectValues(document, values);
  std::vector<rapidjson::Document> substitutes;
  for (const char* json : kSubstitutes) {
    substitutes.emplace_back().Parse(json);
    REQUIRE_MESSAGE(!substitutes.back().HasParseError(), json);
  }
  Verdicts verdicts;
  for (std::size_t i = 1; i < values.size(); ++i) {
    for (std::size_t s = 0; s < substitutes.size(); ++s) {
      rapidjson::Value replacement(substitutes[s], document.GetAllocator());
      values[i]->Swap(replacement);
      compareVerdicts(document, Kind::TaskDefinition, "value " + std::to_string(i) + " = " + kSubstitutes[s],
                      verdicts);
      values[i]->Swap(replacement);
    }
  }
  CHECK(verdicts.conforming > 500);
  CHECK(verdicts.failing > 2000);
}

TEST_CASE("conformance: the same verdict as valijson with a member removed or duplicated") {
  rapidjson::Document original = everyMemberTask();
  std::vector<rapidjson::Value*> shape;
  collectValues(original, shape);
  Verdicts verdicts;
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (!shape[i]->IsObject()) continue;
    for (rapidjson::SizeType m = 0; m < shape[i]->MemberCount(); ++m) {
      for (const bool duplicate : {false, true}) {
        // A fresh copy each time: adding and removing members moves the values of an object.
        rapidjson::Document edited;
        edited.CopyFrom(original, edited.GetAllocator());
        std::vector<rapidjson::Value*> values;
        collectValues(edited, values);
        rapidjson::Value& object = *values[i];
        const auto member = object.MemberBegin() + m;
        if (duplicate) {
          rapidjson::Value name(member->name, edited.GetAllocator());
          rapidjson::Value value(member->value, edited.GetAllocator());
          object.AddMember(name, value, edited.GetAllocator());
        } else {
          object.EraseMember(member);
        }
        compareVerdicts(edited, Kind::TaskDefinition,
                        std::string(duplicate ? "duplicated" : "removed") + " member " + std::to_string(m) +
                            " of value " + std::to_string(i),
                        verdicts);
      }
    }
  }
  CHECK(verdicts.conforming > 100);
  CHECK(verdicts.failing > 100);
}

TEST_CASE("conformance: a keyword the fast check does not implement is an error, not a silent pass") {
  for (const char* schema :
       {R"({"type": "object", "oneOf": [{"required": ["a"]}]})", R"({"type": ["string", "null"]})",
        R"({"enum": [1, 2]})", R"({"properties": {"a": {"$ref": "#/definitions/Missing"}}})"}) {
    rapidjson::Document document;
    document.Parse(schema);
    REQUIRE_FALSE(document.HasParseError());
    const SchemaReferences references(document);
    CHECK_THROWS_AS_MESSAGE(ConformanceSchema{references}, std::logic_error, schema);
  }
}

TEST_CASE("conformance: a value that fails only inside its children passes the shallow check") {
  const TaskDefinitionSchema& schema = TaskDefinitionSchema::instance();
  const ConformanceSchema& conformance = schema.conformance();
  const NodeId root = Document::rootId();
  const Parsed failsInside(
      R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx", "memory": "1"}]})");
  CHECK_FALSE(conformance.conforms(*failsInside.document, root, ConformanceSchema::root(), Dialect::EcsApi));
  CHECK(conformance.conformsShallow(*failsInside.document, root, ConformanceSchema::root(), Dialect::EcsApi));
  const Parsed failsItself(
      R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx", "memory": "1"}], "familly": "web"})");
  CHECK_FALSE(
      conformance.conformsShallow(*failsItself.document, root, ConformanceSchema::root(), Dialect::EcsApi));
}

}  // namespace
}  // namespace ecslint::test
