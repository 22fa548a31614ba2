// Fixes on fixtures: fixtures/fix/NAME.json fixed in memory must equal NAME.fixed.json (a
// reviewed snapshot: ECSLINT_UPDATE_FIXTURES=1 rewrites it), parse, draw no new finding and none of
// the fixed ones, and stay as they are when fixed again. The fixture suite lints both files against
// their own .expected.json. Every fixture with a fixable finding (fixtures/**) is also checked for
// locality: a fix edits only inside the object that holds what the finding points at.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "engine/apply_fixes.h"
#include "engine/fixer.h"
#include "json/json_loader.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(const fs::path& directory, bool recursive) {
  std::vector<fs::path> files;
  const auto add = [&](const fs::path& path) {
    const std::string name = path.filename().string();
    if (name.ends_with(".json") && !name.ends_with(".expected.json") && !name.ends_with(".fixed.json")) {
      files.push_back(path);
    }
  };
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(directory)) add(entry.path());
  } else {
    for (const auto& entry : fs::directory_iterator(directory)) add(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

const Linter& linter() {
  static const Linter instance(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()),
                               LintOptions{});
  return instance;
}

// (rule, message) of each finding: what a finding says, wherever it moved.
std::multiset<std::pair<std::string, std::string>> said(const std::vector<Finding>& findings, bool fixable) {
  std::multiset<std::pair<std::string, std::string>> result;
  for (const Finding& finding : findings) {
    if (finding.fix.has_value() == fixable) result.emplace(finding.rule->id, finding.message);
  }
  return result;
}

void checkFixFixture(const fs::path& input) {
  const std::string name = fs::relative(input, sourceDir()).string();
  const std::string original = readFile(input);
  const FileReport before = linter().lint(name, original);
  const bool expectFix = input.filename().string().find("no-fix") == std::string::npos;
  CHECK_MESSAGE(std::any_of(before.findings.begin(), before.findings.end(),
                            [](const Finding& f) { return f.fix.has_value(); }) == expectFix,
                (expectFix ? "no finding offers a fix" : "a finding offers a fix"));

  const FileReport after = lintAndFix(linter(), name, original);
  const std::string fixed(after.source->bytes());
  const fs::path snapshot = fs::path(input).replace_extension(".fixed.json");
  if (std::getenv("ECSLINT_UPDATE_FIXTURES") != nullptr) {
    std::ofstream(snapshot, std::ios::binary) << fixed;
  } else {
    REQUIRE_MESSAGE(fs::exists(snapshot), snapshot.string()
                                              << " is missing (ECSLINT_UPDATE_FIXTURES=1 writes it)");
    CHECK_MESSAGE(fixed == readFile(snapshot), "the fixed text differs from " << snapshot.string() << ":\n"
                                                                              << fixed);
  }

  // Valid, the fixed findings gone, nothing new (a fix may resolve other findings too), nothing
  // fixable left.
  CHECK(after.isTaskDefinition);
  CHECK(after.fixed == said(before.findings, true).size());
  CHECK(said(after.findings, true).empty());
  const auto remaining = said(after.findings, false);
  const auto unfixable = said(before.findings, false);
  CHECK(std::includes(unfixable.begin(), unfixable.end(), remaining.begin(), remaining.end()));
  CHECK((after.fixed == 0) == (fixed == original));

  // Fixing again changes nothing.
  const FileReport again = lintAndFix(linter(), name, fixed);
  CHECK(again.source->bytes() == fixed);
  CHECK(again.fixed == 0);
}

// The object a finding is about: the parent of the node it points at (the root for the root).
ByteRange scopeOf(const Document& document, const Finding& finding) {
  const NodeId node = document.find(finding.pointer);
  REQUIRE(node != kNoNode);
  const NodeId parent = document.node(node).parent;
  return document.node(parent == kNoNode ? node : parent).span;
}

// Where a finding's fix may edit: the object it is about and, for a stack rule's finding, each
// template resource it relates to (ECS801 adds the managed policy to the role it points at).
std::vector<ByteRange> scopesOf(const Document& document, const Finding& finding) {
  std::vector<ByteRange> scopes{scopeOf(document, finding)};
  constexpr std::string_view kResources = "/Resources/";
  for (const RelatedLocation& related : finding.related) {
    if (!related.pointer.starts_with(kResources)) continue;
    const NodeId resource =
        document.find(related.pointer.substr(0, related.pointer.find('/', kResources.size())));
    if (resource != kNoNode) scopes.push_back(document.node(resource).span);
  }
  return scopes;
}

}  // namespace

TEST_CASE("fix fixtures: each fixes to its snapshot, validly, completely and once") {
  const std::vector<fs::path> fixtures = inputs(sourceDir() / "fixtures" / "fix", false);
  REQUIRE(fixtures.size() >= 8);
  for (const fs::path& fixture : fixtures) {
    SUBCASE(fixture.filename().string().c_str()) { checkFixFixture(fixture); }
  }
}

TEST_CASE("fix fixtures: every fix edits only inside the object its finding is about") {
  std::map<std::string, int> fixesByRule;
  for (const fs::path& fixture : inputs(sourceDir() / "fixtures", true)) {
    const std::string text = readFile(fixture);
    const FileReport report = linter().lint(fixture.string(), text);
    if (!report.isTaskDefinition) continue;
    const auto document = loadJson(*report.source);
    REQUIRE(document.has_value());
    for (const Finding& finding : report.findings) {
      if (!finding.fix) continue;
      INFO(fixture.string() << ": " << finding.rule->id << " at " << finding.pointer);
      ++fixesByRule[std::string(finding.rule->id)];
      const std::vector<ByteRange> scopes = scopesOf(*document, finding);
      for (const TextEdit& edit : finding.fix->edits) {
        CHECK(std::any_of(scopes.begin(), scopes.end(), [&](const ByteRange& scope) {
          return edit.range.begin >= scope.begin && edit.range.end <= scope.end;
        }));
      }
      // Applied alone, the fix leaves JSON behind.
      const SourceText applied("applied.json", applyEdits(text, finding.fix->edits));
      CHECK(loadJson(applied).has_value());
    }
  }
  for (const char* rule : {"ECS009", "ECS101", "ECS206", "ECS301", "ECS401"}) {
    INFO(rule);
    CHECK(fixesByRule[rule] >= 2);
  }
  // A rule that fixes says so where users look for it.
  for (const auto& entry : fixesByRule) {
    // Not a structured binding: clang before 16 cannot capture one in doctest's INFO lambda.
    const std::string& id = entry.first;
    INFO(id);
    const RuleInfo* rule = RuleCatalogue::builtIn().find(id);
    REQUIRE(rule != nullptr);
    const auto documentation = parseRuleDocumentation(rule->documentation);
    REQUIRE(documentation.has_value());
    CHECK(documentation->howToFix.find("ecslint --fix") != std::string::npos);
  }
}

}  // namespace ecslint::test
