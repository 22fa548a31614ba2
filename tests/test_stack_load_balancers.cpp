// The load balancer rules across a template (ECS803, ECS804, ECS811): where their related locations
// point, the ECS811 fix, and hostile shapes that must neither crash nor draw them. The fixtures
// (fixtures/ECS803, ECS804, ECS811) hold their firing cases and near-misses.
#include <doctest/doctest.h>

#include "engine/fixer.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// A JSON template: an EC2 bridge task behind a target group, with what the test case changes.
std::string bridgeTemplate(const std::string& containerName, const std::string& containerPort,
                           const std::string& portMappings, const std::string& healthCheckPort) {
  return R"({"Resources": {
  "TargetGroup": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup",
    "Properties": {"Port": 80, "Protocol": "HTTP", "VpcId": "vpc-0a1b2c3d", "HealthCheckPort": )" +
         healthCheckPort + R"(}},
  "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
    "RequiresCompatibilities": ["EC2"], "NetworkMode": "bridge", "Memory": "512",
    "ContainerDefinitions": [{"Name": "web", "Image": "public.ecr.aws/nginx/nginx:1.27",
      "PortMappings": )" +
         portMappings + R"(,
      "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": "/ecs/web",
        "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web"}}}]}},
  "Service": {"Type": "AWS::ECS::Service", "Properties": {"LaunchType": "EC2",
    "TaskDefinition": {"Ref": "Task"},
    "LoadBalancers": [{"TargetGroupArn": {"Ref": "TargetGroup"}, "ContainerName": )" +
         containerName + R"(, "ContainerPort": )" + containerPort + R"(}]}}
}}
)";
}

std::vector<const Finding*> findingsOf(const FileReport& report, std::string_view rule) {
  std::vector<const Finding*> found;
  for (const Finding& finding : report.findings) {
    if (finding.rule->id == rule) found.push_back(&finding);
  }
  return found;
}

FileReport lintTemplate(const std::string& text) { return lintText(text, {}, "stack.template.json"); }

TEST_CASE("stack load balancers: ECS803 hints at the closest name and points at the task's containers") {
  const FileReport report =
      lintTemplate(bridgeTemplate(R"("webx")", "8080", R"([{"ContainerPort": 8080}])", R"("traffic-port")"));
  const auto found = findingsOf(report, "ECS803");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->pointer == "/Resources/Service/Properties/LoadBalancers/0/ContainerName");
  CHECK(found[0]->message.find("(did you mean 'web'?)") != std::string::npos);
  CHECK(found[0]->message.find("The container webx does not exist in the task definition.") !=
        std::string::npos);
  REQUIRE(found[0]->related.size() == 1);
  CHECK(found[0]->related[0].pointer == "/Resources/Task/Properties/ContainerDefinitions");
  CHECK(found[0]->resource->logicalId == "Service");
  CHECK(findingsOf(report, "ECS804").empty());  // no container to ask about its ports
  CHECK(findingsOf(report, "ECS811").empty());
}

TEST_CASE("stack load balancers: ECS804 lists what the container maps and points at its PortMappings") {
  const FileReport report = lintTemplate(
      bridgeTemplate(R"("web")", "80", R"([{"ContainerPort": 8080}, {"ContainerPortRange": "9000-9010"}])",
                     R"("traffic-port")"));
  const auto found = findingsOf(report, "ECS804");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->pointer == "/Resources/Service/Properties/LoadBalancers/0/ContainerPort");
  CHECK(found[0]->message.find("maps only 8080/tcp, 9000-9010/tcp") != std::string::npos);
  CHECK(found[0]->message.find("The container web did not have a container port 80 defined.") !=
        std::string::npos);
  REQUIRE(found[0]->related.size() == 1);
  CHECK(found[0]->related[0].pointer == "/Resources/Task/Properties/ContainerDefinitions/0/PortMappings");
  CHECK_FALSE(found[0]->fix.has_value());

  // A port inside the range is mapped; an empty list maps nothing and points at the container.
  CHECK(findingsOf(lintTemplate(bridgeTemplate(R"("web")", "9005", R"([{"ContainerPortRange": "9000-9010"}])",
                                               R"("traffic-port")")),
                   "ECS804")
            .empty());
  const FileReport none = lintTemplate(bridgeTemplate(R"("web")", "80", "[]", R"("traffic-port")"));
  const auto unmapped = findingsOf(none, "ECS804");
  REQUIRE(unmapped.size() == 1);
  CHECK(unmapped[0]->message.find("has no PortMappings") != std::string::npos);
  REQUIRE(unmapped[0]->related.size() == 1);
  CHECK(unmapped[0]->related[0].pointer == "/Resources/Task/Properties/ContainerDefinitions/0/Name");
}

TEST_CASE(
    "stack load balancers: ECS811 relates the mapping and the service, and its fix writes traffic-port") {
  const std::string text =
      bridgeTemplate(R"("web")", "8080", R"([{"ContainerPort": 8080, "HostPort": 0}])", R"("8080")");
  const FileReport report = lintTemplate(text);
  const auto found = findingsOf(report, "ECS811");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->pointer == "/Resources/TargetGroup/Properties/HealthCheckPort");
  CHECK(found[0]->resource->logicalId == "TargetGroup");
  REQUIRE(found[0]->related.size() == 2);
  CHECK(found[0]->related[0].pointer == "/Resources/Task/Properties/ContainerDefinitions/0/PortMappings/0");
  CHECK(found[0]->related[1].pointer == "/Resources/Service/Properties/LoadBalancers/0");
  REQUIRE(found[0]->fix.has_value());

  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), LintOptions{});
  const FileReport fixed = lintAndFix(linter, "stack.template.json", text);
  const std::string bytes(fixed.source->bytes());
  CHECK(bytes.find(R"("HealthCheckPort": "traffic-port")") != std::string::npos);
  CHECK(fixed.fixed == 1);
  CHECK(findingsOf(fixed, "ECS811").empty());

  // A number is a fixed port too; a fixed host port answers on a fixed health check port.
  CHECK(findingsOf(lintTemplate(bridgeTemplate(R"("web")", "8080", R"([{"ContainerPort": 8080}])", "8080")),
                   "ECS811")
            .size() == 1);
  CHECK(findingsOf(lintTemplate(bridgeTemplate(
                       R"("web")", "8080", R"([{"ContainerPort": 8080, "HostPort": 8080}])", R"("8080")")),
                   "ECS811")
            .empty());
  // An unknown host port may be the fixed one.
  CHECK(findingsOf(lintTemplate(bridgeTemplate(
                       R"("web")", "8080",
                       R"([{"ContainerPort": 8080, "HostPort": {"Fn::ImportValue": "p"}}])", R"("8080")")),
                   "ECS811")
            .empty());
}

TEST_CASE("stack load balancers: the ECS811 fix in a YAML template keeps the quoting") {
  const std::string text = readFile(sourceDir() / "fixtures/ECS811/bad-fixed-health-check-port.yaml");
  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), LintOptions{});
  const FileReport fixed = lintAndFix(linter, "bad-fixed-health-check-port.yaml", text);
  CHECK(fixed.fixed == 1);
  CHECK(std::string(fixed.source->bytes()).find("HealthCheckPort: \"traffic-port\"\n") != std::string::npos);
  CHECK(findingsOf(fixed, "ECS811").empty());
}

TEST_CASE("stack load balancers: container definitions that are not written out may hold any name") {
  const std::string text = R"({"Parameters": {"Containers": {"Type": "String"}}, "Resources": {
  "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": {"Ref": "Containers"}}},
  "Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"},
    "LoadBalancers": [{"ContainerName": "web", "ContainerPort": 80}]}}}}
)";
  const FileReport report = lintTemplate(text);
  CHECK(findingsOf(report, "ECS803").empty());
  CHECK(findingsOf(report, "ECS804").empty());
}

TEST_CASE("stack load balancers: hostile shapes draw nothing and never crash") {
  const std::vector<std::string> hostile = {
      bridgeTemplate(R"(["web"])", "8080", R"([{"ContainerPort": 8080}])", R"("8080")"),
      bridgeTemplate(R"({"Fn::Sub": 3})", "8080", R"([{"ContainerPort": 8080}])", R"("8080")"),
      bridgeTemplate(R"("web")", R"({"a": 1})", R"([{"ContainerPort": 8080}])", R"("8080")"),
      bridgeTemplate(R"("web")", R"("eighty")", R"([{"ContainerPort": 8080}])", R"(["8080"])"),
      bridgeTemplate(R"("web")", "80", R"("8080")", R"({"Ref": "AWS::NoValue"})"),
      bridgeTemplate(R"("web")", "80", R"([8080, null, "x"])", "null"),
      bridgeTemplate(R"("web")", "80", R"([{"ContainerPort": "x"}])", R"(true)"),
      bridgeTemplate(R"("web")", "80", R"([{"ContainerPortRange": "9010-9000"}])", "8080.5"),
      R"({"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"},
          "LoadBalancers": "all of them"}},
        "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": [1, 2]}}})",
      R"({"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"},
          "LoadBalancers": [1, "x", null, {"ContainerName": "web", "ContainerPort": 80, "TargetGroupArn": {"Ref": "Task"}}]}},
        "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": "web"}}}})",
      R"({"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"},
          "LoadBalancers": [{"ContainerName": "web", "ContainerPort": 80}]}},
        "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [7, {"Name": "web", "PortMappings": {"ContainerPort": 80}}]}}}})",
  };
  for (const std::string& text : hostile) {
    CAPTURE(text);
    const FileReport report = lintTemplate(text);
    CHECK(findingsOf(report, "ECS803").empty());
    CHECK(findingsOf(report, "ECS804").empty());
    CHECK(findingsOf(report, "ECS811").empty());
  }
}

}  // namespace
}  // namespace ecslint::test
