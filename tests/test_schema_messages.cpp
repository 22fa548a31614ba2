// The schema stage's messages as data: each finding carries its catalogue id and arguments (SARIF's
// message.id and arguments), renders in the run's language, and keeps AWS's wording and the file's
// own names (a template's CloudFormation spelling) as they are.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "english_left.h"
#include "message/message_catalogue.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// One of every kind of schema finding, several of them in a container.
constexpr std::string_view kProblems = R"({
  "family": "web",
  "cpu": 256,
  "networkMode": "AWSVPC",
  "executionRoleARN": "arn:aws:iam::123456789012:role/exec",
  "volumes": [{"name": "v", "sourcePath": "/x", "efsVolumeConfiguration": {}}],
  "tags": [{"key": "aws:team", "value": "x"}],
  "taskRoleArn": null,
  "pidMode": "",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "",
      "essential": "true",
      "memory": "512",
      "command": "npm start",
      "environment": {"A": "b"},
      "portMappings": [{"hostPort": 80}],
      "healthCheck": {"command": ["CMD"], "interval": 1},
      "logConfiguration": "{\"logDriver\": \"awslogs\"}",
      "user": null, "workingDirectory": null, "hostname": null,
      "ulimits": [{"name": "nofile", "softLimit": 1, "hardLimit": 1, "bogus": true}]
    }
  ]
})";

FileReport lintIn(Language language, std::string_view text, std::string name = "task.json") {
  LintOptions options;
  options.language = language;
  return lintText(std::string(text), options, std::move(name));
}

bool isSchemaRule(std::string_view id) {
  return id == "ECS003" || id == "ECS004" || id == "ECS005" || id == "ECS006" || id == "ECS007" ||
         id == "ECS008" || id == "ECS010";
}

}  // namespace

TEST_CASE("schema messages: every finding carries its id and arguments, which render its English text") {
  const FileReport report = lintIn(Language::English, kProblems);
  int schemaFindings = 0;
  for (const Finding& finding : report.findings) {
    if (!isSchemaRule(finding.rule->id)) continue;
    ++schemaFindings;
    INFO(finding.message);
    CHECK(finding.messageData.id.starts_with(std::string(finding.rule->id) + "."));
    CHECK(renderMessage(Language::English, finding.messageData.id, finding.messageData.arguments) ==
          finding.message);
  }
  CHECK(schemaFindings >= 15);
}

TEST_CASE("schema messages: in Japanese, no English sentence is left, and AWS's wording stays quoted") {
  const FileReport report = lintIn(Language::Japanese, kProblems);
  bool quotedCli = false;
  for (const Finding& finding : report.findings) {
    if (!isSchemaRule(finding.rule->id)) continue;
    INFO(finding.rule->id, ": ", finding.message);
    CHECK(englishLeft(finding.message).empty());
    if (finding.fix) CHECK_MESSAGE(englishLeft(finding.fix->description).empty(), finding.fix->description);
    for (const RelatedLocation& related : finding.related)
      CHECK_MESSAGE(englishLeft(related.message).empty(), related.message);
    quotedCli = quotedCli || finding.message.find("\"Unknown parameter in input: \"executionRoleARN\"\"") !=
                                 std::string::npos;
  }
  CHECK(quotedCli);
  const auto misspelt = std::find_if(report.findings.begin(), report.findings.end(),
                                     [](const Finding& f) { return f.messageData.id == "ECS003.unknown"; });
  REQUIRE(misspelt != report.findings.end());
  CHECK(
      misspelt->message.starts_with("'executionRoleARN' は タスク定義 のプロパティではありません。"
                                    "'executionRoleArn' の誤りではありませんか?"));
  REQUIRE(misspelt->fix.has_value());
  CHECK(misspelt->fix->description == "'executionRoleARN' を 'executionRoleArn' に置き換える");
}

TEST_CASE("schema messages: a bare container list's findings in Japanese have no English left") {
  const FileReport report =
      lintIn(Language::Japanese,
             R"([{"image": "x", "essential": "yes", "user": null, "hostname": null, "foo": 1,
  "healthCheck": {}, "environment": [{"name": "", "value": ""}], "memoryReservation": ""}])");
  int schemaFindings = 0;
  for (const Finding& finding : report.findings) {
    if (!isSchemaRule(finding.rule->id)) continue;
    ++schemaFindings;
    INFO(finding.rule->id, ": ", finding.message);
    CHECK(englishLeft(finding.message).empty());
    CHECK(finding.message.find("AWS CLI") == std::string::npos);  // it does not read a container list
  }
  CHECK(schemaFindings >= 6);
  CHECK(
      report.findings.front().message.starts_with("インデックス 0 のコンテナ に必須の 'name' がありません"));
}

TEST_CASE("schema messages: a template's findings name CloudFormation's properties in Japanese too") {
  const FileReport report = lintIn(Language::Japanese, R"(Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ContainerDefinitions:
        - Name: web
          Memroy: 512
)",
                                   "template.yaml");
  std::string messages;
  for (const Finding& finding : report.findings) {
    if (isSchemaRule(finding.rule->id)) messages += finding.message + "\n";
  }
  INFO(messages);
  CHECK(messages.find(
            "'Memroy' は コンテナ 'web' のプロパティではありません。'Memory' の誤りではありませんか?") !=
        std::string::npos);
  CHECK(messages.find("\"Encountered unsupported property Memroy\"") != std::string::npos);
  CHECK(messages.find("コンテナ 'web' に必須の 'Image' がありません") != std::string::npos);
  CHECK(messages.find("AWS CLI") == std::string::npos);
}

}  // namespace ecslint::test
