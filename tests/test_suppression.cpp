// Suppressions: the ecslint:ignore tag (in the file) and per_file_ignores (from the configuration,
// as ExternalIgnores), what they hide, and ECS012 for the ones that hide nothing.
#include <doctest/doctest.h>

#include "test_support.h"

namespace ecslint::test {
namespace {

// A task whose roles are the same (ECS205) and whose container has no logs (ECS301), with `tags`.
std::string task(const std::string& tags) {
  return R"({"family": "api", "taskRoleArn": "arn:aws:iam::123456789012:role/app",
  "executionRoleArn": "arn:aws:iam::123456789012:role/app",
  "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512}],
  "tags": )" +
         tags + "}";
}

// The findings this file is about, in order. Schema findings (ECS003-ECS008, ECS010: wrong types,
// tag values outside AWS's character set, empty arrays) are left out: they are the schema's
// business, and these inputs draw some on purpose.
bool schemaRule(std::string_view id) { return id >= "ECS003" && id <= "ECS010" && id != "ECS009"; }

std::string ids(const FileReport& report) {
  std::string result;
  for (const Finding& finding : report.findings) {
    if (!schemaRule(finding.rule->id)) result += (result.empty() ? "" : ",") + std::string(finding.rule->id);
  }
  return result;
}

// The first finding of a rule.
const Finding& first(const FileReport& report, std::string_view id) {
  for (const Finding& finding : report.findings) {
    if (finding.rule->id == id) return finding;
  }
  FAIL("no " << id << " finding");
  return report.findings.front();
}

std::string suppressedIds(const FileReport& report) {
  std::string ids;
  for (const SuppressedFinding& entry : report.suppressed)
    ids += (ids.empty() ? "" : ",") + std::string(entry.finding.rule->id);
  return ids;
}

// The text a finding's range covers.
std::string_view spanText(const FileReport& report, const Finding& finding) {
  return report.source->bytes().substr(finding.range.begin, finding.range.end - finding.range.begin);
}

Linter linterWith(const std::vector<std::string>& select, const std::vector<std::string>& ignore = {}) {
  auto selection = RuleSelection::make(RuleCatalogue::builtIn(), select, ignore);
  REQUIRE(selection.has_value());
  return Linter(RuleCatalogue::builtIn(), std::move(*selection), LintOptions{});
}

ExternalIgnore external(const char* selector, std::string pointer = "") {
  return ExternalIgnore{*matchRules(RuleCatalogue::builtIn(), selector), std::move(pointer),
                        Suppression{SuppressionKind::External, "per_file_ignores", ".ecslint.json", {}}};
}

}  // namespace

TEST_CASE("suppression: the tag hides the rules it names, by id or name, with commas or spaces") {
  CHECK(ids(lintText(task(R"([{"key": "team", "value": "orders"}])"))) == "ECS205,ECS301");
  for (const char* value :
       {"ECS205,ECS301", "ECS205 ECS301", "same-task-and-execution-role missing-log-configuration",
        " ECS205 , ECS301 ", "ECS205+ECS301", "ecs205/ecs301"}) {
    INFO(value);
    const FileReport report =
        lintText(task(R"([{"key": "ecslint:ignore", "value": ")" + std::string(value) + "\"}]"));
    CHECK(ids(report) == "");
    CHECK(suppressedIds(report) == "ECS205,ECS301");
  }
}

TEST_CASE("suppression: a suppressed finding keeps where the suppression is written") {
  const FileReport report = lintText(task(R"([{"key": "ecslint:ignore", "value": "ECS301"}])"));
  REQUIRE(report.suppressed.size() == 1);
  const SuppressedFinding& entry = report.suppressed[0];
  CHECK(entry.finding.rule->id == "ECS301");
  REQUIRE(entry.suppressions.size() == 1);
  const Suppression& suppression = entry.suppressions[0];
  CHECK(suppression.kind == SuppressionKind::InSource);
  CHECK(suppression.path == "test.json");
  CHECK(suppression.region.start.line == 4);
  CHECK(suppression.region.start.column == 48);  // "ECS301" inside the value string
  CHECK(suppression.region.end.column == 54);
}

TEST_CASE("suppression: ECS012 points at the stale entry inside the value") {
  const FileReport report =
      lintText(task(R"([{"key": "ecslint:ignore", "value": "ECS205, ECS101, ECS301"}])"));
  REQUIRE(ids(report) == "ECS012");
  const Finding& stale = first(report, "ECS012");
  CHECK(spanText(report, stale) == "ECS101");
  CHECK(stale.pointer == "/tags/0/value");
  CHECK(stale.severity == Severity::Warning);
  CHECK(stale.message.find("'ECS101' in the ecslint:ignore tag suppresses nothing") != std::string::npos);
}

TEST_CASE("suppression: an entry in a string with escapes points at the whole value") {
  const FileReport report = lintText(task(R"([{"key": "ecslint:ignore", "value": "ECS205\u0020ECS101"}])"));
  REQUIRE(ids(report) == "ECS301,ECS012");
  CHECK(spanText(report, first(report, "ECS012")) == R"("ECS205\u0020ECS101")");
}

TEST_CASE("suppression: unknown rules, empty values and misspelt keys are ECS012") {
  const FileReport unknown = lintText(task(R"([{"key": "ecslint:ignore", "value": "ECS205 ECS3O1"}])"));
  REQUIRE(ids(unknown) == "ECS301,ECS012");
  CHECK(spanText(unknown, first(unknown, "ECS012")) == "ECS3O1");
  CHECK(first(unknown, "ECS012").message.find("did you mean 'ECS301'?") != std::string::npos);

  const FileReport empty = lintText(task(R"([{"key": "ecslint:ignore", "value": " , "}])"));
  REQUIRE(ids(empty) == "ECS205,ECS301,ECS012");
  CHECK(spanText(empty, first(empty, "ECS012")) == R"(" , ")");

  const FileReport noValue = lintText(task(R"([{"key": "ecslint:ignore"}])"));
  CHECK(ids(noValue) == "ECS205,ECS301,ECS012");

  const FileReport misspelt = lintText(task(R"([{"key": "ecslint.ignore", "value": "ECS301"}])"));
  REQUIRE(ids(misspelt) == "ECS205,ECS301,ECS012");
  CHECK(spanText(misspelt, first(misspelt, "ECS012")) == R"("ecslint.ignore")");
  // Other tags are left alone.
  CHECK(ids(lintText(task(R"([{"key": "team", "value": "ECS301"}, {"key": "ecslint", "value": "x"}])"))) ==
        "ECS205,ECS301");
}

TEST_CASE("suppression: placeholders and wrong types say nothing") {
  CHECK(ids(lintText(task(R"([{"key": "ecslint:ignore", "value": "${IGNORED_RULES}"}])"))) ==
        "ECS205,ECS301");
  CHECK(ids(lintText(task(R"([{"key": "ecslint:ignore", "value": 12}])"))) == "ECS205,ECS301");
  CHECK(ids(lintText(task(R"([{"key": "${KEY}", "value": "ECS301"}])"))) == "ECS205,ECS301");
  CHECK(ids(lintText(task(R"("ecslint:ignore=ECS301")"))) == "ECS205,ECS301");
  CHECK(ids(lintText(task(R"([null, "x", {"key": null}])"))) == "ECS205,ECS301");
}

TEST_CASE("suppression: only rules that ran are judged") {
  const std::string text = task(R"([{"key": "ecslint:ignore", "value": "ECS205 ECS101"}])");
  // ECS101 ran and found nothing: stale.
  CHECK(ids(lintText(text)) == "ECS301,ECS012");
  // With ECS101 not selected, the entry cannot be judged.
  CHECK(ids(linterWith({"ECS2", "ECS012"}).lint("t.json", text)) == "");
  CHECK(ids(linterWith({}, {"ECS101"}).lint("t.json", text)) == "ECS301");
  // With ECS012 ignored, nothing is said about suppressions.
  CHECK(ids(linterWith({}, {"unused-suppression"}).lint("t.json", text)) == "ECS301");
  // A prefix is used when any rule it names fires.
  CHECK(ids(lintText(task(R"([{"key": "ecslint:ignore", "value": "ECS2 ECS3"}])"))) == "");
}

TEST_CASE("suppression: ECS012 in the tag keeps stale entries on purpose") {
  const FileReport report = lintText(task(R"([{"key": "ecslint:ignore", "value": "ECS205 ECS101 ECS012"}])"));
  CHECK(ids(report) == "ECS301");
  CHECK(suppressedIds(report) == "ECS205,ECS012");
}

TEST_CASE("suppression: describe-task-definition output's tags count too") {
  const std::string text =
      R"({"taskDefinition": {"family": "api", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512}]},
    "tags": [{"key": "ecslint:ignore", "value": "ECS009 ECS301 ECS205"}]})";
  const FileReport report = lintText(text);
  CHECK(ids(report) == "ECS012");
  CHECK(spanText(report, first(report, "ECS012")) == "ECS205");
  CHECK(suppressedIds(report) == "ECS009,ECS301");
}

TEST_CASE("suppression: external ignores, narrowed by a JSON pointer") {
  const Linter linter = linterWith({});
  const std::string text =
      R"({"family": "api", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512},
    {"name": "b", "image": "nginx:1", "memory": 512}]})";
  CHECK(ids(linter.lint("t.json", text)) == "ECS301,ECS301");

  const std::vector<ExternalIgnore> whole = {external("ECS301")};
  const FileReport all = linter.lint("t.json", text, whole);
  CHECK(ids(all) == "");
  CHECK(suppressedIds(all) == "ECS301,ECS301");
  CHECK(all.externalIgnoresUsed == std::vector<bool>{true});
  CHECK(all.suppressed[0].suppressions[0].kind == SuppressionKind::External);

  const std::vector<ExternalIgnore> second = {external("ECS301", "/containerDefinitions/1"),
                                              external("ECS101", "/containerDefinitions/1")};
  const FileReport one = linter.lint("t.json", text, second);
  REQUIRE(ids(one) == "ECS301");
  CHECK(first(one, "ECS301").pointer == "/containerDefinitions/0/name");
  CHECK(one.externalIgnoresUsed == std::vector<bool>{true, false});

  // "/containerDefinitions/1" does not cover "/containerDefinitions/10".
  const std::vector<ExternalIgnore> prefixOnly = {external("ECS301", "/containerDefinitions/0/na")};
  CHECK(ids(linter.lint("t.json", text, prefixOnly)) == "ECS301,ECS301");

  // External ignores never apply to input that cannot be read (issue 11: a broken file must not
  // pass), and are not judged unused there; they apply to ECS012 itself.
  const std::vector<ExternalIgnore> parse = {external("invalid-json")};
  const FileReport broken = linter.lint("t.json", "{", parse);
  CHECK(ids(broken) == "ECS001");
  CHECK(suppressedIds(broken) == "");
  CHECK(broken.externalIgnoresUsed == std::vector<bool>{true});
  const std::vector<ExternalIgnore> unused = {external("ECS012")};
  const FileReport quiet =
      linter.lint("t.json", task(R"([{"key": "ecslint:ignore", "value": "ECS101"}])"), unused);
  CHECK(ids(quiet) == "ECS205,ECS301");
  CHECK(suppressedIds(quiet) == "ECS012");
}

TEST_CASE("suppression: the configuration's severity applies to suppressed and ECS012 findings") {
  LintOptions options;
  options.severities = {{RuleCatalogue::builtIn().find("ECS012"), Severity::Error},
                        {RuleCatalogue::builtIn().find("ECS301"), Severity::Note}};
  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), options);
  const FileReport report =
      linter.lint("t.json", task(R"([{"key": "ecslint:ignore", "value": "ECS301 ECS101"}])"));
  REQUIRE(ids(report) == "ECS205,ECS012");
  CHECK(first(report, "ECS012").severity == Severity::Error);
  REQUIRE(report.suppressed.size() == 1);
  CHECK(report.suppressed[0].finding.severity == Severity::Note);
}

}  // namespace ecslint::test
