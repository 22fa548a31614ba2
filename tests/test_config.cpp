// .ecslint.json: every key, every kind of mistake (with its position and the closest valid
// spelling), and how per_file_ignores globs match paths.
#include <doctest/doctest.h>

#include "cli_runner.h"
#include "config/config.h"
#include "config/config_finder.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

Result<Config, std::string> parse(const std::string& text) {
  return parseConfig(RuleCatalogue::builtIn(), "/repo/.ecslint.json", text);
}

// The error for `text`, or "" when it parses.
std::string errorOf(const std::string& text) {
  const auto config = parse(text);
  return config ? std::string() : config.error();
}

}  // namespace

TEST_CASE("config: every key is read") {
  const auto config = parse(R"({
    "select": ["ECS1", "missing-log-configuration"],
    "ignore": ["ECS101"],
    "severity": {"ECS301": "error", "ECS1": "note"},
    "per_file_ignores": {"legacy/**/*.json": ["ECS301"], "./services/web.json#/containerDefinitions/1": ["ECS2", "ECS101"]},
    "launch_type": "fargate",
    "rule_options": {"ECS707": {"trusted_registries": ["ghcr.io/acme"]},
                     "ECS702": {"secret_name_patterns": ["*PASSPHRASE*"]}}
  })");
  REQUIRE_MESSAGE(config.has_value(), (config ? "" : config.error()));
  REQUIRE(config->select.has_value());
  CHECK(*config->select == std::vector<std::string>{"ECS1", "missing-log-configuration"});
  CHECK(config->ignore == std::vector<std::string>{"ECS101"});
  CHECK(config->launchType == LaunchType::Fargate);
  CHECK(config->directory == fs::path("/repo"));
  CHECK(config->ruleOptions.trustedRegistries == std::vector<std::string>{"ghcr.io/acme"});
  CHECK(config->ruleOptions.secretNamePatterns == std::vector<std::string>{"*PASSPHRASE*"});
  REQUIRE(config->perFileIgnores.size() == 2);
  const PerFileIgnore& web = config->perFileIgnores[1];
  CHECK(web.glob == "services/web.json");
  CHECK(web.pointer == "/containerDefinitions/1");
  REQUIRE(web.rules.size() == 2);
  CHECK(web.rules[0].selector == "ECS2");
  CHECK(web.rules[0].rules.size() > 1);
  CHECK(web.rules[1].rules.size() == 1);
  CHECK(web.rules[1].pointer == "/per_file_ignores/.~1services~1web.json#~1containerDefinitions~11/1");
  CHECK(web.namesOneFile());
  CHECK_FALSE(config->perFileIgnores[0].namesOneFile());
}

TEST_CASE("config: an exact rule's severity wins over a prefix's, whatever the order") {
  const auto config = parse(R"({"severity": {"ECS301": "error", "ECS3": "note"}})");
  REQUIRE(config.has_value());
  const RuleInfo* ecs301 = RuleCatalogue::builtIn().find("ECS301");
  Severity last = Severity::Warning;
  for (const auto& [rule, severity] : config->severities) {
    if (rule == ecs301) last = severity;
  }
  CHECK(last == Severity::Error);
}

TEST_CASE("config: severities and rule options reach the linter") {
  const auto config = parse(R"({"severity": {"missing-log-configuration": "error"}})");
  REQUIRE(config.has_value());
  LintOptions options;
  options.severities = config->severities;
  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), options);
  const FileReport report = linter.lint(
      "t.json",
      R"({"family": "f", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512}]})");
  REQUIRE(ruleIds(report) == "ECS301");
  CHECK(report.findings[0].severity == Severity::Error);
}

TEST_CASE("config: unknown keys name the closest valid key, with the position") {
  CHECK(errorOf("{\n  \"selct\": [\"ECS1\"]\n}") ==
        "/repo/.ecslint.json:2:3: unknown key 'selct'; did you mean 'select'?");
  CHECK(errorOf(R"({"perFileIgnores": {}})").find("did you mean 'per_file_ignores'?") != std::string::npos);
  CHECK(errorOf(R"({"launchType": "EC2"})").find("did you mean 'launch_type'?") != std::string::npos);
  CHECK(errorOf(R"({"rules": {}})").find("unknown key 'rules'") != std::string::npos);
  // Nothing close: the valid keys are listed.
  CHECK(errorOf(R"({"xyzzy": 1})")
            .find("expected one of: select, ignore, severity, per_file_ignores, launch_type, "
                  "rule_options") != std::string::npos);
}

TEST_CASE("config: bad values are errors with the closest valid value") {
  CHECK(errorOf(R"({"select": "ECS1"})").find("'select' must be an array") != std::string::npos);
  CHECK(errorOf(R"({"select": []})").find("'select' is empty") != std::string::npos);
  CHECK(errorOf(R"({"select": [1]})").find("must be a string") != std::string::npos);
  CHECK(errorOf(R"({"ignore": ["awsvpc-host-port-mismach"]})")
            .find("in 'ignore': unknown rule 'awsvpc-host-port-mismach'; did you mean "
                  "'awsvpc-host-port-mismatch'?") != std::string::npos);
  CHECK(errorOf(R"({"severity": {"ECS301": "warn"}})")
            .find("unknown severity 'warn'; did you mean 'warning'?") != std::string::npos);
  CHECK(errorOf(R"({"severity": {"ECS31": "error"}})").find("unknown rule 'ECS31'") != std::string::npos);
  CHECK(errorOf(R"({"severity": ["ECS301"]})").find("'severity' must be an object") != std::string::npos);
  CHECK(
      errorOf(R"({"launch_type": "FARGAT"})").find("unknown launch_type 'FARGAT'; did you mean 'FARGATE'?") !=
      std::string::npos);
  CHECK(errorOf(R"({"per_file_ignores": {"a.json": []}})").find("non-empty array") != std::string::npos);
  CHECK(errorOf(R"({"per_file_ignores": {"a.json#containerDefinitions": ["ECS301"]}})")
            .find("must start with '/'") != std::string::npos);
  CHECK(errorOf(R"({"per_file_ignores": {"#/family": ["ECS301"]}})").find("needs a file glob") !=
        std::string::npos);
  CHECK(errorOf(R"({"per_file_ignores": {"a.json": ["ECS999"]}})").find("unknown rule 'ECS999'") !=
        std::string::npos);
}

TEST_CASE("config: rule_options accepts only the rules and options that exist") {
  CHECK(errorOf(R"({"rule_options": {"ECS707": {"trusted_registry": ["x"]}}})")
            .find("unknown option 'trusted_registry' for ECS707; did you mean 'trusted_registries'?") !=
        std::string::npos);
  CHECK(errorOf(R"({"rule_options": {"ECS101": {}}})")
            .find("ECS101 takes no options; rules with options: ECS702 "
                  "(secret_name_patterns), ECS707 (trusted_registries)") != std::string::npos);
  CHECK(errorOf(R"({"rule_options": {"ECS7O7": {}}})").find("did you mean 'ECS707'?") != std::string::npos);
  CHECK(errorOf(R"({"rule_options": {"ECS707": {"trusted_registries": "ghcr.io"}}})")
            .find("must be an array of strings") != std::string::npos);
  CHECK(errorOf(R"({"rule_options": {"ECS707": {"trusted_registries": [""]}}})").find("is empty") !=
        std::string::npos);
  CHECK(errorOf(R"({"rule_options": {"mutable-image-tag": {"trusted_registries": ["ghcr.io"]}}})").empty());
}

TEST_CASE("config: not JSON, not an object, duplicate keys") {
  CHECK(errorOf("{\"select\": [\"ECS1\",]}").starts_with("/repo/.ecslint.json:1:"));
  CHECK(errorOf("{\"select\": [\"ECS1\",]}").find("not valid JSON") != std::string::npos);
  CHECK(errorOf("[]").find("must be a JSON object") != std::string::npos);
  CHECK(errorOf(R"({"ignore": ["ECS1"], "ignore": ["ECS2"]})").find("1:22: duplicate key 'ignore'") !=
        std::string::npos);
  CHECK(errorOf("{}").empty());
}

TEST_CASE("config: per_file_ignores globs match paths relative to the configuration's directory") {
  const auto config = parse(R"({"per_file_ignores": {
    "legacy/*.json": ["ECS301"], "**/generated/*.json": ["ECS301"], "web.json": ["ECS301"],
    "./root.json": ["ECS301"]}})");
  REQUIRE(config.has_value());
  const auto& [legacy, generated, web, root] = std::tie(config->perFileIgnores[0], config->perFileIgnores[1],
                                                        config->perFileIgnores[2], config->perFileIgnores[3]);
  CHECK(legacy.matches("legacy/a.json"));
  CHECK_FALSE(legacy.matches("legacy/old/a.json"));
  CHECK_FALSE(legacy.matches("src/legacy/a.json"));
  CHECK(generated.matches("generated/a.json"));
  CHECK(generated.matches("x/y/generated/a.json"));
  // No '/': the file name in any directory, as in .gitignore.
  CHECK(web.matches("web.json"));
  CHECK(web.matches("a/b/web.json"));
  CHECK_FALSE(web.namesOneFile());
  // "./": the file next to the configuration only.
  CHECK(root.matches("root.json"));
  CHECK_FALSE(root.matches("a/root.json"));
  CHECK(root.namesOneFile());
}

TEST_CASE("config: the nearest .ecslint.json above a directory governs it") {
  const ScratchDirectory scratch("config-finder");
  const fs::path& root = scratch.path();
  fs::create_directories(root / "a" / "b" / "c");
  fs::create_directories(root / "x");
  std::ofstream(root / ".ecslint.json") << R"({"ignore": ["ECS301"]})";
  std::ofstream(root / "a" / "b" / ".ecslint.json") << R"({"ignore": ["ECS101"]})";
  ConfigFinder finder(RuleCatalogue::builtIn());
  const auto deep = finder.forDirectory(root / "a" / "b" / "c");
  REQUIRE(deep.has_value());
  REQUIRE(*deep != nullptr);
  CHECK((*deep)->ignore == std::vector<std::string>{"ECS101"});
  const auto top = finder.forDirectory(root / "x");
  REQUIRE(top.has_value());
  REQUIRE(*top != nullptr);
  CHECK((*top)->ignore == std::vector<std::string>{"ECS301"});
  // The same file is parsed once: both directories under it share one Config.
  CHECK(*finder.forDirectory(root / "a") == *top);
  CHECK(*finder.forDirectory(root / "a" / "b") == *deep);

  std::ofstream(root / "x" / ".ecslint.json") << R"({"ignore": ["ECS9"]})";
  ConfigFinder fresh(RuleCatalogue::builtIn());
  const auto broken = fresh.forDirectory(root / "x");
  REQUIRE_FALSE(broken.has_value());
  CHECK(broken.error().find(".ecslint.json:1:13: in 'ignore': unknown rule 'ECS9'") != std::string::npos);
}

}  // namespace ecslint::test

namespace ecslint::test {

// The README's example configuration is a real one: documentation that cannot rot.
TEST_CASE("config: the README's example parses") {
  const std::string readme = readFile(sourceDir() / "README.md");
  const std::size_t section = readme.find("\n## Configuration\n");
  REQUIRE(section != std::string::npos);
  const std::size_t begin = readme.find("```json\n", section);
  REQUIRE(begin != std::string::npos);
  const std::size_t end = readme.find("```\n", begin + 8);
  REQUIRE(end != std::string::npos);
  const auto config =
      parseConfig(RuleCatalogue::builtIn(), "README.md", readme.substr(begin + 8, end - begin - 8));
  CHECK_MESSAGE(config.has_value(), (config ? "" : config.error()));
}

}  // namespace ecslint::test
