// ECS810 through the linter: what a finding carries when a template creates many log groups.
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

namespace ecslint {

TEST_CASE("stack log groups: a finding relates the first ten log groups, not hundreds") {
  std::string text = "Resources:\n";
  for (int i = 0; i < 12; ++i) {
    text += "  Group" + std::to_string(i) +
            ":\n    Type: AWS::Logs::LogGroup\n    Properties: {LogGroupName: /ecs/" + std::to_string(i) +
            "}\n";
  }
  text += R"(  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 512
          LogConfiguration:
            LogDriver: awslogs
            Options: {awslogs-group: /ecs/web, awslogs-region: us-east-1, awslogs-stream-prefix: web}
)";
  const FileReport report = test::lintText(text, {}, "template.yaml");
  int found = 0;
  for (const Finding& finding : report.findings) {
    if (finding.rule->id != "ECS810") continue;
    ++found;
    CHECK(finding.related.size() == 10);
  }
  CHECK(found == 1);
}

}  // namespace ecslint
