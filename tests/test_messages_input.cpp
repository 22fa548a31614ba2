// The findings the pipeline makes itself (parse errors, duplicate keys, not a task definition,
// limits, stale suppressions, the parameter-default note) speak the run's language and carry the
// message id and arguments they were rendered from, like the checks' findings.
#include <doctest/doctest.h>

#include <algorithm>

#include "english_left.h"
#include "message/message_catalogue.h"
#include "test_support.h"

namespace ecslint::test {

namespace {

LintOptions inJapanese(InputLimits limits = {}) {
  LintOptions options;
  options.language = Language::Japanese;
  options.limits = limits;
  return options;
}

const Finding* findingOf(const FileReport& report, std::string_view rule) {
  const auto it = std::find_if(report.findings.begin(), report.findings.end(),
                               [&](const Finding& f) { return f.rule->id == rule; });
  return it == report.findings.end() ? nullptr : &*it;
}

// The finding of `rule` in `text` linted in Japanese: Japanese text, no English sentence, and the
// same message rendered again from its id and arguments.
// A copy: callers pass reports that live only as long as the call.
Finding japaneseFinding(const FileReport& report, std::string_view rule) {
  const Finding* finding = findingOf(report, rule);
  REQUIRE_MESSAGE(finding != nullptr, rule);
  INFO(finding->message);
  CHECK(englishLeft(finding->message).empty());
  REQUIRE_FALSE(finding->messageData.id.empty());
  CHECK(renderMessage(Language::Japanese, finding->messageData.id, finding->messageData.arguments) ==
        finding->message);
  return *finding;
}

}  // namespace

TEST_CASE("messages input: JSON syntax errors are rendered in the run's language, with what was found") {
  const FileReport trailing = lintText("{\"family\": \"web\",}", inJapanese());
  const Finding comma = japaneseFinding(trailing, "ECS001");
  CHECK(comma.messageData.id == "ECS001.json.trailing-comma-in-object");
  CHECK(comma.message.find("末尾のカンマ") != std::string::npos);

  const FileReport missing = lintText("{\"family\": \"web\" \"cpu\": \"256\"}", inJapanese());
  const Finding found = japaneseFinding(missing, "ECS001");
  CHECK(found.messageData.id == "ECS001.json.expected-comma-in-object");
  CHECK(found.message.find("'\"'") != std::string::npos);  // the character found, as written

  const FileReport ended = lintText("{\"family\": ", inJapanese());
  CHECK(japaneseFinding(ended, "ECS001").message.find("ファイルの終わり") == std::string::npos);
  const FileReport cut = lintText("{\"family\": \"web\"", inJapanese());
  CHECK(japaneseFinding(cut, "ECS001").message.find("ファイルの終わり") != std::string::npos);

  // English is as it was.
  CHECK(lintText("{\"family\": \"web\",}").findings.front().message ==
        "trailing comma before '}'; JSON does not allow it");
  CHECK(lintText("{\"family\": \"web\"").findings.front().message ==
        "expected ',' or '}' after an object member, found the end of the file (is a comma missing?)");
}

TEST_CASE("messages input: YAML errors keep libyaml's words and explain them in the run's language") {
  const FileReport tab = lintText("Resources:\n\tTask: x\n", inJapanese(), "t.yaml");
  const Finding finding = japaneseFinding(tab, "ECS001");
  CHECK(finding.message.find("スペース") != std::string::npos);
  CHECK(finding.message.find("\"found character that cannot start any token\"") != std::string::npos);

  const FileReport second = lintText("a: 1\n---\nb: 2\n", inJapanese(), "t.yaml");
  CHECK(japaneseFinding(second, "ECS001").messageData.id == "ECS001.yaml.second-document");

  const std::string english = lintText("Resources:\n\tTask: x\n", {}, "t.yaml").findings.front().message;
  CHECK(english.starts_with("YAML: found character that cannot start any token"));
  CHECK(english.ends_with(": a tab cannot indent YAML; indent with spaces"));
}

TEST_CASE("messages input: duplicate keys, not a task definition and the limits speak the run's language") {
  const Finding duplicate = japaneseFinding(
      lintText("{\"family\": \"a\", \"family\": \"b\", \"containerDefinitions\": []}", inJapanese()),
      "ECS002");
  CHECK(duplicate.messageData.id == "ECS002.json-parsers");
  CHECK(duplicate.message.find("1 行目") != std::string::npos);

  CHECK(japaneseFinding(lintText("{\"a\": 1}", inJapanese()), "ECS013").messageData.id ==
        "ECS013.json-input");
  CHECK(japaneseFinding(lintText("a: 1\n", inJapanese(), "t.yaml"), "ECS013").messageData.id ==
        "ECS013.yaml-input");

  const Finding large = japaneseFinding(lintText(std::string(300, ' '), inJapanese({256, 40})), "ECS015");
  CHECK(large.message.find("256 バイト") != std::string::npos);
  const Finding deep = japaneseFinding(lintText(std::string(200, '['), inJapanese()), "ECS014");
  CHECK(deep.messageData.id == "ECS014.json-too-deep");
}

TEST_CASE("messages input: stale suppressions (ECS012) speak the run's language") {
  const std::string text = R"({"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx"}],
    "tags": [{"key": "ecslint:ignore", "value": "ECS101 ECS9999"}, {"key": "ecslint-ignore", "value": "ECS101"}]})";
  const FileReport report = lintText(text, inJapanese());
  std::vector<std::string_view> ids;
  for (const Finding& finding : report.findings) {
    if (finding.rule->id != "ECS012") continue;
    INFO(finding.message);
    CHECK(englishLeft(finding.message).empty());
    ids.push_back(finding.messageData.id);
  }
  CHECK(std::count(ids.begin(), ids.end(), "ECS012.unused-rule-in-tag") == 1);
  CHECK(std::count(ids.begin(), ids.end(), "ECS012.unknown-in-tag.suggestion") +
            std::count(ids.begin(), ids.end(), "ECS012.unknown-in-tag") ==
        1);
  CHECK(std::count(ids.begin(), ids.end(), "ECS012.misspelt-tag-key") == 1);
}

TEST_CASE("messages input: the parameter-default note wraps the finding's message in the run's language") {
  const std::string yaml = R"(AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Mode:
    Type: String
    Default: host
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: !Ref Mode
      RequiresCompatibilities: [FARGATE]
      Cpu: '256'
      Memory: '512'
      ContainerDefinitions:
        - Name: app
          Image: nginx
)";
  const FileReport english = lintText(yaml, {}, "t.yaml");
  const auto noted = std::find_if(english.findings.begin(), english.findings.end(), [](const Finding& f) {
    return f.messageData.id == "input.with-parameter-default";
  });
  REQUIRE(noted != english.findings.end());
  CHECK(noted->message.ends_with(
      " (with the default of parameter Mode; a deployment that passes another value may not have this "
      "problem)"));
  const FileReport japanese = lintText(yaml, inJapanese(), "t.yaml");
  const Finding* translated = findingOf(japanese, noted->rule->id);
  REQUIRE(translated != nullptr);
  CHECK(translated->messageData.id == "input.with-parameter-default");
  CHECK(translated->message.find("パラメータ Mode のデフォルト値") != std::string::npos);
}

}  // namespace ecslint::test
