// Golden output of the CI-facing formats for a run with suppressions (ECSLINT_UPDATE_GOLDEN=1
// rewrites them; review the diff), and what GitHub code scanning needs from every golden SARIF
// file: schema validity (here, with valijson) and, in .ci/run, the SARIF Multitool validator.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <cstdlib>

#include "engine/baseline.h"
#include "golden_support.h"
#include "report/github_reporter.h"
#include "report/json_reporter.h"
#include "report/sarif_reporter.h"
#include "support/valijson.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// A file with a used and a stale suppression, and one clean but for a suppressed finding.
const std::vector<fs::path> kSuppressionRun = {"fixtures/ECS012/bad-stale-entry.json",
                                               "fixtures/ECS012/good-used-suppression.json"};

std::vector<fs::path> goldenSarifFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(sourceDir() / "tests" / "golden")) {
    if (entry.path().extension() == ".sarif") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("report goldens: SARIF with suppressions") {
  std::ostringstream out;
  SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/");
  compareWithGolden(render(reporter, out, kSuppressionRun), "suppression.sarif");
}

// With a baseline: the first file's findings accepted (unchanged), the second's new, and one entry
// of a file that no longer exists (absent). SARIF requires baselineState on every result or none.
TEST_CASE("report goldens: SARIF against a baseline") {
  Baseline written("/src/ecslint-baseline.json");
  FileReport accepted = lintText(readFile(sourceDir() / kSuppressionRun[0]), {}, kSuppressionRun[0].string());
  written.record(accepted);
  FileReport gone =
      lintText(readFile(sourceDir() / "fixtures/examples/pitfalls.json"), {}, "/src/gone/web.json");
  written.record(gone);
  auto baseline = Baseline::parse(written.file(), written.serialize());
  REQUIRE(baseline);
  const RuleSelection selection(RuleCatalogue::builtIn());
  std::vector<FileReport> reports;
  RunSummary summary;
  for (const fs::path& file : kSuppressionRun) {
    reports.push_back(lintText(readFile(sourceDir() / file), {}, file.string()));
    baseline->apply(reports.back(), selection);
    summary.files++;
  }
  std::ostringstream out;
  SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/", "", &*baseline);
  for (const FileReport& report : reports) reporter.file(report);
  reporter.finish(summary);
  const std::string sarif = out.str();
  CHECK(sarif.find("\"baselineState\": \"unchanged\"") != std::string::npos);
  CHECK(sarif.find("\"baselineState\": \"new\"") != std::string::npos);
  CHECK(sarif.find("\"baselineState\": \"absent\"") != std::string::npos);
  compareWithGolden(sarif, "baseline.sarif");
}

// A Terraform plan: every result names the resource's address (logicalLocations), points into
// container_definitions at the plan's own line and column, and has no fix.
TEST_CASE("report goldens: SARIF for a Terraform plan") {
  std::ostringstream out;
  SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/");
  const std::string sarif = render(reporter, out, {"fixtures/examples/web-plan.json"});
  CHECK(sarif.find("\"name\": \"aws_ecs_task_definition.web\"") != std::string::npos);
  CHECK(sarif.find("\"fixes\"") == std::string::npos);
  compareWithGolden(sarif, "terraform-plan.sarif");
}

TEST_CASE("report goldens: json") {
  std::ostringstream out;
  JsonReporter reporter(out);
  compareWithGolden(render(reporter, out, kSuppressionRun), "suppression.json");
}

TEST_CASE("report goldens: github") {
  std::ostringstream out;
  GithubReporter reporter(out, false);
  compareWithGolden(render(reporter, out, kSuppressionRun), "suppression.github");
}

TEST_CASE("report goldens: every golden SARIF file is valid against the official schema") {
  if (!needShared("reference/sarif-schema-2.1.0.json")) return;
  rapidjson::Document schemaDocument;
  schemaDocument.Parse(readFile(sharedDir() / "reference" / "sarif-schema-2.1.0.json").c_str());
  REQUIRE(!schemaDocument.HasParseError());
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
  parser.populateSchema(valijson::adapters::RapidJsonAdapter(schemaDocument), schema);
  for (const fs::path& file : goldenSarifFiles()) {
    INFO(file.string());
    rapidjson::Document document;
    document.Parse(readFile(file).c_str());
    REQUIRE(!document.HasParseError());
    valijson::Validator validator;
    valijson::ValidationResults results;
    const bool valid = validator.validate(schema, valijson::adapters::RapidJsonAdapter(document), &results);
    std::string errors;
    valijson::ValidationResults::Error error;
    for (int i = 0; i < 5 && results.popError(error); ++i) {
      for (const std::string& part : error.context) errors += part;
      errors += ": " + error.description + "\n";
    }
    CHECK_MESSAGE(valid, errors);
  }
}

// GitHub code scanning files results from rules with a security-severity as security alerts, and
// ranks them by it: every security rule needs one, and no other rule may have one.
TEST_CASE("report goldens: security rules, and only they, carry a security-severity") {
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    INFO(rule.id);
    CHECK((rule.category == "security") == !rule.securitySeverity.empty());
  }
}

// Alerts stay the same alert across runs: the fingerprint ignores line moves, and results that
// share a rule, pointer and file still get different fingerprints.
TEST_CASE("report goldens: partial fingerprints are stable and distinct") {
  const std::string text =
      R"({"family": "f", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512}]})";
  const auto fingerprints = [](const std::string& input, const std::string& name) {
    std::ostringstream out;
    SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/");
    const FileReport report = lintText(input, {}, name);
    reporter.file(report);
    reporter.finish(RunSummary{});
    rapidjson::Document sarif;
    sarif.Parse(out.str().c_str());
    std::vector<std::string> result;
    for (const auto& item : sarif["runs"][0]["results"].GetArray()) {
      result.emplace_back(item["partialFingerprints"]["ecslint/v1"].GetString());
    }
    return result;
  };
  const std::vector<std::string> first = fingerprints(text, "a/task.json");
  REQUIRE(first.size() == 1);
  CHECK(fingerprints("\n\n  " + text, "a/task.json") == first);
  CHECK(fingerprints(text, "./a/task.json") == first);  // the same file named another way
  CHECK(fingerprints(text, "b/task.json") != first);
  // ECS401 and ECS402 may both point at one value; two ECS402 (cpu, memory) share a pointer.
  const std::vector<std::string> twice = fingerprints(
      R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": []})", "t.json");
  REQUIRE(twice.size() >= 2);
  CHECK(twice[0] != twice[1]);
}

}  // namespace ecslint::test
