// docs/rules/ is generated from the catalogue by the executable; the committed pages must be
// exactly what it generates today.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "catalogue/rule_page.h"
#include "cli_runner.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRegenerate = "regenerate with: build/ecslint docs --output-dir docs/rules";

}  // namespace

TEST_CASE("docs: the committed docs/rules pages match the catalogue") {
  const fs::path directory = sourceDir() / "docs" / "rules";
  const std::vector<GeneratedPage> pages = renderRulePages(RuleCatalogue::builtIn());
  std::set<std::string> expected;
  for (const GeneratedPage& page : pages) {
    INFO(page.fileName);
    expected.insert(page.fileName);
    const fs::path path = directory / page.fileName;
    REQUIRE_MESSAGE(fs::exists(path), path.string() << " is missing; " << kRegenerate);
    CHECK_MESSAGE(readFile(path) == page.content, path.string() << " is out of date; " << kRegenerate);
  }
  const std::regex rulePage("ECS[0-9]+\\.md");
  for (const auto& entry : fs::directory_iterator(directory)) {
    const std::string name = entry.path().filename().string();
    if (std::regex_match(name, rulePage)) {
      CHECK_MESSAGE(expected.count(name) == 1,
                    name << " documents no rule of the catalogue; " << kRegenerate);
    }
  }
}

TEST_CASE("docs: every page has the rule's metadata and documentation") {
  for (const GeneratedPage& page : renderRulePages(RuleCatalogue::builtIn())) {
    if (page.fileName == "README.md") continue;
    const RuleInfo* rule = RuleCatalogue::builtIn().find(page.fileName.substr(0, page.fileName.size() - 3));
    REQUIRE(rule != nullptr);
    INFO(rule->id);
    CHECK(contains(page.content, "# " + std::string(rule->id) + " " + std::string(rule->name) + "\n"));
    CHECK(contains(page.content, "| Severity | " + std::string(severityName(rule->severity)) + " |"));
    CHECK(contains(page.content, "## Why"));
    CHECK(contains(page.content, "### Bad"));
    CHECK(contains(page.content, "Edit rules/" + std::string(rule->fileName) + " instead."));
    CHECK(contains(page.content, "| Security severity |") == !rule->securitySeverity.empty());
  }
}

TEST_CASE("docs: `ecslint docs` writes the pages and removes the page of a rule that is gone") {
  const ScratchDirectory out("docs-command");
  out.write("ECS999.md", "a rule that no longer exists");
  out.write("notes.txt", "not ours");
  const CliResult run = runCli("docs --output-dir " + quoted(out.path().string()));
  CHECK(run.exitCode == 0);
  CHECK(contains(run.out, "removed 1 stale"));
  CHECK_FALSE(fs::exists(out.path() / "ECS999.md"));
  CHECK(fs::exists(out.path() / "notes.txt"));
  for (const GeneratedPage& page : renderRulePages(RuleCatalogue::builtIn())) {
    CHECK(readFile(out.path() / page.fileName) == page.content);
  }
  CHECK(runCli("docs").exitCode == 2);  // --output-dir is required: ecslint writes nothing by surprise
}

}  // namespace ecslint::test
