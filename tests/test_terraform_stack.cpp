// The stack rules (ECS8xx) on a Terraform plan: the plan translated into a CloudFormation template
// (terraform/stack_template.h) whose spans are the plan's, and the real stack checks run on it. For
// each rule, a firing case at the plan's line and column and near-misses that stay silent because
// the plan does not decide (unknown values, references to several instances, module outputs).
#include <doctest/doctest.h>

#include "terraform_stack_under_test.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// `text` with its one `from` replaced by `to`.
std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// container_definitions as Terraform writes it: a JSON-encoded string.
const char* const kBridgeContainers =
    R"("[{\"essential\":true,\"image\":\"nginx:1.27\",\"name\":\"web\",\"portMappings\":[{\"containerPort\":8080,\"hostPort\":0,\"protocol\":\"tcp\"}]}]")";

std::string bridgeTask(std::string_view containers = kBridgeContainers) {
  return change("aws_ecs_task_definition.web", "aws_ecs_task_definition", "web",
                R"({"family": "web", "network_mode": "bridge", "requires_compatibilities": ["EC2"], "cpu": "",
         "memory": "512", "execution_role_arn": "", "task_role_arn": null, "skip_destroy": false,
         "container_definitions": )" +
                    std::string(containers) + "}",
                R"({"arn": true, "arn_without_revision": true, "id": true, "revision": true})");
}

std::string targetGroup(std::string_view targetType, std::string_view healthCheckPort,
                        std::string_view unknown = R"({"arn": true, "id": true, "health_check": [{}]})") {
  return change(
      "aws_lb_target_group.web", "aws_lb_target_group", "web",
      R"({"name": "web", "port": 80, "protocol": "HTTP", "vpc_id": "vpc-0a1b2c3d", "target_type": )" +
          std::string(targetType) +
          R"(,
         "health_check": [{"enabled": true, "path": "/", "port": )" +
          std::string(healthCheckPort) + R"(, "protocol": "HTTP"}]})",
      unknown);
}

std::string bridgeService(std::string_view containerName, std::string_view containerPort) {
  return change("aws_ecs_service.web", "aws_ecs_service", "web",
                R"({"name": "web", "launch_type": "EC2", "capacity_provider_strategy": [],
         "deployment_controller": [{"type": "ECS"}], "network_configuration": [],
         "load_balancer": [{"container_name": )" +
                    std::string(containerName) + R"(, "container_port": )" + std::string(containerPort) +
                    R"(, "elb_name": "", "target_group_arn": null}]})",
                R"({"id": true, "task_definition": true, "load_balancer": [{"target_group_arn": true}]})");
}

// The service's configuration: task_definition and the load balancer's target group by reference.
const char* const kServiceConfiguration = R"({"resources": [
  {"address": "aws_ecs_service.web", "mode": "managed", "type": "aws_ecs_service", "name": "web",
   "provider_config_key": "aws",
   "expressions": {"task_definition": {"references": ["aws_ecs_task_definition.web.arn", "aws_ecs_task_definition.web"]},
     "load_balancer": [{"container_name": {"constant_value": "web"},
       "target_group_arn": {"references": ["aws_lb_target_group.web.arn", "aws_lb_target_group.web"]}}]},
   "schema_version": 0}]})";

std::string bridgePlan(std::string_view containerName, std::string_view containerPort,
                       std::string_view healthCheckPort,
                       std::string_view configuration = kServiceConfiguration) {
  return plan({bridgeTask(), targetGroup(R"("instance")", healthCheckPort),
               bridgeService(containerName, containerPort)},
              configuration);
}

TEST_CASE("terraform stack: the plan becomes a template named by addresses, spans in the plan") {
  const PlanStack stack(bridgePlan(R"("web")", "8080", R"("traffic-port")"));
  CHECK(stack.ruleIds().empty());
  const TemplateResource& service = stack.resource("aws_ecs_service.web");
  CHECK(service.type == "AWS::ECS::Service");
  CHECK(stack.resource("aws_lb_target_group.web").type == "AWS::ElasticLoadBalancingV2::TargetGroup");
  CHECK(stack.resource("aws_ecs_task_definition.web").type == "AWS::ECS::TaskDefinition");
  // The task definition and target group, unknown until apply, are named through the configuration.
  REQUIRE(stack.services().size() == 1);
  const EcsService& read = stack.services().front();
  CHECK(read.taskDefinition == &stack.resource("aws_ecs_task_definition.web"));
  REQUIRE(read.loadBalancers.size() == 1);
  CHECK(read.loadBalancers[0].targetGroup == &stack.resource("aws_lb_target_group.web"));
  CHECK(read.launchType == LaunchType::Ec2);
  // The reference spans the `true` of after_unknown; the known container name its plan value.
  const Document& document = stack.document();
  CHECK(stack.at(document.node(read.taskDefinitionValue).span) == "true");
  CHECK(stack.at(document.node(read.taskDefinitionValue).keySpan) == R"("task_definition")");
  CHECK(stack.at(document.node(read.loadBalancers[0].containerName).span) == R"("web")");
  CHECK(stack.at(document.node(read.loadBalancers[0].containerName).keySpan) == R"("container_name")");
  // The task definition is the view's (terraform/task_definition_view.h) respelt: every member the
  // API takes, in CloudFormation's names, with the plan's spans.
  const TemplateResource& taskResource = stack.resource("aws_ecs_task_definition.web");
  const NodeId family = document.member(taskResource.properties, "Family");
  REQUIRE(family != kNoNode);
  CHECK(stack.at(document.node(family).span) == R"("web")");
  CHECK(stack.at(document.node(family).keySpan) == R"("family")");
  CHECK(document.member(taskResource.properties, "SkipDestroy") == kNoNode);
  // The task's model reads the containers parsed out of the JSON-encoded string.
  REQUIRE(stack.tasks().size() == 1);
  const TaskDefinition& task = stack.tasks().front();
  REQUIRE(task.containers.size() == 1);
  CHECK(task.containers[0].name.is("web"));
  REQUIRE(task.containers[0].portMappings.size() == 1);
  CHECK(task.containers[0].portMappings[0].containerPort.is(8080));
  CHECK(stack.at(document.node(task.containers[0].portMappings[0].containerPort.node).span) == "8080");
  CHECK(stack.at(document.node(task.containers[0].portMappings[0].containerPort.node).keySpan) ==
        R"(\"containerPort\")");
}

TEST_CASE("terraform stack: ECS803 at the container_name the task definition does not have") {
  const PlanStack stack(bridgePlan(R"("webx")", "8080", R"("traffic-port")"));
  const auto found = stack.findings("ECS803");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->range.begin == stack.offsetOf(R"("container_name": "webx")", 18));
  CHECK(stack.at(found[0]->range) == R"("webx")");
  CHECK(found[0]->message.find("aws_ecs_service.web") != std::string::npos);
  CHECK(found[0]->message.find("aws_ecs_task_definition.web") != std::string::npos);
  REQUIRE(found[0]->related.size() == 1);
  CHECK(stack.at(found[0]->related[0].range) == R"("container_definitions")");
  CHECK(stack.ruleIds() == "ECS803");

  SUBCASE("near-miss: the task definition is one of several instances (count), so which one is unknown") {
    std::string plan2 =
        plan({change("aws_ecs_task_definition.web[0]", "aws_ecs_task_definition", "web",
                     R"({"family": "web-0", "network_mode": "bridge", "container_definitions": )" +
                         std::string(kBridgeContainers) + "}",
                     R"({"arn": true})"),
              change("aws_ecs_task_definition.web[1]", "aws_ecs_task_definition", "web",
                     R"({"family": "web-1", "network_mode": "bridge", "container_definitions": )" +
                         std::string(kBridgeContainers) + "}",
                     R"({"arn": true})"),
              targetGroup(R"("instance")", R"("traffic-port")"), bridgeService(R"("webx")", "8080")},
             kServiceConfiguration);
    const PlanStack ambiguous(plan2);
    CHECK(ambiguous.ruleIds().empty());
    CHECK(ambiguous.services().front().taskDefinition == nullptr);
  }
  SUBCASE("near-miss: the task definition comes from a module output") {
    const PlanStack moduleOutput(bridgePlan(R"("webx")", "8080", R"("traffic-port")", R"({"resources": [
      {"address": "aws_ecs_service.web", "mode": "managed", "type": "aws_ecs_service", "name": "web",
       "expressions": {"task_definition": {"references": ["module.task.arn", "module.task"]}}}]})"));
    CHECK(moduleOutput.ruleIds().empty());
  }
  SUBCASE("near-miss: container_definitions is known only after apply") {
    const PlanStack unknownContainers(
        plan({change("aws_ecs_task_definition.web", "aws_ecs_task_definition", "web",
                     R"({"family": "web", "network_mode": "bridge"})",
                     R"({"arn": true, "container_definitions": true})"),
              targetGroup(R"("instance")", R"("traffic-port")"), bridgeService(R"("webx")", "8080")},
             kServiceConfiguration));
    CHECK(unknownContainers.ruleIds().empty());
  }
}

TEST_CASE("terraform stack: ECS804 at the container_port the container does not map") {
  const PlanStack stack(bridgePlan(R"("web")", "9090", R"("traffic-port")"));
  const auto found = stack.findings("ECS804");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->range.begin == stack.offsetOf(R"("container_port": 9090)", 18));
  CHECK(stack.at(found[0]->range) == "9090");
  CHECK(found[0]->message.find("8080/tcp") != std::string::npos);
  REQUIRE(found[0]->related.size() == 1);
  CHECK(stack.at(found[0]->related[0].range) == R"(\"portMappings\")");
  CHECK(stack.ruleIds() == "ECS804");

  // Near-miss: the port is known only after apply.
  const PlanStack unknownPort(plan(
      {bridgeTask(), targetGroup(R"("instance")", R"("traffic-port")"),
       change(
           "aws_ecs_service.web", "aws_ecs_service", "web",
           R"({"launch_type": "EC2", "load_balancer": [{"container_name": "web", "target_group_arn": null}]})",
           R"({"task_definition": true, "load_balancer": [{"container_port": true, "target_group_arn": true}]})")},
      kServiceConfiguration));
  CHECK(unknownPort.ruleIds().empty());
}

TEST_CASE("terraform stack: ECS811 at a fixed health check port of a dynamic host port") {
  const PlanStack stack(bridgePlan(R"("web")", "8080", R"("8081")"));
  const auto found = stack.findings("ECS811");
  REQUIRE(found.size() == 1);
  CHECK(stack.at(found[0]->range) == R"("8081")");
  const Position position = stack.position(*found[0]);
  CHECK(position == stack.planDocument().source().position(stack.offsetOf(R"("port": "8081")", 8)));
  CHECK(found[0]->message.find("aws_lb_target_group.web") != std::string::npos);
  CHECK(stack.ruleIds() == "ECS811");

  // Near-misses: traffic-port; a health check known only after apply; a target group the plan does
  // not name (its ARN unknown and the configuration silent).
  CHECK(PlanStack(bridgePlan(R"("web")", "8080", R"("traffic-port")")).ruleIds().empty());
  CHECK(PlanStack(plan({bridgeTask(),
                        targetGroup(R"("instance")", R"("8081")", R"({"arn": true, "health_check": true})"),
                        bridgeService(R"("web")", "8080")},
                       kServiceConfiguration))
            .ruleIds()
            .empty());
  CHECK(PlanStack(bridgePlan(R"("web")", "8080", R"("8081")", R"({"resources": [
      {"address": "aws_ecs_service.web", "mode": "managed", "type": "aws_ecs_service", "name": "web",
       "expressions": {"task_definition": {"references": ["aws_ecs_task_definition.web.arn", "aws_ecs_task_definition.web"]},
         "load_balancer": [{"target_group_arn": {"references": ["var.target_group_arn"]}}]}}]})"))
            .ruleIds()
            .empty());
}

// An awsvpc Fargate task behind a target group, in a module instance (for_each), its service's
// references relative to the module.
std::string fargatePlan(std::string_view targetType, std::string_view launchType,
                        std::string_view compatibilities, std::string_view networkConfiguration) {
  const std::string module = R"(module.api["blue"])";
  return plan(
      {change(module + ".aws_ecs_task_definition.this", "aws_ecs_task_definition", "this",
              R"({"family": "api", "network_mode": "awsvpc", "requires_compatibilities": )" +
                  std::string(compatibilities) + R"(, "cpu": "256", "memory": "512",
         "container_definitions": "[{\"name\":\"api\",\"image\":\"nginx\",\"portMappings\":[{\"containerPort\":8080}]}]"})",
              R"({"arn": true})", module),
       change(module + ".aws_lb_target_group.this", "aws_lb_target_group", "this",
              R"({"port": 8080, "protocol": "HTTP", "target_type": )" + std::string(targetType) +
                  R"(, "health_check": [{"port": "traffic-port"}]})",
              R"({"arn": true, "health_check": [{}]})", module),
       change(module + ".aws_ecs_service.this", "aws_ecs_service", "this",
              R"({"launch_type": )" + std::string(launchType) + R"(,
         "network_configuration": )" +
                  std::string(networkConfiguration) +
                  R"(,
         "load_balancer": [{"container_name": "api", "container_port": 8080, "target_group_arn": null}]})",
              R"({"task_definition": true, "load_balancer": [{"target_group_arn": true}]})", module)},
      R"({"module_calls": {"api": {"source": "./api", "for_each_expression": {"references": ["var.colours"]},
        "module": {"resources": [
          {"address": "aws_ecs_service.this", "mode": "managed", "type": "aws_ecs_service", "name": "this",
           "expressions": {"task_definition": {"references": ["aws_ecs_task_definition.this.arn", "aws_ecs_task_definition.this"]},
             "load_balancer": [{"target_group_arn": {"references": ["aws_lb_target_group.this.arn", "aws_lb_target_group.this"]}}]}}]}}}})");
}

const char* const kPrivateSubnets =
    R"([{"subnets": ["subnet-0a1b2c3d"], "security_groups": ["sg-0a1b2c3d"], "assign_public_ip": false}])";

TEST_CASE("terraform stack: ECS805 at an instance target type of an awsvpc service, inside a module") {
  const PlanStack stack(fargatePlan(R"("instance")", R"("FARGATE")", R"(["FARGATE"])", kPrivateSubnets));
  const auto found = stack.findings("ECS805");
  REQUIRE(found.size() == 1);
  CHECK(stack.at(found[0]->range) == R"("instance")");
  CHECK(found[0]->message.find(R"(module.api["blue"].aws_lb_target_group.this)") != std::string::npos);
  CHECK(found[0]->message.find(R"(module.api["blue"].aws_ecs_service.this)") != std::string::npos);
  CHECK(stack.ruleIds() == "ECS805");
  // The service's AssignPublicIp is CloudFormation's word for the plan's boolean, at the boolean.
  const NodeId assign = stack.services().front().assignPublicIp;
  CHECK(stack.document().text(assign) == "DISABLED");
  CHECK(stack.at(stack.document().node(assign).span) == "false");

  // Near-misses: ip, and a target type known only after apply.
  CHECK(
      PlanStack(fargatePlan(R"("ip")", R"("FARGATE")", R"(["FARGATE"])", kPrivateSubnets)).ruleIds().empty());
  std::string unknownType = fargatePlan(R"("instance")", R"("FARGATE")", R"(["FARGATE"])", kPrivateSubnets);
  unknownType = replaced(unknownType, R"("target_type": "instance", )", "");
  unknownType = replaced(unknownType, R"({"arn": true, "health_check": [{}]})",
                         R"({"arn": true, "target_type": true, "health_check": [{}]})");
  CHECK(PlanStack(unknownType).ruleIds().empty());
}

TEST_CASE(
    "terraform stack: ECS806 at the task_definition of an awsvpc service without network_configuration") {
  const PlanStack stack(fargatePlan(R"("ip")", R"("FARGATE")", R"(["FARGATE"])", "[]"));
  const auto found = stack.findings("ECS806");
  REQUIRE(found.size() == 1);
  // The task definition is known only after apply: the finding is at its `true` in after_unknown.
  CHECK(stack.at(found[0]->range) == "true");
  CHECK(found[0]->range.begin == stack.offsetOf(R"({"task_definition": true)", 20));
  CHECK(stack.ruleIds() == "ECS806");

  // A task definition the plan leaves as it is has a known ARN: the service's literal ARN names it.
  const auto knownArn = [](std::string_view network, std::string_view unknown) {
    return plan(
        {change("aws_ecs_task_definition.t", "aws_ecs_task_definition", "t",
                R"({"arn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/t:1", "network_mode": "awsvpc",
                            "requires_compatibilities": ["FARGATE"]})",
                "{}", "", R"(["no-op"])"),
         change("aws_ecs_service.s", "aws_ecs_service", "s",
                R"({"launch_type": "FARGATE", "network_configuration": )" + std::string(network) +
                    R"(, "task_definition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/t:1"})",
                unknown)});
  };
  const PlanStack literal(knownArn("[]", "{}"));
  REQUIRE(literal.findings("ECS806").size() == 1);
  CHECK(literal.at(literal.findings("ECS806")[0]->range) ==
        R"("arn:aws:ecs:eu-west-1:123456789012:task-definition/t:1")");
  CHECK(
      literal.findings("ECS806")[0]->range.begin ==
      literal.offsetOf(R"("task_definition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/t:1")", 19));
  // Near-miss: a network configuration known only after apply.
  CHECK(PlanStack(knownArn("null", R"({"network_configuration": true})")).ruleIds().empty());
}

TEST_CASE("terraform stack: ECS807 at a FARGATE launch type whose task asks only for EC2") {
  const PlanStack stack(fargatePlan(R"("ip")", R"("FARGATE")", R"(["EC2"])", kPrivateSubnets));
  const auto found = stack.findings("ECS807");
  REQUIRE(found.size() == 1);
  CHECK(stack.at(found[0]->range) == R"("FARGATE")");
  CHECK(found[0]->range.begin == stack.offsetOf(R"("launch_type": "FARGATE")", 15));
  REQUIRE(found[0]->related.size() == 1);
  CHECK(stack.at(found[0]->related[0].range) == R"(["EC2"])");
  CHECK(stack.ruleIds() == "ECS807");
  // Near-miss: a launch type known only after apply.
  std::string unknownLaunchType = fargatePlan(R"("ip")", R"("FARGATE")", R"(["EC2"])", kPrivateSubnets);
  unknownLaunchType = replaced(unknownLaunchType, R"("launch_type": "FARGATE",)", "");
  unknownLaunchType = replaced(unknownLaunchType, R"({"task_definition": true, )",
                               R"({"launch_type": true, "task_definition": true, )");
  CHECK(PlanStack(unknownLaunchType).ruleIds().empty());
}

// What lintTerraform keeps of a stack finding: the findings above land on after_unknown's `true`
// when the value is known only after apply (a stack created together), and that place belongs to
// the resource as much as its planned values do.
const Finding* onlyFinding(const FileReport& report, std::string_view rule) {
  const Finding* found = nullptr;
  for (const Finding& finding : report.findings) {
    if (finding.rule->id != rule) continue;
    CHECK(found == nullptr);
    found = &finding;
  }
  return found;
}

TEST_CASE(
    "terraform stack: a finding at a value known only after apply is reported, pointed at in Terraform's "
    "names") {
  const std::string text = fargatePlan(R"("ip")", R"("FARGATE")", R"(["FARGATE"])", "[]");
  const FileReport report = lintText(text, {}, "plan.json");
  const Finding* found = onlyFinding(report, "ECS806");
  REQUIRE(found != nullptr);
  CHECK(found->range.begin == text.find(R"({"task_definition": true)") + 20);
  CHECK(found->pointer == "/task_definition");
  REQUIRE(found->resource != nullptr);
  CHECK(found->resource->logicalId == R"(module.api["blue"].aws_ecs_service.this)");
  CHECK(!found->fix.has_value());
}

}  // namespace
}  // namespace ecslint::test

namespace ecslint::test {
namespace {

// A Fargate service behind an ALB: its security group (no inline ingress) opened by an
// aws_vpc_security_group_ingress_rule from the load balancer's group on `fromPort`-`toPort`.
// Everything is created by the plan, so every id is known only after apply and the configuration's
// references name the resources.
std::string ingressPlan(std::string_view ports, std::string_view ruleGroupReferences) {
  return plan(
      {change(
           "aws_ecs_task_definition.api", "aws_ecs_task_definition", "api",
           R"({"family": "api", "network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"], "cpu": "256",
         "memory": "512", "container_definitions": "[{\"name\":\"api\",\"image\":\"nginx\",\"portMappings\":[{\"containerPort\":8080}]}]"})",
           R"({"arn": true})"),
       change("aws_security_group.lb", "aws_security_group", "lb",
              R"({"name": "lb", "vpc_id": "vpc-0a1b2c3d"})",
              R"({"id": true, "arn": true, "ingress": true, "egress": true})"),
       change("aws_security_group.svc", "aws_security_group", "svc",
              R"({"name": "svc", "vpc_id": "vpc-0a1b2c3d"})",
              R"({"id": true, "arn": true, "ingress": true, "egress": true})"),
       change("aws_vpc_security_group_ingress_rule.svc_http", "aws_vpc_security_group_ingress_rule",
              "svc_http", R"({"ip_protocol": "tcp", )" + std::string(ports) + "}",
              R"({"id": true, "security_group_id": true, "referenced_security_group_id": true})"),
       change("aws_lb.front", "aws_lb", "front",
              R"({"load_balancer_type": "application", "internal": false})",
              R"({"arn": true, "id": true, "security_groups": true})"),
       change(
           "aws_lb_target_group.api", "aws_lb_target_group", "api",
           R"({"port": 8080, "protocol": "HTTP", "target_type": "ip", "health_check": [{"port": "traffic-port"}]})",
           R"({"arn": true, "id": true, "health_check": [{}]})"),
       change("aws_lb_listener.http", "aws_lb_listener", "http",
              R"({"port": 80, "protocol": "HTTP", "default_action": [{"type": "forward"}]})",
              R"({"arn": true, "load_balancer_arn": true, "default_action": [{"target_group_arn": true}]})"),
       change(
           "aws_ecs_service.api", "aws_ecs_service", "api",
           R"({"launch_type": "FARGATE", "network_configuration": [{"subnets": ["subnet-0a1b2c3d"], "assign_public_ip": false}],
         "load_balancer": [{"container_name": "api", "container_port": 8080}]})",
           R"({"task_definition": true, "network_configuration": [{"security_groups": true}],
         "load_balancer": [{"target_group_arn": true}]})")},
      R"({"resources": [
  {"address": "aws_security_group.svc", "mode": "managed", "type": "aws_security_group", "name": "svc",
   "expressions": {"name": {"constant_value": "svc"}}},
  {"address": "aws_security_group.lb", "mode": "managed", "type": "aws_security_group", "name": "lb",
   "expressions": {"name": {"constant_value": "lb"}}},
  {"address": "aws_vpc_security_group_ingress_rule.svc_http", "mode": "managed",
   "type": "aws_vpc_security_group_ingress_rule", "name": "svc_http",
   "expressions": {"security_group_id": {"references": )" +
          std::string(ruleGroupReferences) + R"(},
     "referenced_security_group_id": {"references": ["aws_security_group.lb.id", "aws_security_group.lb"]}}},
  {"address": "aws_lb.front", "mode": "managed", "type": "aws_lb", "name": "front",
   "expressions": {"security_groups": {"references": ["aws_security_group.lb.id", "aws_security_group.lb"]}}},
  {"address": "aws_lb_listener.http", "mode": "managed", "type": "aws_lb_listener", "name": "http",
   "expressions": {"load_balancer_arn": {"references": ["aws_lb.front.arn", "aws_lb.front"]},
     "default_action": [{"target_group_arn": {"references": ["aws_lb_target_group.api.arn", "aws_lb_target_group.api"]}}]}},
  {"address": "aws_ecs_service.api", "mode": "managed", "type": "aws_ecs_service", "name": "api",
   "expressions": {"task_definition": {"references": ["aws_ecs_task_definition.api.arn", "aws_ecs_task_definition.api"]},
     "network_configuration": [{"security_groups": {"references": ["aws_security_group.svc.id", "aws_security_group.svc"]}}],
     "load_balancer": [{"target_group_arn": {"references": ["aws_lb_target_group.api.arn", "aws_lb_target_group.api"]}}]}}]})");
}

const char* const kSvcGroup = R"(["aws_security_group.svc.id", "aws_security_group.svc"])";

TEST_CASE("terraform stack: ECS809 at the service's security group that the load balancer cannot reach") {
  const PlanStack stack(ingressPlan(R"("from_port": 80, "to_port": 80)", kSvcGroup));
  const auto found = stack.findings("ECS809");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->messageData.id == std::string_view("ECS809.closed-to-lb.terraform"));
  CHECK(stack.at(found[0]->range) == "true");
  CHECK(found[0]->range.begin == stack.offsetOf(R"([{"security_groups": true}])", 21));
  CHECK(found[0]->message.find("aws_security_group.svc") != std::string::npos);
  CHECK(found[0]->message.find("aws_security_group.lb") != std::string::npos);
  CHECK(stack.ruleIds() == "ECS809");

  // Near-misses: the rule opens the port; the rule's group is a module's output (it may be any
  // planned group); the ingress of the group is written in the configuration but unknown.
  CHECK(PlanStack(ingressPlan(R"("from_port": 8080, "to_port": 8080)", kSvcGroup)).ruleIds().empty());
  CHECK(PlanStack(ingressPlan(R"("from_port": 80, "to_port": 80)",
                              R"(["module.network.group_id", "module.network"])"))
            .ruleIds()
            .empty());
  // Through the linter: kept, at the `true` of the unknown list, its pointer the list's in `after`'s shape.
  const std::string closed = ingressPlan(R"("from_port": 80, "to_port": 80)", kSvcGroup);
  const FileReport report = lintText(closed, {}, "plan.json");
  const Finding* kept = onlyFinding(report, "ECS809");
  REQUIRE(kept != nullptr);
  CHECK(kept->range.begin == closed.find(R"([{"security_groups": true}])") + 21);
  CHECK(kept->pointer == "/network_configuration/0/security_groups");
  REQUIRE(kept->resource != nullptr);
  CHECK(kept->resource->logicalId == "aws_ecs_service.api");
  std::string configured = ingressPlan(R"("from_port": 80, "to_port": 80)", kSvcGroup);
  configured = replaced(
      configured, R"("expressions": {"name": {"constant_value": "svc"}})",
      R"("expressions": {"name": {"constant_value": "svc"}, "ingress": {"references": ["var.rules"]}})");
  CHECK(PlanStack(configured).ruleIds().empty());
}

// A Fargate service pulling a private ECR image in a planned subnet whose route table has `routes`.
std::string routePlan(std::string_view routes, std::string_view associationSubnet) {
  return plan(
      {change("aws_vpc.main", "aws_vpc", "main", R"({"cidr_block": "10.0.0.0/16"})", R"({"id": true})"),
       change("aws_subnet.private", "aws_subnet", "private", R"({"cidr_block": "10.0.1.0/24"})",
              R"({"id": true, "vpc_id": true})"),
       change("aws_route_table.private", "aws_route_table", "private",
              R"({"route": )" + std::string(routes) + "}",
              R"({"id": true, "owner_id": true, "vpc_id": true})"),
       change("aws_route_table_association.private", "aws_route_table_association", "private", "{}",
              R"({"id": true, "subnet_id": true, "route_table_id": true})"),
       change(
           "aws_ecs_task_definition.api", "aws_ecs_task_definition", "api",
           R"({"network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
         "container_definitions": "[{\"name\":\"api\",\"image\":\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1\"}]"})",
           R"({"arn": true})"),
       change(
           "aws_ecs_service.api", "aws_ecs_service", "api",
           R"({"launch_type": "FARGATE", "network_configuration": [{"security_groups": ["sg-0a1b2c3d"], "assign_public_ip": false}]})",
           R"({"task_definition": true, "network_configuration": [{"subnets": true}]})")},
      R"({"resources": [
  {"address": "aws_subnet.private", "mode": "managed", "type": "aws_subnet", "name": "private",
   "expressions": {"vpc_id": {"references": ["aws_vpc.main.id", "aws_vpc.main"]}}},
  {"address": "aws_route_table.private", "mode": "managed", "type": "aws_route_table", "name": "private",
   "expressions": {"vpc_id": {"references": ["aws_vpc.main.id", "aws_vpc.main"]}}},
  {"address": "aws_route_table_association.private", "mode": "managed", "type": "aws_route_table_association",
   "name": "private", "expressions": {"subnet_id": {"references": )" +
          std::string(associationSubnet) + R"(},
     "route_table_id": {"references": ["aws_route_table.private.id", "aws_route_table.private"]}}},
  {"address": "aws_ecs_service.api", "mode": "managed", "type": "aws_ecs_service", "name": "api",
   "expressions": {"task_definition": {"references": ["aws_ecs_task_definition.api.arn", "aws_ecs_task_definition.api"]},
     "network_configuration": [{"subnets": {"references": ["aws_subnet.private[*].id", "aws_subnet.private"]}}]}}]})");
}

const char* const kPrivateSubnet = R"(["aws_subnet.private.id", "aws_subnet.private"])";

TEST_CASE("terraform stack: ECS808 at the subnet whose route table leads nowhere") {
  const PlanStack stack(routePlan("[]", kPrivateSubnet));
  const auto found = stack.findings("ECS808");
  REQUIRE(found.size() == 1);
  CHECK(stack.at(found[0]->range) == "true");
  CHECK(found[0]->range.begin == stack.offsetOf(R"([{"subnets": true}])", 13));
  CHECK(found[0]->message.find("aws_subnet.private") != std::string::npos);
  CHECK(found[0]->message.find("aws_route_table.private") != std::string::npos);
  // In Terraform's words, down to the phrases inside the message.
  CHECK(found[0]->messageData.id == "ECS808.private.endpoints.terraform");
  CHECK(found[0]->message.find("assign_public_ip is false") != std::string::npos);
  CHECK(found[0]->message.find("AssignPublicIp") == std::string::npos);
  CHECK(stack.ruleIds() == "ECS808");

  // Near-misses: a NAT gateway route inline; an association whose subnet the plan does not decide.
  CHECK(PlanStack(
            routePlan(R"([{"cidr_block": "0.0.0.0/0", "nat_gateway_id": "nat-0a1b2c3d", "gateway_id": ""}])",
                      kPrivateSubnet))
            .ruleIds()
            .empty());
  CHECK(PlanStack(routePlan("[]", R"(["var.subnet_id"])")).ruleIds().empty());
  // Routes known only after apply that the configuration writes: any way out.
  std::string unknownRoutes = routePlan("[]", kPrivateSubnet);
  unknownRoutes = replaced(unknownRoutes, R"({"route": []})", "{}");
  unknownRoutes = replaced(unknownRoutes, R"({"id": true, "owner_id": true, "vpc_id": true})",
                           R"({"id": true, "owner_id": true, "vpc_id": true, "route": true})");
  unknownRoutes = replaced(unknownRoutes, R"("type": "aws_route_table", "name": "private",
   "expressions": {"vpc_id")",
                           R"("type": "aws_route_table", "name": "private",
   "expressions": {"route": {"references": ["var.routes"]}, "vpc_id")");
  CHECK(PlanStack(unknownRoutes).ruleIds().empty());
}

}  // namespace
}  // namespace ecslint::test

namespace ecslint::test {
namespace {

const char* const kEcsTrust =
    R"("{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"}}],\"Version\":\"2012-10-17\"}")";
const char* const kEc2Trust =
    R"("{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"}}],\"Version\":\"2012-10-17\"}")";

// A Fargate task pulling from ECR and logging to `logGroupOption`, whose execution role (created by
// the plan, so its ARN is known only after apply) trusts `trust` and has `attachments`.
std::string iamPlan(std::string_view trust, const std::vector<std::string>& extra,
                    std::string_view logGroupName) {
  std::vector<std::string> changes{
      change(
          "aws_iam_role.exec", "aws_iam_role", "exec",
          R"({"name": "exec", "assume_role_policy": )" + std::string(trust) +
              R"(, "description": "", "max_session_duration": 3600})",
          R"({"arn": true, "id": true, "unique_id": true, "inline_policy": true, "managed_policy_arns": true})"),
      change("aws_cloudwatch_log_group.api", "aws_cloudwatch_log_group", "api",
             R"({"name": )" + std::string(logGroupName) + R"(, "retention_in_days": 30})",
             R"({"arn": true, "id": true})"),
      change(
          "aws_ecs_task_definition.api", "aws_ecs_task_definition", "api",
          R"({"family": "api", "network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"], "cpu": "256",
         "memory": "512", "container_definitions": "[{\"image\":\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1\",\"logConfiguration\":{\"logDriver\":\"awslogs\",\"options\":{\"awslogs-group\":\"/ecs/api\",\"awslogs-region\":\"eu-west-1\",\"awslogs-stream-prefix\":\"api\"}},\"name\":\"api\"}]"})",
          R"({"arn": true, "execution_role_arn": true})")};
  changes.insert(changes.end(), extra.begin(), extra.end());
  return plan(changes, R"({"resources": [
  {"address": "aws_iam_role.exec", "mode": "managed", "type": "aws_iam_role", "name": "exec",
   "expressions": {"name": {"constant_value": "exec"}, "assume_role_policy": {}}},
  {"address": "aws_ecs_task_definition.api", "mode": "managed", "type": "aws_ecs_task_definition", "name": "api",
   "expressions": {"execution_role_arn": {"references": ["aws_iam_role.exec.arn", "aws_iam_role.exec"]}}}]})");
}

const std::string kManagedAttachment = change(
    "aws_iam_role_policy_attachment.exec", "aws_iam_role_policy_attachment", "exec",
    R"({"role": "exec", "policy_arn": "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"})",
    R"({"id": true})");

TEST_CASE("terraform stack: ECS802 at the execution role whose trust policy leaves out ECS tasks") {
  const PlanStack stack(iamPlan(kEc2Trust, {kManagedAttachment}, R"("/ecs/api")"));
  const auto found = stack.findings("ECS802");
  REQUIRE(found.size() == 1);
  CHECK(stack.at(found[0]->range) == "true");
  CHECK(found[0]->range.begin == stack.offsetOf(R"({"arn": true, "execution_role_arn": true})", 36));
  CHECK(found[0]->message.find("aws_iam_role.exec") != std::string::npos);
  REQUIRE(found[0]->related.size() == 1);
  CHECK(stack.at(found[0]->related[0].range) == R"("assume_role_policy")");
  CHECK(stack.ruleIds() == "ECS802");
  CHECK(PlanStack(iamPlan(kEcsTrust, {kManagedAttachment}, R"("/ecs/api")")).ruleIds().empty());
  // Near-miss: a trust policy known only after apply.
  std::string unknownTrust = iamPlan(kEc2Trust, {kManagedAttachment}, R"("/ecs/api")");
  unknownTrust = replaced(unknownTrust, R"("assume_role_policy": )" + std::string(kEc2Trust) + ", ", "");
  unknownTrust = replaced(unknownTrust, R"({"arn": true, "id": true, "unique_id": true, )",
                          R"({"arn": true, "assume_role_policy": true, "id": true, "unique_id": true, )");
  CHECK(PlanStack(unknownTrust).ruleIds().empty());
}

TEST_CASE("terraform stack: ECS801 at the execution role that has no policy for the image and logs") {
  const PlanStack stack(iamPlan(kEcsTrust, {}, R"("/ecs/api")"));
  const auto found = stack.findings("ECS801");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->range.begin == stack.offsetOf(R"({"arn": true, "execution_role_arn": true})", 36));
  CHECK(stack.ruleIds() == "ECS801");
  // The AWS managed policy attached by aws_iam_role_policy_attachment (by the role's name) covers it;
  // an attachment to a role the plan does not decide may be this role's: silent either way.
  CHECK(PlanStack(iamPlan(kEcsTrust, {kManagedAttachment}, R"("/ecs/api")")).ruleIds().empty());
  CHECK(PlanStack(iamPlan(kEcsTrust,
                          {change("aws_iam_role_policy_attachment.other", "aws_iam_role_policy_attachment",
                                  "other", R"({"policy_arn": "arn:aws:iam::123456789012:policy/pull"})",
                                  R"({"id": true, "role": true})")},
                          R"("/ecs/api")"))
            .ruleIds()
            .empty());
  // An inline aws_iam_role_policy allowing what the task needs, its JSON parsed out of the string.
  const std::string inlinePolicy = change(
      "aws_iam_role_policy.exec", "aws_iam_role_policy", "exec",
      R"({"role": "exec", "name": "pull", "policy": "{\"Statement\":[{\"Action\":[\"ecr:GetAuthorizationToken\",\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchCheckLayerAvailability\",\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Effect\":\"Allow\",\"Resource\":\"*\"}],\"Version\":\"2012-10-17\"}"})",
      R"({"id": true})");
  CHECK(PlanStack(iamPlan(kEcsTrust, {inlinePolicy}, R"("/ecs/api")")).ruleIds().empty());

  // aws_iam_policy_attachment attaches one policy to a set of roles (and users, groups): the role
  // named in `roles` has it; one that names only other roles leaves the role as it was; roles known
  // only after apply that the configuration does not tie to planned roles may be any role's.
  const auto policyAttachment = [](std::string_view roles, std::string_view unknown) {
    return change(
        "aws_iam_policy_attachment.exec", "aws_iam_policy_attachment", "exec",
        R"({"name": "exec", "groups": null, "users": null, "policy_arn": "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")" +
            std::string(roles) + "}",
        unknown);
  };
  CHECK(PlanStack(iamPlan(kEcsTrust, {policyAttachment(R"(, "roles": ["exec"])", R"({"id": true})")},
                          R"("/ecs/api")"))
            .ruleIds()
            .empty());
  CHECK(PlanStack(iamPlan(kEcsTrust, {policyAttachment(R"(, "roles": ["batch"])", R"({"id": true})")},
                          R"("/ecs/api")"))
            .ruleIds() == "ECS801");
  CHECK(
      PlanStack(iamPlan(kEcsTrust, {policyAttachment("", R"({"id": true, "roles": true})")}, R"("/ecs/api")"))
          .ruleIds()
          .empty());
}

TEST_CASE(
    "terraform stack: ECS810 at the awslogs-group inside container_definitions that no log group creates") {
  const PlanStack stack(iamPlan(kEcsTrust, {kManagedAttachment}, R"("/ecs/other")"));
  const auto found = stack.findings("ECS810");
  REQUIRE(found.size() == 1);
  CHECK(stack.at(found[0]->range) == R"(\"/ecs/api\")");
  CHECK(found[0]->message.find("aws_cloudwatch_log_group.api") != std::string::npos);
  CHECK(stack.ruleIds() == "ECS810");
  // Near-misses: the group is the plan's; its name is known only after apply (name_prefix).
  CHECK(PlanStack(iamPlan(kEcsTrust, {kManagedAttachment}, R"("/ecs/api")")).ruleIds().empty());
  std::string unknownName = iamPlan(kEcsTrust, {kManagedAttachment}, R"("/ecs/other")");
  unknownName = replaced(unknownName, R"("name": "/ecs/other", )", "");
  unknownName =
      replaced(unknownName, R"({"arn": true, "id": true})", R"({"arn": true, "id": true, "name": true})");
  CHECK(PlanStack(unknownName).ruleIds().empty());

  // Through the linter, the pointer goes on into the JSON container_definitions holds, as a task
  // finding's does, and so does a related location's.
  const FileReport report =
      lintText(iamPlan(kEcsTrust, {kManagedAttachment}, R"("/ecs/other")"), {}, "plan.json");
  const Finding* kept = onlyFinding(report, "ECS810");
  REQUIRE(kept != nullptr);
  CHECK(kept->pointer == "/container_definitions/0/logConfiguration/options/awslogs-group");
  const FileReport port = lintText(bridgePlan(R"("web")", "9090", R"("traffic-port")"), {}, "plan.json");
  const Finding* unmapped = onlyFinding(port, "ECS804");
  REQUIRE(unmapped != nullptr);
  REQUIRE(unmapped->related.size() == 1);
  CHECK(unmapped->related[0].pointer == "/container_definitions/0/portMappings");
}

}  // namespace
}  // namespace ecslint::test

namespace ecslint::test {
namespace {

TEST_CASE("terraform stack: a stack finding about a task with sensitive values does not quote them") {
  // A container name long enough to be recognised inside a message (SensitiveValues::kMinQuotedLength).
  // The service names port 9090, which the task lacks (ECS804, a stack finding that quotes the
  // container the task definition names).
  std::string plain = bridgePlan(R"("frontend")", "9090", R"("traffic-port")");
  plain = replaced(plain, R"(\"name\":\"web\")", R"(\"name\":\"frontend\")");
  plain = replaced(plain, R"("container_name": {"constant_value": "web"})",
                   R"("container_name": {"constant_value": "frontend"})");
  const std::string marked = replaced(
      plain,
      R"({"arn": true, "arn_without_revision": true, "id": true, "revision": true}, "before_sensitive": false, "after_sensitive": {})",
      R"({"arn": true, "arn_without_revision": true, "id": true, "revision": true}, "before_sensitive": false, "after_sensitive": {"container_definitions": true})");
  REQUIRE(marked != plain);
  const FileReport open = lintText(plain, {}, "plan.json");
  const FileReport sensitive = lintText(marked, {}, "plan.json");
  REQUIRE(ruleIds(open) == ruleIds(sensitive));
  bool quoted = false;
  for (std::size_t i = 0; i < open.findings.size(); ++i) {
    if (open.findings[i].message.find("frontend") == std::string::npos) continue;
    if (open.findings[i].rule->id.starts_with("ECS8")) quoted = true;
    CHECK(sensitive.findings[i].message.find("frontend") == std::string::npos);
    CHECK(sensitive.findings[i].message.find("(sensitive value)") != std::string::npos);
  }
  CHECK(quoted);
}

}  // namespace
}  // namespace ecslint::test

namespace ecslint::test {
namespace {

TEST_CASE("terraform stack: addresses with dots, brackets and quotes are logical ids, never Fn::Sub text") {
  // A literal `${...}` naming a planned resource is text the plan holds, not a reference.
  std::string text = bridgePlan(R"("web")", "8080", R"("8081")");
  text = replaced(text, R"("elb_name": "", "target_group_arn": null)",
                  R"("elb_name": "", "target_group_arn": "${aws_lb_target_group.web.arn}")");
  text = replaced(text,
                  R"({"id": true, "task_definition": true, "load_balancer": [{"target_group_arn": true}]})",
                  R"({"id": true, "task_definition": true, "load_balancer": [{}]})");
  const PlanStack stack(text);
  REQUIRE(stack.services().size() == 1);
  REQUIRE(stack.services().front().loadBalancers.size() == 1);
  CHECK(stack.services().front().loadBalancers[0].targetGroup == nullptr);
  CHECK(stack.graph().referencesTo(stack.resource("aws_lb_target_group.web")).empty());
  CHECK(stack.findings("ECS811").empty());
  // The module instance's address, quotes and all, is the resource's logical id, and references
  // name it (the ECS805 case above reports it by that name).
  const PlanStack module(fargatePlan(R"("ip")", R"("FARGATE")", R"(["FARGATE"])", kPrivateSubnets));
  const TemplateResource& service = module.resource(R"(module.api["blue"].aws_ecs_service.this)");
  REQUIRE(module.services().size() == 1);
  CHECK(module.services().front().resource == &service);
  CHECK(module.services().front().taskDefinition ==
        &module.resource(R"(module.api["blue"].aws_ecs_task_definition.this)"));
}

}  // namespace
}  // namespace ecslint::test

namespace ecslint::test {
namespace {

TEST_CASE(
    "terraform stack: ECS809 names the load balancer's group, unless a listener the plan does not decide "
    "forwards too") {
  // The service's group admits 8080 only from itself, not from the load balancer's group.
  std::string fromItself = ingressPlan(R"("from_port": 8080, "to_port": 8080)", kSvcGroup);
  fromItself = replaced(
      fromItself,
      R"("referenced_security_group_id": {"references": ["aws_security_group.lb.id", "aws_security_group.lb"]})",
      R"("referenced_security_group_id": {"references": ["aws_security_group.svc.id", "aws_security_group.svc"]})");
  const PlanStack stack(fromItself);
  REQUIRE(stack.findings("ECS809").size() == 1);
  CHECK(stack.findings("ECS809")[0]->messageData.id == std::string_view("ECS809.closed-to-lb.terraform"));
  // A second listener whose target group comes from a variable may be another load balancer's.
  std::string undecided = replaced(
      fromItself, R"(  {"address": "aws_ecs_service.api",)",
      R"(  {"address": "aws_lb_listener.other", "mode": "managed", "type": "aws_lb_listener", "name": "other",
   "expressions": {"default_action": [{"target_group_arn": {"references": ["var.target_group_arn"]}}]}},
  {"address": "aws_ecs_service.api",)");

  const std::string otherListener = change(
      "aws_lb_listener.other", "aws_lb_listener", "other",
      R"({"port": 8443, "protocol": "HTTP", "load_balancer_arn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/other/1", "default_action": [{"type": "forward"}]})",
      R"({"arn": true, "default_action": [{"target_group_arn": true}]})");
  undecided = replaced(undecided, "\n  ],\n  \"configuration\"",
                       ",\n" + otherListener + "\n  ],\n  \"configuration\"");
  CHECK(PlanStack(undecided).ruleIds().empty());
}

TEST_CASE("terraform stack: a state (terraform show -json without a plan) is read the same way") {
  const PlanStack stack(R"({"format_version": "1.0", "terraform_version": "1.9.5", "values": {"root_module": {
    "resources": [
      {"address": "aws_ecs_task_definition.t", "mode": "managed", "type": "aws_ecs_task_definition", "name": "t",
       "values": {"arn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/t:3", "network_mode": "awsvpc",
                  "requires_compatibilities": ["EC2"], "container_definitions": "[]"}, "sensitive_values": {}},
      {"address": "aws_ecs_service.s", "mode": "managed", "type": "aws_ecs_service", "name": "s",
       "values": {"launch_type": "FARGATE", "task_definition": "arn:aws:ecs:eu-west-1:123456789012:task-definition/t:3",
                  "network_configuration": [{"subnets": ["subnet-1"], "security_groups": [], "assign_public_ip": true}]},
       "sensitive_values": {}}]}}})");
  REQUIRE(stack.findings("ECS807").size() == 1);
  CHECK(stack.at(stack.findings("ECS807")[0]->range) == R"("FARGATE")");
}

// The task definition as the plan leaves it (`no-op`), beside a service and target group with
// `serviceActions`.
std::string keptTaskPlan(std::string_view serviceActions, std::string_view taskSensitive = "{}") {
  std::string task = replaced(bridgeTask(), R"("actions": ["create"])", R"("actions": ["no-op"])");
  task = replaced(task, R"("after_sensitive": {})", R"("after_sensitive": )" + std::string(taskSensitive));
  task = replaced(task, R"(\"name\":\"web\")", R"(\"name\":\"frontend\")");
  std::string service = replaced(bridgeService(R"("frontend")", "9090"), R"("actions": ["create"])",
                                 R"("actions": )" + std::string(serviceActions));
  return plan(
      {task,
       replaced(targetGroup(R"("instance")", R"("traffic-port")"), R"("actions": ["create"])",
                R"("actions": )" + std::string(serviceActions)),
       service},
      replaced(kServiceConfiguration, R"("constant_value": "web")", R"("constant_value": "frontend")"));
}

TEST_CASE("terraform stack: a plan that changes only the service is checked against the task it keeps") {
  const FileReport changed = lintText(keptTaskPlan(R"(["update"])"), {}, "plan.json");
  CHECK(changed.isTaskDefinition);
  REQUIRE(ruleIds(changed) == "ECS804");
  CHECK(changed.findings[0].resource->logicalId == "aws_ecs_service.web");
  CHECK(changed.findings[0].message.find("frontend") != std::string::npos);
  // What to change, in Terraform's words (FindingReporter::preferTerraformWording, check/rule_context.h).
  CHECK(changed.findings[0].messageData.id == "ECS804.unmapped.terraform");
  CHECK(changed.findings[0].message.find("container_port in the service's load_balancer block") !=
        std::string::npos);
  CHECK(changed.findings[0].message.find("PortMappings") == std::string::npos);

  // Nothing changes: nothing is blamed, and the plan is reported as one with nothing to check.
  const FileReport kept = lintText(keptTaskPlan(R"(["no-op"])"), {}, "plan.json");
  CHECK_FALSE(kept.isTaskDefinition);
  CHECK(kept.findings.empty());

  // The task definition the plan keeps is not checked, but its sensitive values stay out of the
  // finding about the service.
  const FileReport sensitive =
      lintText(keptTaskPlan(R"(["update"])", R"({"container_definitions": true})"), {}, "plan.json");
  REQUIRE(ruleIds(sensitive) == "ECS804");
  CHECK(sensitive.findings[0].message.find("frontend") == std::string::npos);
  CHECK(sensitive.findings[0].message.find("(sensitive value)") != std::string::npos);
}

}  // namespace
}  // namespace ecslint::test
