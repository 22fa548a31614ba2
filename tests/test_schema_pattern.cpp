// Schema patterns searched from tables must agree with std::regex_search, which is what valijson
// runs: on every pattern of the embedded schema and on the forms the table compiler accepts, over
// every byte and the strings where anchors and alternations matter.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <regex>
#include <string>
#include <vector>

#include "schema/schema_pattern.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

void collectPatterns(const rapidjson::Value& node, std::vector<std::string>& patterns) {
  if (node.IsObject()) {
    for (const auto& member : node.GetObject()) {
      if (std::string_view(member.name.GetString()) == "pattern" && member.value.IsString()) {
        patterns.emplace_back(member.value.GetString(), member.value.GetStringLength());
      }
      collectPatterns(member.value, patterns);
    }
  } else if (node.IsArray()) {
    for (const auto& element : node.GetArray()) collectPatterns(element, patterns);
  }
}

std::vector<std::string> schemaPatterns() {
  const std::string text = readFile(sourceDir() / "schemas" / "task-definition.schema.json");
  rapidjson::Document schema;
  schema.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(schema.HasParseError());
  std::vector<std::string> patterns;
  collectPatterns(schema, patterns);
  return patterns;
}

// Strings that exercise classes, anchors and alternations: every byte alone and inside a word,
// every byte at either end, and the prefixes, suffixes and digests the schema's patterns name.
std::vector<std::string> probes() {
  std::vector<std::string> strings = {"",
                                      "web",
                                      "my-app_2",
                                      "-web",
                                      "web-",
                                      ":web",
                                      "web:",
                                      "w:b",
                                      "a b",
                                      "a\nb",
                                      "\n:",
                                      ":\n",
                                      "aws:",
                                      "aws:team",
                                      "AWS:x",
                                      "Aws:x",
                                      "aWs:x",
                                      "awS:x",
                                      "AWs:x",
                                      "AwS:x",
                                      "aWS:x",
                                      "awsx:y",
                                      "xaws:y",
                                      "aws",
                                      "123-456",
                                      "1-65535",
                                      "123456-1",
                                      "1--2",
                                      "nginx:1.27",
                                      "nginx@sha256:" + std::string(64, 'a'),
                                      "nginx@sha256:" + std::string(63, 'a'),
                                      "nginx@sha256:" + std::string(65, 'a'),
                                      "nginx@sha256:" + std::string(64, 'g'),
                                      "nginx@sha512:" + std::string(64, 'a'),
                                      "caf\xC3\xA9",
                                      "\xC3\xA9",
                                      "\xFF",
                                      "aws:caf\xC3\xA9"};
  for (int byte = 0; byte < 256; ++byte) {
    const std::string c(1, static_cast<char>(byte));
    strings.push_back(c);
    strings.push_back("ab" + c + "cd");
    strings.push_back(c + "ab");
    strings.push_back("ab" + c);
  }
  return strings;
}

void checkAgreesWithRegex(const std::string& pattern) {
  const SchemaPattern compiled(pattern);
  const std::regex reference(pattern);
  for (const std::string& text : probes()) {
    const bool expected = std::regex_search(text, reference);
    CHECK_MESSAGE(compiled.search(text) == expected, "pattern " << pattern << " on \"" << text << "\"");
  }
}

TEST_CASE("schema pattern: every pattern of the schema agrees with std::regex_search") {
  const std::vector<std::string> patterns = schemaPatterns();
  REQUIRE(patterns.size() >= 8);
  for (const std::string& pattern : patterns) checkAgreesWithRegex(pattern);
}

TEST_CASE("schema pattern: the patterns on every container's name and image are compiled to tables") {
  // These run for every container of every file; losing one to std::regex would cost a few
  // thousand instructions per search without any test failing.
  int compiled = 0;
  for (const std::string& pattern : schemaPatterns()) {
    if (SchemaPattern(pattern).compiled()) ++compiled;
  }
  CHECK(SchemaPattern("[^A-Za-z0-9_-]").compiled());
  CHECK(SchemaPattern("[^A-Za-z0-9_.:/#@-]").compiled());
  CHECK(SchemaPattern("@").compiled());
  CHECK(compiled >= 8);
}

TEST_CASE("schema pattern: the table forms, and what they leave to std::regex") {
  for (const char* pattern : {"[^a-z]", "[a-c]|^x|y$", "\\s", "^(ab|cd)e", "[\\x00-\\x1F\\x7F]",
                              "[\\[\\]\\\\-]", "^-|:$", "[^a-z0-9_-]|^-"}) {
    CHECK_MESSAGE(SchemaPattern(pattern).compiled(), pattern);
    checkAgreesWithRegex(pattern);
  }
  for (const char* pattern : {"a+", "^", "[^]", "(a)", "a.b", "\\d", "^[0-9]{1,5}$", "[\\s]", "ab",
                              "@(?!sha256:[0-9A-Fa-f]{64}$)"}) {
    CHECK_FALSE_MESSAGE(SchemaPattern(pattern).compiled(), pattern);
    checkAgreesWithRegex(pattern);
  }
}

}  // namespace
}  // namespace ecslint::test
