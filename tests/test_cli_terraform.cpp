// Terraform plans through the command line, as CI runs ecslint after `terraform show -json`: the
// bundled example's text output and exit code, the resource address in JSON and SARIF, plans and
// states found by content in a directory walk, --fix leaving a plan alone, and --lang ja.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

const std::string kWebPlan = "fixtures/examples/web-plan.json";

// A state (`terraform show -json` without a plan): the container has no logConfiguration.
const std::string kState =
    R"({"format_version": "1.0", "terraform_version": "1.9.8", "values": {"root_module": {
  "resources": [{"address": "aws_ecs_task_definition.worker", "mode": "managed",
    "type": "aws_ecs_task_definition", "name": "worker", "values": {"family": "worker",
    "network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
    "execution_role_arn": "arn:aws:iam::123456789012:role/worker-execution",
    "container_definitions": "[{\"name\":\"worker\",\"image\":\"public.ecr.aws/docker/library/busybox:1.36\"}]"},
    "sensitive_values": {}}]}}}
)";

rapidjson::Document parsed(const std::string& text) {
  rapidjson::Document document;
  document.Parse(text.c_str());
  REQUIRE_FALSE(document.HasParseError());
  return document;
}

}  // namespace

TEST_CASE("cli terraform: the bundled example plan prints the address and exits 1") {
  const CliResult result = runCli(kWebPlan, sourceDir());
  CHECK(result.exitCode == 1);
  CHECK(result.err.empty());
  CHECK(contains(
      result.out,
      "fixtures/examples/web-plan.json:137:360: error: aws_ecs_task_definition.web: hostPort 80 differs "
      "from containerPort 8080 in container 'web'"));
  CHECK(contains(result.out, "[ECS101 awsvpc-host-port-mismatch]"));
  CHECK(contains(result.out,
                 "fixtures/examples/web-plan.json:137:491: warning: aws_ecs_task_definition.web: container "
                 "'otel-collector' has no logConfiguration"));
  CHECK(contains(result.out, "2 problems (1 error, 1 warning, 0 notes) in 1 file."));
  // Warnings alone do not fail the run.
  CHECK(runCli("--select ECS301 " + kWebPlan, sourceDir()).exitCode == 0);
}

TEST_CASE("cli terraform: --format json names the resource and points in Terraform's names") {
  const CliResult result = runCli("--format json " + kWebPlan, sourceDir());
  CHECK(result.exitCode == 1);
  const rapidjson::Document report = parsed(result.out);
  const auto& findings = report["findings"];
  REQUIRE(findings.Size() == 2);
  for (const auto& finding : findings.GetArray()) {
    CHECK(std::string(finding["path"].GetString()) == kWebPlan);
    CHECK(std::string(finding["resource"]["type"].GetString()) == "aws_ecs_task_definition");
    CHECK(std::string(finding["resource"]["logical_id"].GetString()) == "aws_ecs_task_definition.web");
    CHECK(finding["resource"]["construct_path"].IsNull());
    // Nothing on a plan is fixable.
    CHECK(finding["fix"].IsNull());
  }
  CHECK(std::string(findings[0]["pointer"].GetString()) ==
        "/container_definitions/0/portMappings/0/hostPort");
  CHECK(std::string(findings[1]["pointer"].GetString()) == "/container_definitions/1/name");
  CHECK(report["summary"]["fixable"].GetUint() == 0);
}

TEST_CASE("cli terraform: GitHub annotations name the resource, as the text output does") {
  const CliResult result = runCli("--format github " + kWebPlan, sourceDir());
  CHECK(result.exitCode == 1);
  // The plan holds every task definition on one line: the annotation's line does not say which.
  CHECK(contains(result.out,
                 "::error file=" + kWebPlan +
                     ",line=137,col=360,endLine=137,endColumn=362,title=ECS101 awsvpc-host-port-mismatch::"
                     "aws_ecs_task_definition.web: hostPort 80 differs from containerPort 8080"));
  CHECK(contains(result.out,
                 "title=ECS301 missing-log-configuration::aws_ecs_task_definition.web: container "
                 "'otel-collector' has no logConfiguration"));
}

TEST_CASE("cli terraform: SARIF carries the address as a logical location of kind resource") {
  const CliResult result = runCli("--format sarif " + kWebPlan, sourceDir());
  CHECK(result.exitCode == 1);
  const rapidjson::Document log = parsed(result.out);
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.Size() == 2);
  for (const auto& entry : results.GetArray()) {
    const auto& location = entry["locations"][0];
    const auto& logical = location["logicalLocations"];
    REQUIRE(logical.Size() == 2);
    CHECK(std::string(logical[0]["name"].GetString()) == "aws_ecs_task_definition.web");
    CHECK(std::string(logical[0]["fullyQualifiedName"].GetString()) == "aws_ecs_task_definition.web");
    CHECK(std::string(logical[0]["kind"].GetString()) == "resource");
    CHECK(std::string(logical[1]["kind"].GetString()) == "object");
    CHECK(std::string(location["physicalLocation"]["artifactLocation"]["uri"].GetString()) == kWebPlan);
    CHECK_FALSE(entry.HasMember("fixes"));
  }
  CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"].GetUint() == 137);
  CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"].GetUint() == 360);
  CHECK(std::string(
            results[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"].GetString()) == "80");
}

TEST_CASE("cli terraform: a directory walk lints a plan and a state by content and skips other JSON") {
  const ScratchDirectory repo("cli-terraform-walk");
  repo.write("infra/tfplan.json", readFile(sourceDir() / kWebPlan));
  repo.write("infra/state.json", kState);
  repo.write("package.json", R"({"name": "web", "version": "1.0.0", "dependencies": {}})");
  repo.write("infra/modules.json", R"({"Modules": [{"Key": "", "Source": "", "Dir": "."}]})");
  repo.write("infra/.terraform/terraform.tfstate.json", kState);  // hidden directories are not walked
  const CliResult result = runCli("--format json .", repo.path());
  CHECK(result.exitCode == 1);
  const rapidjson::Document report = parsed(result.out);
  std::vector<std::string> linted;
  for (const auto& file : report["files"].GetArray()) linted.emplace_back(file["path"].GetString());
  CHECK(linted == std::vector<std::string>{"./infra/state.json", "./infra/tfplan.json"});
  // The two other JSON files were found and skipped, not reported on.
  CHECK(report["summary"]["skipped"].GetUint() == 2);
  const CliResult verbose = runCli("--verbose .", repo.path());
  CHECK(contains(verbose.err,
                 "skipped ./package.json: not a task definition, a CloudFormation template or a "
                 "Terraform plan"));
  CHECK(contains(verbose.err, "skipped ./infra/modules.json"));
  // The state's finding, named by its address.
  const CliResult text = runCli(". --select ECS301", repo.path());
  CHECK(contains(text.out, "./infra/state.json:"));
  CHECK(contains(text.out, "aws_ecs_task_definition.worker: container 'worker' has no logConfiguration"));
  CHECK(contains(text.out, "./infra/tfplan.json:137:491:"));
  CHECK_FALSE(contains(text.out, "package.json"));
}

TEST_CASE("cli terraform: --fix leaves a plan's bytes and modification time as they were") {
  const ScratchDirectory repo("cli-terraform-fix");
  const std::string original = readFile(sourceDir() / kWebPlan);
  const fs::path plan = repo.write("tfplan.json", original);
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(24);
  fs::last_write_time(plan, old);
  const fs::file_time_type before = fs::last_write_time(plan);
  const CliResult result = runCli("--fix tfplan.json", repo.path());
  // ECS101 is fixable in a task definition, but not here: still reported, nothing written.
  CHECK(result.exitCode == 1);
  CHECK(contains(result.out, "[ECS101 awsvpc-host-port-mismatch]"));
  CHECK_FALSE(contains(result.out, "[*]"));
  CHECK(readFile(plan) == original);
  CHECK(fs::last_write_time(plan) == before);
  // --diff has nothing to show either.
  const CliResult diff = runCli("--diff tfplan.json", repo.path());
  CHECK_FALSE(contains(diff.out, "+++"));
  CHECK(readFile(plan) == original);
}

TEST_CASE("cli terraform: --lang ja on a plan speaks Japanese and keeps the address") {
  const CliResult result = runCli("--lang ja " + kWebPlan, sourceDir());
  CHECK(result.exitCode == 1);
  CHECK(contains(result.out, "fixtures/examples/web-plan.json:137:360: "));
  CHECK(contains(result.out, "aws_ecs_task_definition.web: "));
  CHECK(contains(result.out, "コンテナ 'web'"));
  CHECK(contains(result.out, "コンテナ 'otel-collector'"));
  CHECK_FALSE(contains(result.out, "differs from containerPort"));
  CHECK_FALSE(contains(result.out, "has no logConfiguration"));
}

TEST_CASE("cli terraform: no source is quoted near a sensitive value, in text or SARIF") {
  const std::string sensitive = "fixtures/ECS301/bad-terraform-sensitive-no-logs.json";
  const std::string secret = "whsec_4fP0qTq2bZ8xN1rV";  // the plan's sensitive webhook secret
  const CliResult text = runCli("--show-source " + sensitive, sourceDir());
  CHECK(text.exitCode == 0);
  CHECK(contains(text.out, "aws_ecs_task_definition.payments: (sensitive value) has no logConfiguration"));
  CHECK_FALSE(contains(text.out, secret));
  CHECK_FALSE(contains(text.out, " | "));  // no source line, no caret
  const CliResult sarif = runCli("--format sarif " + sensitive, sourceDir());
  const rapidjson::Document log = parsed(sarif.out);
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.Size() >= 1);
  for (const auto& result : results.GetArray()) {
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    CHECK(region.HasMember("startLine"));
    CHECK_FALSE(region.HasMember("snippet"));
  }
  CHECK_FALSE(contains(sarif.out, secret));
  CHECK_FALSE(contains(sarif.out, "datadog-agent"));  // the container's name, also sensitive
  // Without sensitive values, the source is shown as usual.
  const CliResult plain = runCli("--show-source " + kWebPlan, sourceDir());
  CHECK(contains(plain.out, " 137 | "));
}

}  // namespace ecslint::test
