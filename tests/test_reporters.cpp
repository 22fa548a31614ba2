// Reporter output: golden files for text and SARIF (ECSLINT_UPDATE_GOLDEN=1 rewrites them; review
// the diff), SARIF structure, and SARIF validity against the official 2.1.0 schema.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdlib>

#include "golden_support.h"
#include "report/github_reporter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"
#include "support/valijson.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

const fs::path kExample = "fixtures/examples/pitfalls.json";

std::string sarifFor(const std::vector<fs::path>& files) {
  std::ostringstream out;
  SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/");
  return render(reporter, out, files);
}

// Validates with valijson against the official schema; returns the first errors as text.
std::string sarifSchemaErrors(const std::string& sarif) {
  rapidjson::Document schemaDocument;
  schemaDocument.Parse(readFile(sharedDir() / "reference" / "sarif-schema-2.1.0.json").c_str());
  REQUIRE(!schemaDocument.HasParseError());
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
  parser.populateSchema(valijson::adapters::RapidJsonAdapter(schemaDocument), schema);

  rapidjson::Document document;
  document.Parse(sarif.c_str());
  REQUIRE(!document.HasParseError());
  valijson::Validator validator;
  valijson::ValidationResults results;
  if (validator.validate(schema, valijson::adapters::RapidJsonAdapter(document), &results)) return "";
  std::string errors;
  valijson::ValidationResults::Error error;
  for (int i = 0; i < 5 && results.popError(error); ++i) {
    for (const std::string& part : error.context) errors += part;
    errors += ": " + error.description + "\n";
  }
  return errors;
}

// Whether `text` holds a control character other than the newlines that end its lines.
bool hasRawControl(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return (c >= 0 && c < 0x20 && c != '\n') || c == 0x7F; });
}

}  // namespace

TEST_CASE("reporters: text output of the bundled example matches its golden file") {
  std::ostringstream out;
  TextReporter reporter(out, TextStyle{true, false, false});
  compareWithGolden(render(reporter, out, {kExample}), "pitfalls.txt");
}

TEST_CASE("reporters: control characters in names, messages and source lines are shown escaped") {
  // An ESC sequence in a string (ECS001 at the ESC), under a file name with a newline in it.
  std::ostringstream out;
  TextReporter text(out, TextStyle{true, false, true});
  text.file(lintText("{\"family\": \"a\x1b[2Jb\"}", {}, "evil\nname\x7f.json"));
  CHECK(out.str() ==
        "evil\\nname\\x7f.json:1:14: error: control character U+001B inside a string must be escaped (\\n, "
        "\\t, \\u00XX) [ECS001 invalid-json]\n"
        " 1 | {\"family\": \"a\\x1b[2Jb\"}\n"
        "   |              ^~~~\n");
  // A container name with "\r\n" and a C1 control (U+009B, a CSI to some terminals) quoted in a
  // message, and a caret after an escaped DEL (valid in a JSON string) still under its value.
  std::string task = kCleanTask;
  const std::string logs = task.substr(task.find(",\n    \"logConfiguration\""));
  task.replace(task.find(logs), logs.size(), "\n  }]\n}\n");  // no logConfiguration: ECS301
  task.replace(task.find("\"name\": \"web\""), 13, "\"name\": \"w\\r\\n0 problems\\u009b\"");
  task.replace(task.find("\"family\": \"web\""), 15, "\"family\": \"w\x7f\", \"family\": \"web\"");
  out.str("");
  text.file(lintText(task));
  INFO(out.str());
  CHECK(out.str().find("container 'w\\r\\n0 problems\\u009b' has no logConfiguration") != std::string::npos);
  CHECK(out.str().find(" 2 |   \"family\": \"w\\x7f\", \"family\": \"web\",\n   | " + std::string(21, ' ') +
                       "^~~~~~~~\n") != std::string::npos);
  CHECK_FALSE(hasRawControl(out.str()));
  // GitHub: its own escapes for line breaks, visible ones for the rest.
  std::ostringstream github;
  GithubReporter(github, true).file(lintText("{\"family\": \"a\x1b[2Jb\"}", {}, "evil\nname\x1b.json"));
  CHECK(github.str().starts_with("::error file=evil%0Aname\\x1b.json,line=1,"));
  CHECK_FALSE(hasRawControl(github.str()));
}

TEST_CASE("reporters: the caret stays under its span after double-width characters") {
  // A Japanese container name, then a second "name" on the same line: the caret must be under the
  // second "name", each Katakana character taking two cells on the terminal.
  std::string task = kCleanTask;
  task.replace(task.find("\"name\": \"web\""), 13,
               "\"name\": \"\xE3\x82\xA6\xE3\x82\xA7\xE3\x83\x96\", \"name\": \"web\"");
  std::ostringstream out;
  TextReporter(out, TextStyle{true, false, true}).file(lintText(task));
  INFO(out.str());
  // 4 spaces, `"name": "` (9), ウェブ (3 characters, 6 cells), `", ` (3): 22 cells before the caret.
  CHECK(out.str().find(
            " 9 |     \"name\": \"\xE3\x82\xA6\xE3\x82\xA7\xE3\x83\x96\", \"name\": \"web\",\n   | " +
            std::string(22, ' ') + "^~~~~~\n") != std::string::npos);
}

TEST_CASE("reporters: SARIF output of the bundled example matches its golden file") {
  compareWithGolden(sarifFor({kExample}), "pitfalls.sarif");
}

TEST_CASE("reporters: SARIF is valid against the official SARIF 2.1.0 schema") {
  if (!needShared("reference/sarif-schema-2.1.0.json")) return;
  const std::string goldenErrors =
      sarifSchemaErrors(readFile(sourceDir() / "tests" / "golden" / "pitfalls.sarif"));
  CHECK_MESSAGE(goldenErrors.empty(), goldenErrors);
  // Every fixture at once: parse errors, BOMs, non-ASCII text, related locations.
  std::vector<fs::path> fixtures;
  for (const auto& entry : fs::recursive_directory_iterator(sourceDir() / "fixtures")) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".json") && !name.ends_with(".expected.json")) {
      fixtures.push_back(fs::relative(entry.path(), sourceDir()));
    }
  }
  const std::string errors = sarifSchemaErrors(sarifFor(fixtures));
  CHECK_MESSAGE(errors.empty(), errors);
}

TEST_CASE("reporters: SARIF results carry regions, pointers, rule indexes and stable fingerprints") {
  const std::string text =
      "{\"family\": \"web\", \"networkMode\": \"awsvpc\", \"containerDefinitions\": [\n"
      "  {\"name\": \"w\", \"workingDirectory\": \"/é\", \"image\": \"nginx:1\", "
      "\"portMappings\": [{\"containerPort\": 80, "
      "\"hostPort\": 81}],\n   \"logConfiguration\": {\"logDriver\": \"json-file\"}, \"memory\": 64}]}";
  const FileReport report = lintText(text, {}, "dir/task def.json");
  std::ostringstream out;
  SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/");
  reporter.file(report);
  reporter.finish(RunSummary{1, 1, 0, 0, 1});
  rapidjson::Document sarif;
  sarif.Parse(out.str().c_str());
  REQUIRE(!sarif.HasParseError());
  const auto& run = sarif["runs"][0];
  CHECK(std::string(run["columnKind"].GetString()) == "utf16CodeUnits");
  CHECK(std::string(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].GetString()) == "file:///src/");
  CHECK(run["invocations"][0]["exitCode"].GetInt() == 1);
  REQUIRE(run["results"].Size() == 1);
  const auto& result = run["results"][0];
  CHECK(std::string(result["ruleId"].GetString()) == "ECS101");
  const auto& rule = run["tool"]["driver"]["rules"][result["ruleIndex"].GetUint()];
  CHECK(std::string(rule["id"].GetString()) == "ECS101");
  const auto& location = result["locations"][0]["physicalLocation"];
  CHECK(std::string(location["artifactLocation"]["uri"].GetString()) == "dir/task%20def.json");
  CHECK(std::string(location["artifactLocation"]["uriBaseId"].GetString()) == "%SRCROOT%");
  const auto& region = location["region"];
  CHECK(region["startLine"].GetUint() == 2);
  // "é" is one UTF-16 unit but two bytes: the column counts units.
  CHECK(region["startColumn"].GetUint() == 114);  // 115 in bytes
  CHECK(region["endColumn"].GetUint() == 116);
  CHECK(std::string(region["snippet"]["text"].GetString()) == "81");
  CHECK(std::string(result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].GetString()) ==
        "/containerDefinitions/0/portMappings/0/hostPort");
  const std::string fingerprint = result["partialFingerprints"]["ecslint/v1"].GetString();
  CHECK(fingerprint.size() == 16);

  // The same finding one line lower keeps its fingerprint.
  const FileReport moved = lintText("\n" + text, {}, "dir/task def.json");
  std::ostringstream movedOut;
  SarifReporter movedReporter(movedOut, RuleCatalogue::builtIn(), "/src/");
  movedReporter.file(moved);
  movedReporter.finish(RunSummary{});
  CHECK(movedOut.str().find(fingerprint) != std::string::npos);
}

TEST_CASE("reporters: artifact URIs are relative and percent-encoded, or file:// when absolute") {
  CHECK(artifactUri("./a/b.json") == "a/b.json");
  CHECK(artifactUri("a b/ü.json") == "a%20b/%C3%BC.json");
  CHECK(artifactUri("/abs/x.json") == "file:///abs/x.json");
}

}  // namespace ecslint::test
