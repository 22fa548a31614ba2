// docs/rules/ is generated from the catalogue by the executable; the committed pages must be
// exactly what it generates today.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

#include "catalogue/rule_page.h"
#include "cli_runner.h"
#include "english_left.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// The committed pages of one language must be what the executable generates today.
void checkCommittedPages(const fs::path& directory, Language language, const std::string& regenerate) {
  const std::vector<GeneratedPage> pages = renderRulePages(RuleCatalogue::builtIn(), language);
  std::set<std::string> expected;
  for (const GeneratedPage& page : pages) {
    INFO(page.fileName);
    expected.insert(page.fileName);
    const fs::path path = directory / page.fileName;
    REQUIRE_MESSAGE(fs::exists(path), path.string() << " is missing; " << regenerate);
    CHECK_MESSAGE(readFile(path) == page.content, path.string() << " is out of date; " << regenerate);
  }
  const std::regex rulePage("ECS[0-9]+\\.md");
  for (const auto& entry : fs::directory_iterator(directory)) {
    const std::string name = entry.path().filename().string();
    if (std::regex_match(name, rulePage)) {
      CHECK_MESSAGE(expected.count(name) == 1, name << " documents no rule of the catalogue; " << regenerate);
    }
  }
}

}  // namespace

TEST_CASE("docs: the committed docs/rules pages match the catalogue") {
  checkCommittedPages(sourceDir() / "docs" / "rules", Language::English,
                      "regenerate with: build/ecslint docs --output-dir docs/rules");
}

TEST_CASE("docs: the committed docs/rules/ja pages match the Japanese catalogue") {
  checkCommittedPages(sourceDir() / "docs" / "rules" / "ja", Language::Japanese,
                      "regenerate with: build/ecslint docs --lang ja --output-dir docs/rules/ja");
}

TEST_CASE("docs: every rule has a Japanese page, complete, with no English sentence left in its prose") {
  for (const RuleInfo& rule : RuleCatalogue::builtInWithJapanese().rules()) {
    INFO(rule.id);
    REQUIRE_MESSAGE(!rule.japaneseTitle.empty(), "no rules/ja/" << rule.fileName);
    CHECK(englishLeft(rule.japaneseTitle).empty());
    const auto japanese = parseRuleDocumentation(ruleMarkdown(rule, Language::Japanese));
    REQUIRE_MESSAGE(japanese.has_value(), (japanese ? "" : japanese.error()));
    const auto english = parseRuleDocumentation(rule.documentation);
    REQUIRE(english.has_value());
    // The examples are the English page's; the references are the same pages.
    CHECK(japanese->badExample == english->badExample);
    CHECK(japanese->goodExample == english->goodExample);
    CHECK(japanese->references.size() == english->references.size());
    for (const std::string& prose : {japanese->summary, japanese->why, japanese->howToFix}) {
      // AWS's error texts are quoted as AWS writes them, in blockquotes.
      std::string text;
      std::istringstream lines(prose);
      for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with(">")) text += line + "\n";
      }
      CHECK_MESSAGE(englishLeft(text).empty(), "English left: " << englishLeft(text));
    }
  }
}

TEST_CASE("docs: explain and rules speak Japanese with --lang ja") {
  const CliResult explain = runCli("explain ECS101 --lang ja");
  CHECK(explain.exitCode == 0);
  CHECK(contains(explain.out, "ECS101 awsvpc-host-port-mismatch (エラー)\n"));
  CHECK(
      contains(explain.out, std::string(RuleCatalogue::builtInWithJapanese().find("ECS101")->japaneseTitle)));
  CHECK(contains(explain.out, "## 理由"));
  CHECK(contains(explain.out, "### 問題のある例"));
  const CliResult rules = runCli("rules --lang ja");
  CHECK(contains(rules.out, std::string(RuleCatalogue::builtInWithJapanese().find("ECS201")->japaneseTitle)));
  const CliResult locale = runCli(CliCall{"explain ECS101", {}, "LANG=ja_JP.UTF-8", ""});
  CHECK(contains(locale.out, "## 理由"));
  const CliResult overridden = runCli(CliCall{"explain ECS101 --lang en", {}, "LANG=ja_JP.UTF-8", ""});
  CHECK(contains(overridden.out, "## Why"));
  const CliResult unknown = runCli("explain ECS1011 --lang ja");
  CHECK(unknown.exitCode == 2);
  CHECK(contains(unknown.err, "ルール 'ECS1011' はありません。"));
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

namespace ecslint::test {

// The README's Japanese section shows the real output of its command: documentation that cannot rot.
TEST_CASE("docs: the README's Japanese example is what ecslint prints") {
  const std::string readme = readFile(sourceDir() / "README.md");
  const std::string command = "$ ecslint --lang ja fixtures/examples/pitfalls.json\n";
  const std::size_t start = readme.find(command);
  REQUIRE(start != std::string::npos);
  const std::size_t end = readme.find("```", start);
  REQUIRE(end != std::string::npos);
  const CliResult run = runCli(CliCall{"--lang ja fixtures/examples/pitfalls.json", sourceDir(), "", ""});
  CHECK(run.exitCode == 1);
  CHECK(readme.substr(start + command.size(), end - start - command.size()) == run.out);
}

}  // namespace ecslint::test
