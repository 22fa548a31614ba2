// The fixture suite: every fixtures/**/NAME.json (a task definition), NAME.template.json,
// NAME.yaml or NAME.yml (a CloudFormation template) is linted and its findings compared with
// NAME.expected.json beside it (rule, level, pointer, start and end line/column, optional message
// text).
// Set ECSLINT_UPDATE_FIXTURES=1 to rewrite the expectations from the current output, then review
// the diff (Ruff/insta style snapshots).
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "model/model_builder.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

struct Expected {
  std::string rule;
  std::string level;
  std::string pointer;
  std::uint32_t line = 0, column = 0, endLine = 0, endColumn = 0;
  std::string messageContains;
};

struct Expectation {
  std::optional<LaunchType> launchType;
  std::vector<std::string> select;  // rules enabled on top of the defaults (opt-in rules)
  InputLimits limits;               // "max_bytes", "max_values": lowered to prove ECS015 on small files
  std::vector<Expected> findings;
};

struct Fixture {
  fs::path path;
  std::string name;  // relative to the source directory: the SUBCASE's name and the linted file's
};

// The suffixes a fixture may end with, longest first: NAME is the file name without it, so
// bad-x.template.json and bad-x.yaml both expect bad-x.expected.json (and may not sit side by side).
constexpr std::string_view kFixtureSuffixes[] = {".expected.json", ".template.json", ".json", ".yaml",
                                                 ".yml"};

// The fixture's NAME, or nothing for an expectation or a file of another kind.
std::optional<std::string> fixtureStem(const std::string& filename) {
  for (const std::string_view suffix : kFixtureSuffixes) {
    if (!filename.ends_with(suffix)) continue;
    if (suffix == ".expected.json") return std::nullopt;
    return filename.substr(0, filename.size() - suffix.size());
  }
  return std::nullopt;
}

int fixtureWalks = 0;  // how often fixtures/ was walked: once per process

// Every fixture, sorted, with its name. Both computed once: doctest re-enters a test case once per
// SUBCASE, so a walk (or 407 fs::relative calls, a few stats each) in its body ran once per fixture.
const std::vector<Fixture>& fixtureFiles() {
  static const std::vector<Fixture> fixtures = [] {
    ++fixtureWalks;
    std::vector<Fixture> found;
    const fs::path root = sourceDir();
    for (const auto& entry : fs::recursive_directory_iterator(root / "fixtures")) {
      if (entry.is_regular_file() && fixtureStem(entry.path().filename().string())) {
        found.push_back(Fixture{entry.path(), entry.path().lexically_relative(root).string()});
      }
    }
    std::sort(found.begin(), found.end(), [](const Fixture& a, const Fixture& b) { return a.path < b.path; });
    return found;
  }();
  return fixtures;
}

fs::path expectationPath(const fs::path& fixture) {
  return fixture.parent_path() / (*fixtureStem(fixture.filename().string()) + ".expected.json");
}

std::string str(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}
std::uint32_t num(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsUint() ? it->value.GetUint() : 0;
}

Expectation readExpectation(const fs::path& path) {
  rapidjson::Document document;
  const std::string text = readFile(path);
  document.Parse(text.c_str());
  REQUIRE_MESSAGE(!document.HasParseError(), path.string() << " is not valid JSON");
  REQUIRE_MESSAGE(document.IsObject(), path.string() << " must be an object");
  Expectation expectation;
  if (const std::string launchType = str(document, "launch_type"); !launchType.empty()) {
    expectation.launchType = parseLaunchType(launchType);
    REQUIRE_MESSAGE(expectation.launchType, "bad launch_type in " << path.string());
  }
  if (const auto select = document.FindMember("select"); select != document.MemberEnd()) {
    REQUIRE_MESSAGE(select->value.IsArray(), "\"select\" must be an array in " << path.string());
    for (const auto& id : select->value.GetArray()) expectation.select.push_back(id.GetString());
  }
  if (const auto maxBytes = num(document, "max_bytes"); maxBytes != 0) expectation.limits.maxBytes = maxBytes;
  if (const auto maxValues = num(document, "max_values"); maxValues != 0)
    expectation.limits.maxValues = maxValues;
  const auto findings = document.FindMember("findings");
  REQUIRE_MESSAGE((findings != document.MemberEnd() && findings->value.IsArray()),
                  path.string() << " needs a \"findings\" array");
  for (const auto& item : findings->value.GetArray()) {
    expectation.findings.push_back(Expected{str(item, "rule"), str(item, "level"), str(item, "pointer"),
                                            num(item, "line"), num(item, "column"), num(item, "end_line"),
                                            num(item, "end_column"), str(item, "message_contains")});
  }
  return expectation;
}

Expected describe(const SourceText& source, const Finding& finding) {
  const Region region = source.region(finding.range);
  return Expected{std::string(finding.rule->id),
                  std::string(severityName(finding.severity)),
                  finding.pointer,
                  region.start.line,
                  region.start.column,
                  region.end.line,
                  region.end.column,
                  ""};
}

std::string show(const Expected& e) {
  return e.rule + " " + e.level + " " + (e.pointer.empty() ? "\"\"" : e.pointer) + " " +
         std::to_string(e.line) + ":" + std::to_string(e.column) + "-" + std::to_string(e.endLine) + ":" +
         std::to_string(e.endColumn);
}

void writeExpectation(const fs::path& path, const Expectation& old, const FileReport& report) {
  std::string out = "{\n";
  if (old.launchType) out += "  \"launch_type\": \"" + std::string(launchTypeName(*old.launchType)) + "\",\n";
  if (!old.select.empty()) {
    out += "  \"select\": [";
    for (std::size_t i = 0; i < old.select.size(); ++i) out += (i ? ", \"" : "\"") + old.select[i] + "\"";
    out += "],\n";
  }
  if (old.limits.maxBytes != InputLimits{}.maxBytes) {
    out += "  \"max_bytes\": " + std::to_string(old.limits.maxBytes) + ",\n";
  }
  if (old.limits.maxValues != InputLimits{}.maxValues) {
    out += "  \"max_values\": " + std::to_string(old.limits.maxValues) + ",\n";
  }
  out += "  \"findings\": [";
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    Expected actual = describe(*report.source, report.findings[i]);
    // Keep a message check that still holds.
    for (const Expected& previous : old.findings) {
      if (!previous.messageContains.empty() && previous.rule == actual.rule &&
          previous.pointer == actual.pointer &&
          report.findings[i].message.find(previous.messageContains) != std::string::npos) {
        actual.messageContains = previous.messageContains;
      }
    }
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("rule");
    w.String(actual.rule.c_str());
    w.Key("level");
    w.String(actual.level.c_str());
    w.Key("pointer");
    w.String(actual.pointer.c_str());
    w.Key("line");
    w.Uint(actual.line);
    w.Key("column");
    w.Uint(actual.column);
    w.Key("end_line");
    w.Uint(actual.endLine);
    w.Key("end_column");
    w.Uint(actual.endColumn);
    if (!actual.messageContains.empty()) {
      w.Key("message_contains");
      w.String(actual.messageContains.c_str());
    }
    w.EndObject();
    out += std::string(i == 0 ? "\n" : ",\n") + "    " + buffer.GetString();
  }
  out += report.findings.empty() ? "]\n}\n" : "\n  ]\n}\n";
  std::ofstream(path, std::ios::binary) << out;
}

// The default rules plus the expectation's "select" (opt-in rules are tested this way).
FileReport lintFixture(const Fixture& fixture, const Expectation& expectation) {
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  std::vector<std::string> select = expectation.select;
  if (!select.empty()) {
    for (const RuleInfo& rule : catalogue.rules()) {
      if (rule.enabledByDefault) select.emplace_back(rule.id);
    }
  }
  auto selection = RuleSelection::make(catalogue, select, {});
  REQUIRE_MESSAGE(selection.has_value(), fixture.name << ": " << (selection ? "" : selection.error()));
  LintOptions options(expectation.launchType);
  options.limits = expectation.limits;
  const Linter linter(catalogue, *std::move(selection), std::move(options));
  return linter.lint(fixture.name, readFile(fixture.path));
}

void checkFixture(const Fixture& fixture) {
  const fs::path expectedPath = expectationPath(fixture.path);
  const bool update = std::getenv("ECSLINT_UPDATE_FIXTURES") != nullptr;
  Expectation expectation;
  if (fs::exists(expectedPath)) {
    expectation = readExpectation(expectedPath);
  } else {
    REQUIRE_MESSAGE(update, fixture.name << " has no .expected.json (ECSLINT_UPDATE_FIXTURES=1 creates it)");
  }
  const FileReport report = lintFixture(fixture, expectation);
  if (update) {
    writeExpectation(expectedPath, expectation, report);
    return;
  }
  std::string actualList;
  for (const Finding& finding : report.findings) {
    actualList += "\n  " + show(describe(*report.source, finding)) + "  " + finding.message;
  }
  INFO("actual findings:" << actualList);
  REQUIRE(report.findings.size() == expectation.findings.size());
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Expected actual = describe(*report.source, report.findings[i]);
    const Expected& wanted = expectation.findings[i];
    CHECK_EQ(actual.rule, wanted.rule);
    CHECK_EQ(actual.pointer, wanted.pointer);
    CHECK_EQ(actual.line, wanted.line);
    CHECK_EQ(actual.column, wanted.column);
    if (wanted.endLine != 0) CHECK_EQ(actual.endLine, wanted.endLine);
    if (wanted.endColumn != 0) CHECK_EQ(actual.endColumn, wanted.endColumn);
    if (!wanted.level.empty()) CHECK_EQ(actual.level, wanted.level);
    if (!wanted.messageContains.empty()) {
      CHECK_MESSAGE(
          report.findings[i].message.find(wanted.messageContains) != std::string::npos,
          "message \"" << report.findings[i].message << "\" lacks \"" << wanted.messageContains << "\"");
    }
  }
}

}  // namespace

TEST_CASE("fixtures: every fixture draws exactly its expected findings") {
  const std::vector<Fixture>& fixtures = fixtureFiles();
  REQUIRE(!fixtures.empty());
  for (const Fixture& fixture : fixtures) {
    SUBCASE(fixture.name.c_str()) { checkFixture(fixture); }
  }
  CHECK_MESSAGE(fixtureWalks == 1, "fixtures/ was walked " << fixtureWalks << " times");
}

// NAME.expected.json belongs to one fixture: bad-x.yaml beside bad-x.template.json would share it.
TEST_CASE("fixtures: templates are discovered, and no two fixtures share an expectation") {
  CHECK_EQ(fixtureStem("bad-x.template.json"), "bad-x");
  CHECK_EQ(fixtureStem("bad-x.json"), "bad-x");
  CHECK_EQ(fixtureStem("bad-x.yaml"), "bad-x");
  CHECK_EQ(fixtureStem("bad-x.yml"), "bad-x");
  CHECK_EQ(fixtureStem("bad-x.expected.json"), std::nullopt);
  CHECK_EQ(fixtureStem("README.md"), std::nullopt);

  std::set<fs::path> expectations;
  std::map<std::string, int> bySuffix;
  for (const Fixture& fixture : fixtureFiles()) {
    INFO(fixture.name);
    CHECK_MESSAGE(expectations.insert(expectationPath(fixture.path)).second,
                  "another fixture already uses " << expectationPath(fixture.path).string());
    const std::string filename = fixture.path.filename().string();
    ++bySuffix[filename.substr(fixtureStem(filename)->size())];
  }
  for (const char* suffix : {".json", ".template.json", ".yaml", ".yml"}) {
    INFO(suffix);
    CHECK(bySuffix[suffix] > 0);
  }
}

// Fixtures under fixtures/ECSnnn/ are named bad-*.json (must draw ECSnnn) or good-*.json (must
// not); every rule needs at least two of each (kube-linter's coverage guard).
TEST_CASE("fixtures: every rule has two positive and two negative fixtures") {
  std::map<std::string, std::pair<int, int>> counts;
  for (const Fixture& entry : fixtureFiles()) {
    const fs::path& fixture = entry.path;
    const std::string rule = fixture.parent_path().filename().string();
    const std::string name = fixture.filename().string();
    if (!rule.starts_with("ECS")) continue;
    INFO(fixture.string());
    CHECK_MESSAGE((name.starts_with("bad-") || name.starts_with("good-")),
                  "name must start with bad- or good-");
    const Expectation expectation = readExpectation(expectationPath(fixture));
    const bool draws = std::any_of(expectation.findings.begin(), expectation.findings.end(),
                                   [&](const Expected& e) { return e.rule == rule; });
    if (name.starts_with("bad-")) {
      CHECK_MESSAGE(draws, "a bad- fixture must expect a " << rule << " finding");
      ++counts[rule].first;
    } else {
      CHECK_MESSAGE(!draws, "a good- fixture must not expect a " << rule << " finding");
      ++counts[rule].second;
    }
  }
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    INFO(rule.id);
    CHECK(counts[std::string(rule.id)].first >= 2);
    CHECK(counts[std::string(rule.id)].second >= 2);
  }
}

}  // namespace ecslint::test
