// The service rules (ECS805-ECS807) on templates the fixtures do not cover: the network mode a
// service's task is judged by, the fixes' edits, and hostile shapes anywhere in the resources.
#include <doctest/doctest.h>

#include "engine/fixer.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// A FARGATE service with a load balancer, its awsvpc task and target group; `%TG%`, `%TASK%` and
// `%SERVICE%` take extra properties (or replace the defaults below them).
std::string stack(std::string_view targetGroup, std::string_view task, std::string_view service) {
  std::string text = R"({"Resources": {
  "TargetGroup": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {%TG%}},
  "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {%TASK%
    "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "PortMappings": [{"ContainerPort": 80}]}]}},
  "Service": {"Type": "AWS::ECS::Service", "Properties": {%SERVICE%
    "TaskDefinition": {"Ref": "Task"},
    "LoadBalancers": [{"ContainerName": "web", "ContainerPort": 80, "TargetGroupArn": {"Ref": "TargetGroup"}}]}}
}})";
  const auto put = [&](std::string_view mark, std::string_view with) {
    text.replace(text.find(mark), mark.size(), with);
  };
  put("%TG%", targetGroup);
  put("%TASK%", task);
  put("%SERVICE%", service);
  return text;
}

// The ECS805-ECS807 findings of a template, in order.
std::string serviceRuleIds(const std::string& text) {
  LintOptions options;
  const FileReport report = lintText(text, options, "template.json");
  std::string ids;
  for (const Finding& finding : report.findings) {
    const std::string_view id = finding.rule->id;
    if (id != "ECS805" && id != "ECS806" && id != "ECS807") continue;
    if (!ids.empty()) ids += ',';
    ids += id;
  }
  return ids;
}

}  // namespace

TEST_CASE("service rules: the task's network mode decides only when the template writes it") {
  const std::string service = R"("LaunchType": "EC2",)";
  CHECK(serviceRuleIds(stack(R"("TargetType": "ip")", R"("NetworkMode": "bridge",)", service)) == "ECS805");
  CHECK(serviceRuleIds(stack(R"("TargetType": "ip")", "", service)).empty());  // absent: bridge or awsvpc
  CHECK(
      serviceRuleIds(stack(R"("TargetType": "ip")", R"("NetworkMode": {"Ref": "Mode"},)", service)).empty());
  CHECK(serviceRuleIds(stack(R"("TargetType": "ip")", R"("NetworkMode": "none",)", service)).empty());
  // awsvpc on EC2: the target group's absent type is instance, and the service lacks its network.
  CHECK(serviceRuleIds(stack("", R"("NetworkMode": "awsvpc",)", service)) == "ECS805,ECS806");
  // An unknown or unusual target type (alb, lambda) is not judged.
  CHECK(serviceRuleIds(stack(R"("TargetType": "alb")", R"("NetworkMode": "awsvpc",)", service)) == "ECS806");
}

TEST_CASE("service rules: ECS807 judges FARGATE against a written RequiresCompatibilities only") {
  const std::string task = R"("NetworkMode": "awsvpc", "Cpu": "256", "Memory": "512", )";
  const std::string fargate =
      R"("LaunchType": "FARGATE", "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"]}},)";
  const std::string tg = R"("TargetType": "ip")";
  CHECK(serviceRuleIds(stack(tg, task + R"("RequiresCompatibilities": ["EC2"],)", fargate)) == "ECS807");
  CHECK(
      serviceRuleIds(stack(tg, task + R"("RequiresCompatibilities": ["EC2", "FARGATE"],)", fargate)).empty());
  CHECK(serviceRuleIds(stack(tg, task, fargate)).empty());  // absent: the launch-type rules speak
  CHECK(
      serviceRuleIds(stack(tg, task + R"("RequiresCompatibilities": {"Ref": "Compat"},)", fargate)).empty());
  // An EC2 service runs a FARGATE-only task: AWS marks it EC2-compatible too.
  const std::string ec2 =
      R"("LaunchType": "EC2", "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"]}},)";
  CHECK(serviceRuleIds(stack(tg, task + R"("RequiresCompatibilities": ["FARGATE"],)", ec2)).empty());
  // A strategy with an EC2 capacity provider does not decide the launch type.
  const std::string mixed =
      R"("CapacityProviderStrategy": [{"CapacityProvider": "FARGATE"}, {"CapacityProvider": "Ec2Provider"}], "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"]}},)";
  CHECK(serviceRuleIds(stack(tg, task + R"("RequiresCompatibilities": ["EC2"],)", mixed)).empty());
}

TEST_CASE("service rules: an EXTERNAL deployment controller's task sets decide, not the service") {
  const std::string task = R"("NetworkMode": "awsvpc", "RequiresCompatibilities": ["EC2"],)";
  for (const char* controller :
       {R"("DeploymentController": {"Type": "EXTERNAL"}, "LaunchType": "FARGATE",)",
        R"("DeploymentController": {"Type": {"Ref": "Controller"}}, "LaunchType": "FARGATE",)"}) {
    INFO(controller);
    CHECK(serviceRuleIds(stack("", task, controller)).empty());
  }
  CHECK(serviceRuleIds(stack(
            "", task, R"("DeploymentController": {"Type": "CODE_DEPLOY"}, "LaunchType": "FARGATE",)")) ==
        "ECS805,ECS807,ECS806");
}

TEST_CASE("service rules: the fixes edit what the finding names") {
  LintOptions options;
  const FileReport report =
      lintText(stack(R"("TargetType": "instance")", R"("NetworkMode": "awsvpc",)",
                     R"("NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["s"]}},)"),
               options, "template.json");
  const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                  [](const Finding& f) { return std::string_view(f.rule->id) == "ECS805"; });
  REQUIRE(found != report.findings.end());
  REQUIRE(found->fix.has_value());
  REQUIRE(found->fix->edits.size() == 1);
  CHECK(found->fix->edits[0].replacement == "\"ip\"");
  CHECK(found->pointer == "/Resources/TargetGroup/Properties/TargetType");
  CHECK(found->related.size() == 2);
}

TEST_CASE("service rules: the fixes apply to YAML templates too (replace a value, remove a block)") {
  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), LintOptions{});
  struct Case {
    const char* fixture;
    const char* gone;
    const char* added;
  };
  for (const Case& c :
       {Case{"fixtures/ECS805/bad-awsvpc-instance.yaml", "TargetType: instance", "TargetType: ip"},
        Case{"fixtures/ECS806/bad-bridge-with-configuration.yaml", "NetworkConfiguration", ""}}) {
    INFO(c.fixture);
    const std::string original = readFile(sourceDir() / c.fixture);
    const FileReport fixed = lintAndFix(linter, "template.yaml", original);
    const std::string text(fixed.source->bytes());
    CHECK(fixed.fixed == 1);
    CHECK(text.find(c.gone) == std::string::npos);
    CHECK(text.find(c.added) != std::string::npos);
    CHECK(ruleIds(fixed).empty());
  }
}

TEST_CASE("service rules: hostile shapes in services, target groups and tasks never crash them") {
  const char* shapes[] = {
      R"({"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": []}}})",
      R"({"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Service"}, "LoadBalancers": "x", "NetworkConfiguration": 3, "LaunchType": ["FARGATE"]}}}})",
      R"({"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": ["awsvpc"], "RequiresCompatibilities": "EC2", "ContainerDefinitions": []}},
          "TG": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"TargetType": {"a": 1}}},
          "Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"}, "CapacityProviderStrategy": [1, "x", {"CapacityProvider": 2}],
            "LoadBalancers": [7, {"TargetGroupArn": {"Ref": "TG"}}, {"TargetGroupArn": {"Fn::GetAtt": []}}], "NetworkConfiguration": {"AwsvpcConfiguration": "x"}}}}})",
      R"({"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "bridge", "RequiresCompatibilities": [1, null], "ContainerDefinitions": []}},
          "TG": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": 5},
          "Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"}, "LaunchType": "FARGATE",
            "LoadBalancers": [{"TargetGroupArn": {"Ref": "TG"}}], "NetworkConfiguration": {"AwsvpcConfiguration": []}}}}})",
  };
  for (const char* shape : shapes) {
    INFO(shape);
    CHECK(serviceRuleIds(shape).empty());
  }
}

}  // namespace ecslint::test
