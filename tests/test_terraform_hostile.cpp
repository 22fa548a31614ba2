// Terraform plans built to break the plan reader, run through the executable as
// test_hostile_inputs.cpp runs task definitions: a container_definitions that is not JSON, not a
// string, nested past the limit, with invalid UTF-8 or a lone surrogate, or huge; resource_changes
// with the wrong type at every level. Each ends with a defined exit status and a clear message,
// in bounded time and memory, never a crash or an internal error.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "hostile_run.h"
#include "json/json_loader.h"
#include "terraform_stack_under_test.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// Runs ecslint on one plan and checks what every hostile input must end with (hostile_run.h).
ChildRun expectOutcome(const fs::path& file, int exitCode, const std::vector<std::string>& messages,
                       double seconds = 10) {
  return expectHostileOutcome({file.string()}, exitCode, messages, seconds);
}

// A plan that creates one task definition whose container_definitions member is `value` (JSON text,
// as the plan writes it), everything else in order.
std::string planWith(const std::string& value) {
  return R"({"format_version": "1.2", "resource_changes": [{"address": "aws_ecs_task_definition.app",
  "mode": "managed", "type": "aws_ecs_task_definition", "name": "app", "change": {"actions": ["create"],
  "after": {"family": "app", "network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"],
    "cpu": "256", "memory": "512", "execution_role_arn": "arn:aws:iam::123456789012:role/app-execution",
    "container_definitions": )" +
         value + R"(}, "after_unknown": {}, "after_sensitive": {}}}]}
)";
}

const std::string kUnreadable =
    "the JSON in container_definitions cannot be read, so none of its containers was checked";

}  // namespace

TEST_CASE("terraform hostile: container_definitions that is not JSON is ECS001, at the string") {
  const ScratchDirectory scratch("tf-hostile-not-json");
  const ChildRun run = expectOutcome(scratch.write("plan.json", planWith(R"("[{\"name\": oops}]")")), 1,
                                     {kUnreadable, "[ECS001 invalid-json]", "aws_ecs_task_definition.app"});
  // The position is the plan's, inside the string: at the `o` of oops.
  CHECK(run.output.find(
            "plan.json:5:43: error: aws_ecs_task_definition.app: the JSON in container_definitions "
            "cannot be read, so none of its containers was checked: expected a JSON value, found 'o'") !=
        std::string::npos);
  expectOutcome(scratch.write("empty.json", planWith(R"("[")")), 1, {kUnreadable});
  expectOutcome(scratch.write("trailing.json", planWith(R"("[] []")")), 1, {kUnreadable});
  expectOutcome(scratch.write("text.json", planWith(R"("hello")")), 1, {kUnreadable});
}

TEST_CASE("terraform hostile: container_definitions that is JSON but not a list of containers") {
  const ScratchDirectory scratch("tf-hostile-not-containers");
  // The schema stage judges what the string holds, at the plan's bytes inside it.
  expectOutcome(
      scratch.write("object.json", planWith(R"("{}")")), 1,
      {"object.json:5:31: error: aws_ecs_task_definition.app: task-level 'container_definitions' must be an "
       "array, not an object [ECS004 wrong-type]"});
  expectOutcome(scratch.write("number.json", planWith(R"("42")")), 1,
                {"'container_definitions' must be an array, not an integer"});
  expectOutcome(scratch.write("null.json", planWith(R"("null")")), 1,
                {"'container_definitions' is null, but it is required"});
  expectOutcome(scratch.write("empty.json", planWith(R"("[]")")), 1,
                {"'container_definitions' is an empty list, but it is required"});
  expectOutcome(
      scratch.write("elements.json", planWith(R"("[1, null, \"x\", [[]]]")")), 1,
      {"elements.json:5:32: error: aws_ecs_task_definition.app: container_definitions[0] must be an object",
       "container_definitions[3] must be an object, not an array"});
  expectOutcome(scratch.write("members.json",
                              planWith(R"("[{\"name\":{\"a\":[]},\"image\":7,\"portMappings\":\"x\"}]")")),
                1,
                {"'name' in container_definitions[0] must be a string, not an object",
                 "'portMappings' in container_definitions[0] must be an array, not a string"});
}

TEST_CASE("terraform hostile: container_definitions of another type than a string") {
  const ScratchDirectory scratch("tf-hostile-not-string");
  for (const char* value : {"42", "true", "{}", "[{\"name\": \"app\"}]", "null"}) {
    CAPTURE(value);
    // Not what Terraform writes: left out of the view, so the task definition has no containers,
    // which the schema stage reports (ECS006, at the planned values); never a crash.
    const ChildRun run =
        expectOutcome(scratch.write("plan.json", planWith(value)), 1, {"aws_ecs_task_definition.app"});
    CHECK(run.output.find("the task definition has no 'container_definitions', which is required") !=
          std::string::npos);
  }
}

TEST_CASE("terraform hostile: JSON nested past the limit inside container_definitions") {
  const ScratchDirectory scratch("tf-hostile-deep");
  constexpr std::size_t kDepth = 100'000;
  expectOutcome(
      scratch.write("arrays.json", planWith("\"" + repeat("[", kDepth) + repeat("]", kDepth) + "\"")), 1,
      {kUnreadable, "nested more than 128 levels deep"});
  expectOutcome(scratch.write("objects.json", planWith("\"" + repeat("{\\\"a\\\":", kDepth) + "\"")), 1,
                {kUnreadable, "nested more than 128 levels deep"});
  // Less than the limit in the string, but more than it with the plan's own levels: still read.
  const std::string deepButFine =
      "\"[{\\\"name\\\":\\\"app\\\",\\\"image\\\":\\\"nginx:1.27\\\",\\\"x\\\":" + repeat("[", 120) +
      repeat("]", 120) + "}]\"";
  expectOutcome(scratch.write("fine.json", planWith(deepButFine)), 1, {"ECS00"});
}

TEST_CASE("terraform hostile: invalid UTF-8 and lone surrogates inside container_definitions") {
  const ScratchDirectory scratch("tf-hostile-utf8");
  // Raw invalid bytes are the plan's: the file is not UTF-8.
  expectOutcome(scratch.write("latin1.json", planWith("\"[{\\\"name\\\":\\\"caf\xE9\\\"}]\"")), 1,
                {"[ECS001 invalid-json]"});
  // A lone surrogate escaped in the plan's string: the plan is not valid JSON text.
  expectOutcome(scratch.write("plan-surrogate.json", planWith(R"("[{\"name\":\"\ud800\"}]")")), 1,
                {"unpaired UTF-16 surrogate"});
  expectOutcome(scratch.write("plan-low.json", planWith(R"("[{\"name\":\"\udc00x\"}]")")), 1,
                {"unpaired UTF-16 surrogate"});
  // One escaped in the JSON the string holds (\\ud800 in the plan): container_definitions is unreadable.
  expectOutcome(scratch.write("inner-surrogate.json", planWith(R"("[{\"name\":\"\\ud800\"}]")")), 1,
                {kUnreadable, "unpaired UTF-16 surrogate"});
  expectOutcome(scratch.write("inner-bad-escape.json", planWith(R"("[{\"name\":\"\\q\"}]")")), 1,
                {kUnreadable, "invalid escape sequence"});
  // A NUL written as an escape in the plan's string lands raw in the JSON inside it.
  expectOutcome(scratch.write("inner-nul.json", planWith(R"("[{\"name\":\"a\u0000b\"}]")")), 1,
                {kUnreadable});
}

TEST_CASE("terraform hostile: a 10 MB container_definitions is read, and a finding lands at its end") {
  const ScratchDirectory scratch("tf-hostile-huge");
  // One environment value of 10 MB of escaped quotes (\\\" in the plan: 4 bytes each), then a
  // container without logConfiguration whose name is the string's last value.
  const std::string huge =
      "\"[{\\\"name\\\":\\\"big\\\",\\\"image\\\":\\\"nginx:1.27\\\",\\\"environment\\\":[{"
      "\\\"name\\\":\\\"X\\\",\\\"value\\\":\\\"" +
      repeat("\\\\\\\"", 2'500'000) +
      "\\\"}]},{\\\"name\\\":\\\"tail\\\",\\\"image\\\":\\\"nginx:1.27\\\"}]\"";
  const ChildRun run = expectOutcome(scratch.write("plan.json", planWith(huge)), 0,
                                     {"container 'tail' has no logConfiguration"}, 20);
  CHECK(run.output.find("container 'big' has no logConfiguration") != std::string::npos);
}

TEST_CASE("terraform hostile: resource_changes with the wrong type at every level") {
  const ScratchDirectory scratch("tf-hostile-types");
  // Nothing to lint in any of them: the plan is read as a plan with no task definition it changes.
  const std::vector<std::string> plans = {
      R"({"format_version": "1.2", "resource_changes": 7})",
      R"({"format_version": "1.2", "resource_changes": [1, "x", null, true, [], {}]})",
      R"({"format_version": "1.2", "resource_changes": [{"type": "aws_ecs_task_definition"}]})",
      R"({"format_version": "1.2", "resource_changes": [{"type": "aws_ecs_task_definition", "change": null}]})",
      R"({"format_version": "1.2", "resource_changes": [{"type": "aws_ecs_task_definition", "change": []}]})",
      R"({"format_version": "1.2", "resource_changes": [{"type": "aws_ecs_task_definition", "mode": "managed",
          "change": {"actions": ["create"], "after": null}}]})",
      R"({"format_version": "1.2", "resource_changes": [{"type": "aws_ecs_task_definition", "mode": "managed",
          "change": {"actions": ["create"]}}]})",
      R"({"format_version": "1.2", "resource_changes": [{"type": "aws_ecs_task_definition", "mode": "managed",
          "change": {"actions": "create", "after": {}}}]})",
      R"({"format_version": "1.2", "resource_changes": [{"type": ["aws_ecs_task_definition"], "mode": 3,
          "address": {}, "change": {"actions": [null, 1, {}], "after": "x", "after_unknown": 1}}]})",
      R"({"format_version": "1.2", "values": {"root_module": {"resources": [1, null, {"values": 3}],
          "child_modules": 5}}})",
      R"({"format_version": "1.2", "values": {"root_module": {"child_modules": [null, [], {"resources": {}}]}}})",
  };
  for (std::size_t i = 0; i < plans.size(); ++i) {
    CAPTURE(plans[i]);
    expectOutcome(scratch.write("plan" + std::to_string(i) + ".json", plans[i]), 0, {"No problems found"});
  }
}

TEST_CASE(
    "terraform hostile: a task definition's attributes of the wrong type, unknown and sensitive marks too") {
  const ScratchDirectory scratch("tf-hostile-attributes");
  // `after` that is not an object: not planned values at all, so nothing is read (as a deletion).
  expectOutcome(
      scratch.write("after-list.json",
                    R"({"format_version": "1.2", "resource_changes": [{"address": "aws_ecs_task_definition.a",
          "mode": "managed", "type": "aws_ecs_task_definition", "name": "a", "change": {"actions": ["create"],
          "after": [1, 2]}}]})"),
      0, {"No problems found in 1 file."});
  const std::vector<std::string> plans = {
      // Every attribute of another type than Terraform writes, with marks of other shapes.
      R"({"format_version": "1.2", "resource_changes": [{"address": "aws_ecs_task_definition.a", "mode": "managed",
          "type": "aws_ecs_task_definition", "name": "a", "change": {"actions": ["update"], "after": {
            "family": 1, "cpu": [], "memory": {}, "network_mode": true, "volume": "x", "runtime_platform": [3],
            "placement_constraints": {"a": 1}, "requires_compatibilities": "FARGATE",
            "container_definitions": "[]", "ephemeral_storage": [{"size_in_gib": "x"}]},
          "after_unknown": {"volume": [true, {"x": [1]}], "container_definitions": "true", "cpu": [true]},
          "after_sensitive": {"volume": true, "family": [true], "memory": {"x": true}}}}]})",
      // Unknown marks where after has the value, and for attributes after does not have.
      R"({"format_version": "1.2", "resource_changes": [{"address": "aws_ecs_task_definition.a", "mode": "managed",
          "type": "aws_ecs_task_definition", "name": "a", "change": {"actions": ["create"],
          "after": {"family": "a", "container_definitions": "[{\"name\":\"a\",\"image\":\"nginx:1.27\"}]"},
          "after_unknown": {"family": true, "volume": true, "runtime_platform": [true], "proxy_configuration": {}},
          "after_sensitive": true}}]})",
  };
  for (std::size_t i = 0; i < plans.size(); ++i) {
    CAPTURE(plans[i]);
    const ChildRun run = expectOutcome(scratch.write("plan" + std::to_string(i) + ".json", plans[i]), 1,
                                       {"aws_ecs_task_definition.a"});
    (void)run;
  }
}

namespace {

// A plan with every resource type the stack rules read, wired together in `configuration`.
std::string stackPlan() {
  const std::string task =
      R"({"family": "api", "network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"],
    "cpu": "256", "memory": "512", "execution_role_arn": "arn:aws:iam::123456789012:role/exec",
    "volume": [{"name": "data", "host_path": "/data", "efs_volume_configuration": [{"file_system_id": "fs-1",
      "transit_encryption": "DISABLED", "authorization_config": [{"iam": "ENABLED"}]}]}],
    "runtime_platform": [{"operating_system_family": "LINUX", "cpu_architecture": "ARM64"}],
    "container_definitions": "[{\"name\":\"api\",\"image\":\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1\",\"portMappings\":[{\"containerPort\":8080}],\"secrets\":[{\"name\":\"S\",\"valueFrom\":\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:s\"}],\"logConfiguration\":{\"logDriver\":\"awslogs\",\"options\":{\"awslogs-group\":\"/ecs/api\",\"awslogs-region\":\"eu-west-1\",\"awslogs-stream-prefix\":\"api\"}}}]"})";
  return plan(
      {change("aws_vpc.main", "aws_vpc", "main", R"({"cidr_block": "10.0.0.0/16"})", R"({"id": true})"),
       change("aws_subnet.private", "aws_subnet", "private", R"({"cidr_block": "10.0.1.0/24"})",
              R"({"id": true})"),
       change("aws_route_table.private", "aws_route_table", "private",
              R"({"route": [{"cidr_block": "0.0.0.0/0", "nat_gateway_id": "nat-1"}]})", R"({"id": true})"),
       change("aws_route.out", "aws_route", "out", R"({"destination_cidr_block": "0.0.0.0/0"})",
              R"({"route_table_id": true})"),
       change("aws_route_table_association.private", "aws_route_table_association", "private", "{}",
              R"({"subnet_id": true, "route_table_id": true})"),
       change("aws_vpc_endpoint.ecr", "aws_vpc_endpoint", "ecr",
              R"({"service_name": "com.amazonaws.eu-west-1.ecr.dkr", "vpc_endpoint_type": "Interface",
                  "private_dns_enabled": true})",
              R"({"vpc_id": true, "subnet_ids": true})"),
       change(
           "aws_security_group.lb", "aws_security_group", "lb",
           R"({"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]})",
           R"({"id": true})"),
       change("aws_security_group.svc", "aws_security_group", "svc",
              R"({"ingress": [{"from_port": 80, "to_port": 80, "protocol": "tcp", "security_groups": []}]})",
              R"({"id": true, "ingress": [{"security_groups": true}]})"),
       change("aws_vpc_security_group_ingress_rule.svc", "aws_vpc_security_group_ingress_rule", "svc",
              R"({"from_port": 8080, "to_port": 8080, "ip_protocol": "tcp"})",
              R"({"security_group_id": true, "referenced_security_group_id": true})"),
       change("aws_lb.main", "aws_lb", "main", R"({"load_balancer_type": "application"})",
              R"({"arn": true})"),
       change("aws_lb_target_group.api", "aws_lb_target_group", "api",
              R"({"port": 8080, "protocol": "HTTP", "target_type": "instance",
                  "health_check": [{"port": "80", "path": "/"}]})",
              R"({"arn": true})"),
       change("aws_lb_listener.https", "aws_lb_listener", "https",
              R"({"port": 443, "protocol": "HTTPS", "default_action": [{"type": "forward"}]})",
              R"({"load_balancer_arn": true, "default_action": [{"target_group_arn": true}]})"),
       change(
           "aws_iam_role.exec", "aws_iam_role", "exec",
           R"({"name": "exec", "assume_role_policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}",
                  "inline_policy": [{"name": "p", "policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"logs:*\"],\"Resource\":\"*\"}]}"}]})",
           R"({"arn": true})"),
       change(
           "aws_iam_role_policy.exec", "aws_iam_role_policy", "exec",
           R"({"role": "exec", "policy": "{\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"ecr:*\",\"Resource\":[\"*\"]}}"})"),
       change(
           "aws_iam_role_policy_attachment.exec", "aws_iam_role_policy_attachment", "exec",
           R"({"role": "exec", "policy_arn": "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"})"),
       change("aws_cloudwatch_log_group.api", "aws_cloudwatch_log_group", "api", R"({"name": "/ecs/api"})"),
       change("aws_ecs_task_definition.api", "aws_ecs_task_definition", "api", task, R"({"arn": true})"),
       change(
           "aws_ecs_service.api", "aws_ecs_service", "api",
           R"({"launch_type": "FARGATE", "load_balancer": [{"container_name": "api", "container_port": 8080}],
                  "network_configuration": [{"assign_public_ip": false}]})",
           R"({"task_definition": true, "load_balancer": [{"target_group_arn": true}],
                  "network_configuration": [{"subnets": true, "security_groups": true}]})")},
      R"({"resources": [
  {"address": "aws_route_table_association.private", "mode": "managed", "type": "aws_route_table_association",
   "name": "private", "expressions": {"subnet_id": {"references": ["aws_subnet.private.id", "aws_subnet.private"]},
     "route_table_id": {"references": ["aws_route_table.private.id", "aws_route_table.private"]}}},
  {"address": "aws_route.out", "mode": "managed", "type": "aws_route", "name": "out",
   "expressions": {"route_table_id": {"references": ["aws_route_table.private.id", "aws_route_table.private"]}}},
  {"address": "aws_security_group.svc", "mode": "managed", "type": "aws_security_group", "name": "svc",
   "expressions": {"ingress": [{"security_groups": {"references": ["aws_security_group.lb.id", "aws_security_group.lb"]}}]}},
  {"address": "aws_vpc_security_group_ingress_rule.svc", "mode": "managed",
   "type": "aws_vpc_security_group_ingress_rule", "name": "svc",
   "expressions": {"security_group_id": {"references": ["aws_security_group.svc.id", "aws_security_group.svc"]},
     "referenced_security_group_id": {"references": ["aws_security_group.lb.id", "aws_security_group.lb"]}}},
  {"address": "aws_lb_listener.https", "mode": "managed", "type": "aws_lb_listener", "name": "https",
   "expressions": {"load_balancer_arn": {"references": ["aws_lb.main.arn", "aws_lb.main"]},
     "default_action": [{"target_group_arn": {"references": ["aws_lb_target_group.api.arn", "aws_lb_target_group.api"]}}]}},
  {"address": "aws_ecs_service.api", "mode": "managed", "type": "aws_ecs_service", "name": "api",
   "expressions": {"task_definition": {"references": ["aws_ecs_task_definition.api.arn", "aws_ecs_task_definition.api"]},
     "load_balancer": [{"target_group_arn": {"references": ["aws_lb_target_group.api.arn", "aws_lb_target_group.api"]}}],
     "network_configuration": [{"subnets": {"references": ["aws_subnet.private[*].id", "aws_subnet.private"]},
       "security_groups": {"references": ["aws_security_group.svc.id", "aws_security_group.svc"]}}]}}]})");
}

}  // namespace

// Every value of resource_changes and configuration, one at a time, replaced by a value of each other
// type: the plan reader, the view, the stack template and every rule take it in their stride.
TEST_CASE("terraform hostile: every value of a whole stack's plan replaced by each other type, in process") {
  for (const std::string& original :
       {stackPlan(), readFile(sourceDir() / "fixtures/examples/web-plan.json")}) {
    const SourceText source("plan.json", original);
    auto loaded = loadJson(source);
    REQUIRE(loaded);
    const Document& document = *loaded;
    const FileReport unchanged = lintText(original, {}, "plan.json");
    REQUIRE(unchanged.isTerraformPlan);
    // Unchanged, each draws findings (the stack plan ECS805, from the stack rules), so the rules ran.
    CHECK_FALSE(unchanged.findings.empty());
    std::size_t variants = 0;
    for (const std::string_view part : {"/resource_changes", "/configuration"}) {
      const NodeId top = document.find(part);
      REQUIRE(top != kNoNode);
      for (NodeId node = top + 1; node < top + document.node(top).subtreeSize; ++node) {
        const ByteRange span = document.node(node).span;
        for (const char* replacement : {"null", "-7", "\"x\"", "[]", "{}", "true", "[{}]", "\"[{}]\""}) {
          std::string text = original;
          text.replace(span.begin, span.end - span.begin, replacement);
          CAPTURE(document.pointer(node));
          CAPTURE(replacement);
          FileReport report;
          CHECK_NOTHROW(report = lintText(text, {}, "plan.json"));
          for (const Finding& finding : report.findings) {
            CHECK(finding.range.end <= text.size());
            CHECK(!finding.message.empty());
          }
          ++variants;
        }
      }
    }
    MESSAGE(variants << " variants");
    CHECK(variants > 500);
  }
}

}  // namespace ecslint::test
