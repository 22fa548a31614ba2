// ECS503, ECS507, ECS508, ECS516 and ECS504 build part of their message from phrases (the hint
// about the names that do exist, a long cycle's elision): in English the text is as before, and in
// Japanese no English is left in those phrases either. The bad examples of the rule pages show only
// one form each; these cases show the others.
#include <doctest/doctest.h>

#include "english_left.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// The message of the first finding of `rule` in `json`, in `language` ("" when there is none).
std::string messageOf(std::string_view rule, const std::string& json, Language language) {
  LintOptions options;
  options.language = language;
  const FileReport report = lintText(json, options);
  for (const Finding& finding : report.findings) {
    if (finding.rule->id == rule) return finding.message;
  }
  return "";
}

// A task whose container "app" depends on `dependency`, with `others` as its other containers, and
// whose volumes are `volumes`; "app" mounts volume "dtaa".
std::string task(std::string_view dependency, const std::vector<std::string>& others,
                 const std::vector<std::string>& volumes) {
  std::string json = R"({"family": "f", "volumes": [)";
  for (std::size_t i = 0; i < volumes.size(); ++i)
    json += std::string(i == 0 ? "" : ",") + R"({"name": ")" + volumes[i] + "\"}";
  json +=
      R"(], "containerDefinitions": [{"name": "app", "image": "nginx", "memory": 64, "dependsOn": [{"containerName": ")" +
      std::string(dependency) +
      R"(", "condition": "START"}], "mountPoints": [{"sourceVolume": "dtaa", "containerPath": "/d"}]})";
  for (const std::string& other : others) {
    json += R"(, {"name": ")" + other + R"(", "image": "nginx", "memory": 64, "essential": false})";
  }
  return json + "]}";
}

void checkBoth(std::string_view rule, const std::string& json, std::string_view english,
               std::string_view japanese) {
  const std::string inEnglish = messageOf(rule, json, Language::English);
  INFO(inEnglish);
  CHECK(inEnglish.find(english) != std::string::npos);
  const std::string inJapanese = messageOf(rule, json, Language::Japanese);
  INFO(inJapanese);
  CHECK(inJapanese.find(japanese) != std::string::npos);
  CHECK(englishLeft(inJapanese).empty());
}

}  // namespace

TEST_CASE("name hints: a close name is suggested, in either language") {
  checkBoth("ECS503", task("envoy-proxi", {"envoy-proxy"}, {}),
            "which is not in this task definition (did you mean 'envoy-proxy'?). A container",
            "このタスク定義にありません ('envoy-proxy' の誤りではありませんか?)。");
}

TEST_CASE("name hints: with no close name, the few names that exist are listed, in either language") {
  const std::string json = task("zzzzzzzz", {"web", "log-router"}, {"cache", "logs"});
  checkBoth("ECS503", json, "(the task defines containers 'web', 'log-router')",
            "(このタスク定義のコンテナ: 'web', 'log-router')");
  checkBoth("ECS507", json, "does not define (the task defines volumes 'cache', 'logs'). AWS",
            "(このタスク定義のボリューム: 'cache', 'logs')");
}

TEST_CASE("name hints: a task with no other container or no volume says so, in either language") {
  const std::string json = task("zzzzzzzz", {}, {});
  checkBoth("ECS503", json, "(the task defines no containers)", "(このタスク定義にはコンテナがありません)");
  checkBoth("ECS507", json, "(the task defines no volumes)", "(このタスク定義にはボリュームがありません)");
}

TEST_CASE("name hints: too many names to list and none close: no hint, and no stray space") {
  const std::string json = task("zzzzzzzz", {"c1", "c2", "c3", "c4", "c5", "c6"}, {});
  checkBoth("ECS503", json, "which is not in this task definition. A container",
            "このタスク定義にありません。");
}

TEST_CASE("name hints: a long dependency cycle's elision is in the run's language") {
  std::string json = R"({"family": "f", "containerDefinitions": [)";
  constexpr int kCount = 20;
  for (int i = 0; i < kCount; ++i) {
    json += (i == 0 ? "" : ",") + std::string(R"({"name": "c)") + std::to_string(i) +
            R"(", "image": "nginx", "memory": 64, "dependsOn": [{"containerName": "c)" +
            std::to_string((i + 1) % kCount) + R"(", "condition": "START"}]})";
  }
  json += "]}";
  checkBoth("ECS504", json, "c4 → … (10 more) … → c15", "c4 → … (ほか 10 個) … → c15");
}

}  // namespace ecslint::test
