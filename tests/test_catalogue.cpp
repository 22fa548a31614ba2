// The rule catalogue (rules/*.md) is well formed, matches the implementation table one to one,
// keeps RULES.md's fixed ids and names, and its examples do what they say.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "english_left.h"
#include "rules/rule_table.h"
#include "test_support.h"

namespace ecslint::test {

TEST_CASE("catalogue: every entry is well formed") {
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  REQUIRE(!catalogue.rules().empty());
  const std::regex id("ECS[0-9]{3}");
  const std::regex name("[a-z0-9]+(-[a-z0-9]+)*");
  const std::set<std::string_view> categories{"input",     "network",    "iam",      "logging",
                                              "resources", "containers", "platform", "security"};
  const std::set<std::string_view> precisions{"very-high", "high", "medium", "low"};
  std::set<std::string_view> names;
  for (const RuleInfo& rule : catalogue.rules()) {
    INFO(rule.fileName);
    CHECK(std::regex_match(std::string(rule.id), id));
    CHECK(rule.fileName == std::string(rule.id) + ".md");
    CHECK(std::regex_match(std::string(rule.name), name));
    CHECK(names.insert(rule.name).second);
    CHECK(categories.count(rule.category) == 1);
    CHECK(precisions.count(rule.precision) == 1);
    CHECK(!rule.tags.empty());
    CHECK(rule.title.size() <= 120);
    if (!rule.securitySeverity.empty()) {
      const double score = std::stod(std::string(rule.securitySeverity));
      CHECK((score >= 0.1 && score <= 10.0));
    }
    const auto documentation = parseRuleDocumentation(rule.documentation);
    CHECK_MESSAGE(documentation.has_value(), (documentation ? "" : documentation.error()));
    if (documentation) {
      for (const auto& reference : documentation->references) {
        // Not a structured binding: clang before 16 cannot capture one in doctest's lambda.
        const std::string& url = reference.second;
        CHECK_MESSAGE(url.starts_with("https://"), url);
      }
    }
  }
}

TEST_CASE("catalogue: every entry has exactly one implementation, and every implementation an entry") {
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  std::multiset<std::string_view> implemented;
  for (const RuleImplementation& implementation : ruleImplementations()) {
    implemented.insert(implementation.id);
    INFO(implementation.id);
    CHECK_MESSAGE(catalogue.find(implementation.id) != nullptr, "implementation without a catalogue entry");
    CHECK((implementation.stage == RuleStage::Check) == (implementation.check != nullptr));
    CHECK((implementation.stage == RuleStage::Stack) == (implementation.stackCheck != nullptr));
  }
  for (const RuleInfo& rule : catalogue.rules()) {
    INFO(rule.id);
    CHECK(implemented.count(rule.id) == 1);
  }
}

namespace {

// An opt-in rule's examples are linted with that rule selected on top of the defaults.
FileReport lintExample(const RuleInfo& rule, std::string text, InputLimits limits = {},
                       Language language = Language::English) {
  // A stack rule's examples are templates in YAML.
  const auto documentation = parseRuleDocumentation(rule.documentation);
  const std::string name =
      documentation && documentation->exampleSyntax == "yaml" ? "example.yaml" : "example.json";
  LintOptions options;
  options.limits = limits;
  options.language = language;
  if (rule.enabledByDefault) return lintText(std::move(text), options, name);
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  std::vector<std::string> select{std::string(rule.id)};
  for (const RuleInfo& other : catalogue.rules()) {
    if (other.enabledByDefault) select.emplace_back(other.id);
  }
  auto selection = RuleSelection::make(catalogue, select, {});
  REQUIRE(selection.has_value());
  const Linter linter(catalogue, *std::move(selection), options);
  return linter.lint(name, std::move(text));
}

}  // namespace

TEST_CASE("catalogue: the bad example draws its rule and the good example draws nothing") {
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    INFO(rule.id);
    const auto documentation = parseRuleDocumentation(rule.documentation);
    REQUIRE(documentation.has_value());
    // ECS015 fires only past limits no example can reach (64 MiB, four million values); its bad example
    // is linted with the limits lowered, as its fixtures are.
    const FileReport bad = lintExample(rule, documentation->badExample,
                                       rule.id == "ECS015" ? InputLimits{256, 40} : InputLimits{});
    const bool draws = std::any_of(bad.findings.begin(), bad.findings.end(),
                                   [&](const Finding& f) { return f.rule->id == rule.id; });
    CHECK_MESSAGE(draws, "bad example draws: " << ruleIds(bad));
    const FileReport good = lintExample(rule, documentation->goodExample);
    CHECK_MESSAGE(good.findings.empty(), "good example draws: " << ruleIds(good));
  }
}

TEST_CASE("catalogue: in Japanese, the bad example's findings have no English sentence left") {
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    INFO(rule.id);
    const auto documentation = parseRuleDocumentation(rule.documentation);
    REQUIRE(documentation.has_value());
    const FileReport bad =
        lintExample(rule, documentation->badExample,
                    rule.id == "ECS015" ? InputLimits{256, 40} : InputLimits{}, Language::Japanese);
    for (const Finding& finding : bad.findings) {
      INFO(finding.rule->id, ": ", finding.message);
      CHECK(englishLeft(finding.message).empty());
      if (finding.fix) CHECK_MESSAGE(englishLeft(finding.fix->description).empty(), finding.fix->description);
      for (const RelatedLocation& related : finding.related)
        CHECK_MESSAGE(englishLeft(related.message).empty(), related.message);
    }
  }
}

// RULES.md fixes ids and names; the catalogue must use them (rules it adds take free ids).
TEST_CASE("catalogue: ids and names agree with RULES.md") {
  if (!needShared("spec/RULES.md")) return;
  const std::string spec = readFile(sharedDir() / "spec" / "RULES.md");
  const std::regex row(R"(\| (ECS[0-9]{3})[^|]*\| ([a-z0-9-]+) \|)");
  int compared = 0;
  for (auto it = std::sregex_iterator(spec.begin(), spec.end(), row); it != std::sregex_iterator(); ++it) {
    const RuleInfo* rule = RuleCatalogue::builtIn().find((*it)[1].str());
    if (rule == nullptr) continue;
    INFO((*it)[1].str());
    CHECK(rule->name == (*it)[2].str());
    ++compared;
  }
  CHECK(compared > 0);
}

}  // namespace ecslint::test
