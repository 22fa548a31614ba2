// The parts of the Terraform stack template (terraform/stack_template.h): references through the
// plan's configuration, the copy of an API-shaped task definition in CloudFormation's spelling, the
// property names for messages, wrong types everywhere, and the cost of a plan of many services.
#include <doctest/doctest.h>

#include "terraform/api_respelling.h"
#include "terraform/plan_references.h"
#include "terraform/stack_property_names.h"
#include "terraform_stack_under_test.h"

namespace ecslint::test {
namespace {

TEST_CASE("terraform stack parts: addresses without their instance keys, as the configuration names them") {
  CHECK(withoutInstanceKeys("aws_subnet.private[0]") == "aws_subnet.private");
  CHECK(withoutInstanceKeys(R"(module.api["blue"].aws_ecs_service.this["a]b"])") ==
        "module.api.aws_ecs_service.this");
  CHECK(withoutInstanceKeys(R"(module.a[0].module.b["x\"y"].aws_iam_role.r)") ==
        "module.a.module.b.aws_iam_role.r");
  CHECK(withoutInstanceKeys("aws_x.y[unclosed") == "aws_x.y");
  CHECK(withoutInstanceKeys("") == "");
}

// A plan of subnets (two by count), a role, and whatever `references` an aws_ecs_service's
// task_definition expression holds, in the module `module`.
struct ReferencePlan {
  explicit ReferencePlan(std::string_view references, std::string_view module = "")
      : source("plan.json", text(references, module)) {
    auto loaded = loadJson(source);
    REQUIRE(loaded);
    document.emplace(std::move(*loaded));
    resources = readPlanResources(*document, TerraformOutput::Plan);
    index.emplace(*document, resources);
  }
  static std::string text(std::string_view references, std::string_view module) {
    const std::string prefix = module.empty() ? "" : std::string(module) + ".";
    const std::string configuration =
        R"({"address": "aws_ecs_service.s", "mode": "managed", "type": "aws_ecs_service", "name": "s",
        "expressions": {"task_definition": {"references": )" +
        std::string(references) + "}}}";
    return plan({change(prefix + "aws_subnet.private[0]", "aws_subnet", "private", R"({"id": "subnet-a"})",
                        "{}", module),
                 change(prefix + "aws_subnet.private[1]", "aws_subnet", "private", R"({"id": "subnet-b"})",
                        "{}", module),
                 change(prefix + "aws_iam_role.exec", "aws_iam_role", "exec", R"({"name": "exec"})",
                        R"({"arn": true})", module),
                 change(prefix + "aws_ecs_service.s", "aws_ecs_service", "s", "{}",
                        R"({"task_definition": true})", module)},
                module.empty()
                    ? R"({"resources": [)" + configuration + "]}"
                    : R"({"module_calls": {"m": {"module": {"resources": [)" + configuration + "]}}}}");
  }
  std::optional<std::vector<PlanTarget>> resolve() const {
    const NodeId expressions = index->expressions(3);
    REQUIRE(expressions != kNoNode);
    return index->resolve(3, document->member(expressions, "task_definition"));
  }
  SourceText source;
  std::optional<Document> document;
  std::vector<PlanResource> resources;
  std::optional<PlanReferences> index;
};

TEST_CASE("terraform stack parts: a reference names planned instances only when the plan decides which") {
  const auto targets = [](std::string_view references, std::string_view module = "") {
    std::vector<std::pair<std::uint32_t, std::string>> found;
    // Kept alive: the targets' attributes are views of its document.
    const ReferencePlan referencePlan(references, module);
    const auto resolved = referencePlan.resolve();
    if (!resolved) return std::optional<decltype(found)>();
    for (const PlanTarget& target : *resolved)
      found.emplace_back(target.resource, std::string(target.attribute));
    return std::optional(found);
  };
  using Found = std::vector<std::pair<std::uint32_t, std::string>>;
  CHECK(targets(R"(["aws_iam_role.exec.arn", "aws_iam_role.exec"])") == Found{{2, "arn"}});
  CHECK(targets(R"(["aws_subnet.private[1].id", "aws_subnet.private[1]", "aws_subnet.private"])") ==
        Found{{1, "id"}});
  // Every instance: the bare resource (a `for` expression), or a splat.
  CHECK(targets(R"(["aws_subnet.private"])") == Found{{0, ""}, {1, ""}});
  CHECK(targets(R"(["aws_subnet.private[*].id", "aws_subnet.private"])") == Found{{0, "id"}, {1, "id"}});
  // Relative to the module instance.
  CHECK(targets(R"(["aws_iam_role.exec.arn", "aws_iam_role.exec"])", R"(module.m["blue"])") ==
        Found{{2, "arn"}});
  // Undecided: variables, locals, data sources, module outputs, count.index, an instance that is not
  // planned, two attributes of one resource, a reference that is not a string, none at all.
  CHECK_FALSE(targets(R"(["var.role_arn"])"));
  CHECK_FALSE(targets(R"(["local.role"])"));
  CHECK_FALSE(targets(R"(["data.aws_iam_role.exec.arn", "data.aws_iam_role.exec"])"));
  CHECK_FALSE(targets(R"(["module.iam.role_arn", "module.iam"])"));
  CHECK_FALSE(targets(R"(["aws_subnet.private", "count.index"])"));
  CHECK_FALSE(targets(R"(["aws_subnet.private[2].id", "aws_subnet.private[2]", "aws_subnet.private"])"));
  CHECK_FALSE(targets(R"(["aws_iam_role.exec.arn", "aws_iam_role.exec.name", "aws_iam_role.exec"])"));
  CHECK_FALSE(targets(R"(["aws_iam_role.gone.arn", "aws_iam_role.gone"])"));
  CHECK_FALSE(targets(R"([7])"));
  CHECK_FALSE(targets(R"([])"));
  CHECK_FALSE(targets(R"("aws_iam_role.exec")"));
  // A reference to more instances than a stack reader's list holds is not followed.
  const ReferencePlan two(R"(["aws_subnet.private"])");
  CHECK(two.index->resolve(3, two.document->member(two.index->expressions(3), "task_definition"), 2));
  CHECK_FALSE(two.index->resolve(3, two.document->member(two.index->expressions(3), "task_definition"), 1));

  // By value: a known id or ARN names its instance, never the one that holds the value.
  const ReferencePlan known(R"([])");
  const auto subnet = known.index->byValue("subnet-b", 3);
  REQUIRE(subnet);
  CHECK(subnet->resource == 1);
  CHECK(subnet->attribute == "id");
  CHECK_FALSE(known.index->byValue("subnet-b", 1));
  CHECK(known.index->byValue("exec", 3)->attribute == "name");  // a role is named by its name
  CHECK_FALSE(known.index->byValue("", 3));
}

TEST_CASE("terraform stack parts: an API-shaped task definition copied in CloudFormation's spelling") {
  const SourceText source("task.json", R"({"family": "web", "networkMode": "awsvpc",
  "containerDefinitions": [{"name": "web", "portMappings": [{"containerPort": 80, "hostPort": 80}],
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web"}},
    "dockerLabels": {"com.example.team": "web", "Ref": "x"}, "environment": {"Ref": "Env"},
    "image": "${known after apply}"}],
  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1",
    "authorizationConfig": {"iam": "ENABLED"}}}],
  "proxyConfiguration": {"type": "APPMESH", "properties": [{"name": "AppPorts", "value": "80"}]}})");
  auto api = loadJson(source);
  REQUIRE(api);
  const PlanReferences references(*api, {});
  StackWriter writer(*api, {}, references);
  writer.openMapping("Task", api->node(0).span, {});
  copyRespelt(writer, "Properties", *api, Document::rootId(), "");
  writer.close();
  auto copied = std::move(writer).finish();
  REQUIRE(copied);
  const Document& document = *copied;
  const NodeId properties = document.find("/Resources/Task/Properties");
  REQUIRE(properties != kNoNode);
  const auto at = [&](std::string_view pointer) {
    const NodeId node = document.find(pointer);
    REQUIRE(node != kNoNode);
    return node;
  };
  const auto text = [&](ByteRange range) {
    return source.bytes().substr(range.begin, range.end - range.begin);
  };
  const std::string base = "/Resources/Task/Properties";
  CHECK(document.text(at(base + "/NetworkMode")) == "awsvpc");
  const NodeId port = at(base + "/ContainerDefinitions/0/PortMappings/0/ContainerPort");
  CHECK(text(document.node(port).span) == "80");
  CHECK(text(document.node(port).keySpan) == R"("containerPort")");
  // Free-form maps keep their keys; CloudFormation's exceptions are spelt as it spells them.
  CHECK(document.text(at(base + "/ContainerDefinitions/0/LogConfiguration/Options/awslogs-group")) ==
        "/ecs/web");
  CHECK(document.text(at(base + "/ContainerDefinitions/0/DockerLabels/com.example.team")) == "web");
  CHECK(document.text(at(base + "/Volumes/0/EFSVolumeConfiguration/FilesystemId")) == "fs-1");
  CHECK(document.text(at(base + "/Volumes/0/EFSVolumeConfiguration/AuthorizationConfig/IAM")) == "ENABLED");
  CHECK(document.find(base + "/ProxyConfiguration/ProxyConfigurationProperties/0/Name") != kNoNode);
  // What a template would read as an intrinsic, and the view's placeholder, are unknown.
  CHECK(document.find(base + "/ContainerDefinitions/0/Environment/Fn::ImportValue") != kNoNode);
  CHECK(document.find(base + "/ContainerDefinitions/0/Image/Fn::ImportValue") != kNoNode);
  CHECK(document.text(at(base + "/ContainerDefinitions/0/DockerLabels/Ref")) == "x");  // one of two members
  CHECK(isFreeFormMap("containerDefinitions[].dockerLabels"));
  CHECK_FALSE(isFreeFormMap("containerDefinitions[].environment"));
}

TEST_CASE("terraform stack parts: CloudFormation's property names in Terraform's, per resource type") {
  CHECK(terraformPropertyName("AWS::ECS::Service", "ContainerPort") == "container_port");
  CHECK(terraformPropertyName("AWS::ECS::TaskDefinition", "ContainerPort") == "containerPort");
  CHECK(terraformPropertyName("AWS::ElasticLoadBalancingV2::TargetGroup", "TargetType") == "target_type");
  CHECK(terraformPropertyName("AWS::ECS::Service", "NetworkConfiguration") == "network_configuration");
  CHECK(terraformPropertyName("AWS::ECS::TaskDefinition", "ExecutionRoleArn") == "execution_role_arn");
  CHECK(terraformPropertyName("AWS::EC2::Subnet", "SubnetRouteTableAssociation") ==
        "aws_route_table_association");
  CHECK_FALSE(terraformPropertyName("AWS::ECS::Service", "Nothing"));
  // Every name is written once per type.
  const auto names = terraformPropertyNames();
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = i + 1; j < names.size(); ++j) {
      CHECK_FALSE((names[i].resourceType == names[j].resourceType &&
                   names[i].cloudFormation == names[j].cloudFormation));
    }
  }
}

TEST_CASE("terraform stack parts: wrong types everywhere never crash and decide nothing") {
  // Every attribute the translations read, of the wrong type; after_unknown and expressions too.
  const std::vector<std::string> types{"aws_ecs_service",
                                       "aws_ecs_task_definition",
                                       "aws_lb_target_group",
                                       "aws_lb_listener",
                                       "aws_lb_listener_rule",
                                       "aws_lb",
                                       "aws_security_group",
                                       "aws_security_group_rule",
                                       "aws_vpc_security_group_ingress_rule",
                                       "aws_vpc",
                                       "aws_subnet",
                                       "aws_route_table",
                                       "aws_default_route_table",
                                       "aws_route",
                                       "aws_route_table_association",
                                       "aws_main_route_table_association",
                                       "aws_vpc_endpoint",
                                       "aws_iam_role",
                                       "aws_iam_role_policy",
                                       "aws_iam_policy",
                                       "aws_iam_role_policy_attachment",
                                       "aws_cloudwatch_log_group",
                                       "aws_vpn_gateway_route_propagation"};
  const std::vector<std::string> afters{
      R"({"task_definition": [], "launch_type": {}, "capacity_provider_strategy": "x", "load_balancer": {"a": 1},
          "network_configuration": [7, {"subnets": "s", "security_groups": {}, "assign_public_ip": "yes"}],
          "deployment_controller": true, "container_definitions": 5, "network_mode": [], "requires_compatibilities": "EC2",
          "target_type": 3, "health_check": [[]], "default_action": [{"forward": [{"target_group": 1}]}],
          "action": "x", "security_groups": [[], {}], "ingress": [{"cidr_blocks": "x", "self": "yes", "security_groups": 1}],
          "type": 1, "security_group_id": [], "route": {"x": 1}, "subnet_id": {}, "route_table_ids": 4,
          "assume_role_policy": 7, "inline_policy": [{"name": [], "policy": "{not json"}], "managed_policy_arns": "x",
          "policy": "[", "role": [], "name": {}, "policy_arn": 1, "id": [], "arn": {}})",
      R"({"container_definitions": "[{\"name\": [], \"portMappings\": 5}]", "assume_role_policy": "[1, 2",
          "policy": "{\"Statement\": \"x\"}", "ingress": [], "route": [[]], "load_balancer": [[]]})",
      "{}"};
  const std::vector<std::string> unknowns{
      R"({"task_definition": [], "load_balancer": true, "network_configuration": [true], "ingress": {"x": true},
          "route": 1, "inline_policy": [true], "security_groups": [true, true]})",
      R"([true])", "true", "7"};
  for (const std::string& after : afters) {
    for (const std::string& unknown : unknowns) {
      std::vector<std::string> changes;
      for (const std::string& type : types) changes.push_back(change(type + ".x", type, "x", after, unknown));
      const PlanStack stack(plan(changes, R"({"resources": [{"address": "aws_ecs_service.x", "expressions":
        {"task_definition": {"references": [1, "aws_ecs_task_definition.x.arn"]}, "load_balancer": "x",
         "network_configuration": [{"subnets": {"references": "x"}}]}}], "module_calls": {"m": 5}})"));
      CHECK(stack.findings().empty());
    }
  }
  // Not a plan's shape at all: after is a string, resource_changes an object, configuration a list.
  const PlanStack odd(
      R"({"format_version": "1.2", "resource_changes": [{"address": "aws_lb.x", "type": "aws_lb",
    "name": "x", "change": {"actions": ["create"], "after": {}, "after_unknown": "x"}}, 5, "y"],
    "configuration": []})");
  CHECK(odd.findings().empty());
}

TEST_CASE(
    "terraform stack parts: 2,000 services sharing a role, a security group and a target group stay linear") {
  constexpr int kServices = 2000;
  std::vector<std::string> changes{
      change("aws_iam_role.exec", "aws_iam_role", "exec", R"({"name": "exec", "assume_role_policy": "{}"})",
             R"({"arn": true, "id": true})"),
      change("aws_security_group.svc", "aws_security_group", "svc", "{}", R"({"id": true, "ingress": true})"),
      change("aws_lb_target_group.web", "aws_lb_target_group", "web", R"({"target_type": "ip"})",
             R"({"arn": true})"),
      change("aws_ecs_task_definition.web", "aws_ecs_task_definition", "web",
             R"({"network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"], "container_definitions":
             "[{\"name\":\"web\",\"image\":\"nginx\",\"portMappings\":[{\"containerPort\":80}]}]"})",
             R"({"arn": true, "execution_role_arn": true})")};
  std::string configuration = R"({"resources": [
    {"address": "aws_security_group.svc", "expressions": {}},
    {"address": "aws_ecs_task_definition.web", "expressions": {"execution_role_arn": {"references": ["aws_iam_role.exec.arn"]}}},
    {"address": "aws_ecs_service.web", "expressions": {"task_definition": {"references": ["aws_ecs_task_definition.web.arn"]},
      "load_balancer": [{"target_group_arn": {"references": ["aws_lb_target_group.web.arn"]}}],
      "network_configuration": [{"security_groups": {"references": ["aws_security_group.svc.id"]}}]}}]})";
  for (int i = 0; i < kServices; ++i) {
    changes.push_back(
        change("aws_ecs_service.web[" + std::to_string(i) + "]", "aws_ecs_service", "web",
               R"({"launch_type": "FARGATE", "network_configuration": [{"subnets": ["subnet-1"]}],
                 "load_balancer": [{"container_name": "web", "container_port": 80}]})",
               R"({"task_definition": true, "network_configuration": [{"security_groups": true}],
                 "load_balancer": [{"target_group_arn": true}]})"));
  }
  const PlanStack stack(plan(changes, configuration));
  // The template holds about as many values as the plan: each planned value is copied at most once,
  // each reference a handful of nodes.
  CHECK(stack.document().nodeCount() < stack.planDocument().nodeCount());
  REQUIRE(stack.services().size() == kServices);
  for (const EcsService& service : stack.services()) {
    REQUIRE(service.taskDefinition != nullptr);
    REQUIRE(service.loadBalancers.size() == 1);
    CHECK(service.loadBalancers[0].targetGroup == &stack.resource("aws_lb_target_group.web"));
  }
  // The shared security group's ingress is not written: every service's answer is the same, once.
  CHECK(stack.findings("ECS809").size() == kServices);
}

}  // namespace
}  // namespace ecslint::test

namespace ecslint::test {
namespace {

TEST_CASE("terraform stack parts: many services naming every one of many subnets stay linear") {
  constexpr int kEach = 500;
  std::vector<std::string> changes;
  for (int i = 0; i < kEach; ++i) {
    changes.push_back(change("aws_subnet.private[" + std::to_string(i) + "]", "aws_subnet", "private", "{}",
                             R"({"id": true})"));
  }
  for (int i = 0; i < kEach; ++i) {
    changes.push_back(change("aws_ecs_service.web[" + std::to_string(i) + "]", "aws_ecs_service", "web",
                             R"({"network_configuration": [{}]})",
                             R"({"network_configuration": [{"subnets": true}]})"));
  }
  const PlanStack stack(plan(changes, R"({"resources": [{"address": "aws_ecs_service.web", "expressions":
    {"network_configuration": [{"subnets": {"references": ["aws_subnet.private"]}}]}}]})"));
  // Each list of 500 subnets is beyond what a service holds: unknown, a few nodes, not 500.
  CHECK(stack.document().nodeCount() < stack.planDocument().nodeCount());
  REQUIRE(stack.services().size() == kEach);
  CHECK_FALSE(stack.graph().listItems(stack.services().front().subnets));
}

}  // namespace
}  // namespace ecslint::test
