// The command line as users of ruff, hadolint and ShellCheck type it: enum values explained when
// wrong (and numbers refused), aliases (--output-format, --no-color, --exit-zero), unknown commands
// and rules with suggestions, --statistics, concise output, the fixable marker, --show-source off a
// terminal, `rules --format json`, --verbose about skipped files.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "catalogue/rule_catalogue.h"
#include "cli_runner.h"

namespace ecslint::test {
TEST_CASE(
    "cli options: an unknown enum value is explained, with the nearest spelling, and numbers are refused") {
  const ScratchDirectory repo("cli-enums");
  repo.write("task.json", kErrorTask);
  const CliResult sarf = runCli("--format sarf task.json", repo.path());
  CHECK(sarf.exitCode == 2);
  CHECK(sarf.err ==
        "ecslint: unknown format 'sarf'; did you mean 'sarif'? (text, sarif, json, github, concise)\n");
  CHECK(sarf.out.empty());
  const CliResult number = runCli("--format 3 task.json", repo.path());
  CHECK(number.exitCode == 2);
  CHECK(number.err == "ecslint: unknown format '3' (text, sarif, json, github, concise)\n");
  CHECK(runCli("--fail-on warn task.json", repo.path()).err ==
        "ecslint: unknown severity 'warn'; did you mean 'warning'? (error, warning, note, none)\n");
  CHECK(runCli("--fail-on 1 task.json", repo.path()).exitCode == 2);
  CHECK(runCli("--color allways task.json", repo.path()).err ==
        "ecslint: unknown color 'allways'; did you mean 'always'? (auto, always, never)\n");
  CHECK(runCli("--color 0 task.json", repo.path()).exitCode == 2);
  CHECK(runCli("--launch-type FARGAT task.json", repo.path()).err ==
        "ecslint: unknown launch type 'FARGAT'; did you mean 'FARGATE'? (FARGATE, EC2, EXTERNAL, "
        "MANAGED_INSTANCES)\n");
  CHECK(runCli("--launch-type 1 task.json", repo.path()).exitCode == 2);
  CHECK(runCli("--launch-type fargate task.json", repo.path()).exitCode == 1);  // case is ignored here
  CHECK(runCli("--registered-with github task.json", repo.path()).err ==
        "ecslint: unknown tool 'github' (aws-cli, deploy-action)\n");
  CHECK(runCli("rules --format sarif", repo.path()).err == "ecslint: unknown format 'sarif' (text, json)\n");
}

TEST_CASE("cli options: a word that is neither a file nor a command is an unknown command, said once") {
  const ScratchDirectory repo("cli-commands");
  const CliResult serve = runCli("serve", repo.path());
  CHECK(serve.exitCode == 2);
  CHECK(serve.err ==
        "ecslint: unknown command 'serve' (and no file or directory of that name). "
        "Commands: rules, explain, docs, lsp (ecslint --help)\n");
  CHECK(serve.out.empty());
  CHECK(runCli("rule", repo.path()).err ==
        "ecslint: unknown command 'rule' (and no file or directory of that name); did you mean 'rules'? "
        "Commands: rules, explain, docs, lsp (ecslint --help)\n");
  // A file or directory of that name is linted as always.
  repo.write("tasks/web.json", kErrorTask);
  CHECK(runCli("tasks", repo.path()).exitCode == 1);
  // A missing path that does not look like a command is still a missing file.
  CHECK(contains(runCli("web.json", repo.path()).err, "web.json: no such file or directory"));
}

TEST_CASE("cli options: explain suggests the nearest rule ids") {
  const CliResult run = runCli("explain ECS1011");
  CHECK(run.exitCode == 2);
  CHECK(run.err == "ecslint: no rule 'ECS1011'; did you mean ECS011, ECS101 or ECS111?\n");
  CHECK(runCli("explain awsvpc-host-port-mismach").err ==
        "ecslint: no rule 'awsvpc-host-port-mismach'; did you mean awsvpc-host-port-mismatch?\n");
  CHECK(runCli("explain zzzzzzzz").err == "ecslint: no rule 'zzzzzzzz'; ecslint rules lists every rule\n");
}

TEST_CASE("cli options: --exit-zero, --no-color and --output-format are the aliases other linters use") {
  const ScratchDirectory repo("cli-aliases");
  repo.write("task.json", kErrorTask);
  const CliResult zero = runCli("--exit-zero task.json", repo.path());
  CHECK(zero.exitCode == 0);
  CHECK(contains(zero.out, "ECS101"));
  CHECK(runCli("--exit-zero missing.json", repo.path()).exitCode == 2);  // a usage error is still one
  const CliResult noColor = runCli("--no-color task.json", repo.path());
  CHECK(noColor.exitCode == 1);
  CHECK_FALSE(contains(noColor.out, "\x1b["));
  CHECK(runCli("--no-color --color always task.json", repo.path()).exitCode == 2);
  CHECK(runCli("--output-format json task.json", repo.path()).out.starts_with("{"));
}

TEST_CASE("cli options: concise output is one short line per finding, fixable ones marked") {
  const ScratchDirectory repo("cli-concise");
  repo.write("task.json", kErrorTask);
  const CliResult run = runCli("--output-format concise task.json", repo.path());
  CHECK(run.exitCode == 1);
  CHECK(run.out == "task.json:2:11: ECS301 " + std::string(RuleCatalogue::builtIn().find("ECS301")->title) +
                       "\n" + "task.json:2:92: ECS101 [*] " +
                       std::string(RuleCatalogue::builtIn().find("ECS101")->title) + "\n" +
                       "2 problems (1 error, 1 warning, 0 notes) in 1 file.\n[*] 1 fixable with --fix.\n");
}

TEST_CASE("cli options: text marks fixable findings [*], JSON carries the fix") {
  const ScratchDirectory repo("cli-fixable");
  repo.write("task.json", kErrorTask);
  const CliResult text = runCli("task.json", repo.path());
  CHECK(contains(text.out, "task.json:2:92: error: [*] hostPort 8080 differs"));
  CHECK(contains(text.out, "task.json:2:11: warning: container 'web' has no logConfiguration"));
  CHECK(text.out.ends_with("[*] 1 fixable with --fix.\n"));

  const CliResult json = runCli("--format json task.json", repo.path());
  rapidjson::Document report;
  report.Parse(json.out.c_str());
  REQUIRE_FALSE(report.HasParseError());
  const auto& findings = report["findings"];
  REQUIRE(findings.Size() == 2);
  CHECK(findings[0]["fix"].IsNull());
  const auto& fix = findings[1]["fix"];
  REQUIRE(fix.IsObject());
  CHECK(std::string(fix["description"].GetString()) == "remove hostPort 8080");
  REQUIRE(fix["edits"].Size() == 1);
  CHECK(fix["edits"][0]["start"]["line"].GetUint() == 2);
  CHECK(std::string(fix["edits"][0]["replacement"].GetString()).empty());
  CHECK(report["summary"]["fixable"].GetUint() == 1);
}

TEST_CASE("cli options: --statistics counts findings per rule, with fixable counts") {
  const ScratchDirectory repo("cli-statistics");
  repo.write("a.json", kErrorTask);
  repo.write("b.json", kErrorTask);
  repo.write("c.json", kCleanTask);
  const CliResult text = runCli("--statistics a.json b.json c.json", repo.path());
  CHECK(text.exitCode == 1);
  CHECK(text.out ==
        "2  ECS101  awsvpc-host-port-mismatch  [*] 2 fixable\n"
        "2  ECS301  missing-log-configuration\n"
        "4 problems (2 errors, 2 warnings, 0 notes) in 3 files.\n[*] 2 fixable with --fix.\n");
  const CliResult json = runCli("--statistics --format json a.json", repo.path());
  rapidjson::Document rows;
  rows.Parse(json.out.c_str());
  REQUIRE_FALSE(rows.HasParseError());
  REQUIRE(rows.Size() == 2);
  CHECK(std::string(rows[0]["rule"].GetString()) == "ECS101");
  CHECK(rows[0]["count"].GetUint() == 1);
  CHECK(rows[0]["fixable"].GetUint() == 1);
  CHECK(runCli("--statistics --format sarif a.json", repo.path()).exitCode == 2);
}

TEST_CASE("cli options: --show-source shows the caret off a terminal, and --no-show-source never") {
  const ScratchDirectory repo("cli-show-source");
  repo.write("task.json", kErrorTask);
  const CliResult shown = runCli("--show-source task.json", repo.path());
  CHECK(contains(shown.out, " 2 |   \"name\": \"web\""));
  CHECK(contains(shown.out, "   |           ^~~~~\n"));
  CHECK_FALSE(contains(runCli("task.json", repo.path()).out, " 2 | "));
  CHECK_FALSE(contains(runCli("--no-show-source task.json", repo.path()).out, " 2 | "));
  CHECK(runCli("--show-source --no-show-source task.json", repo.path()).exitCode == 2);
}

TEST_CASE("cli options: rules --format json lists every rule's metadata") {
  const CliResult run = runCli("rules --format json");
  CHECK(run.exitCode == 0);
  rapidjson::Document rules;
  rules.Parse(run.out.c_str());
  REQUIRE_FALSE(rules.HasParseError());
  REQUIRE(rules.Size() == RuleCatalogue::builtIn().rules().size());
  CHECK(std::string(rules[0]["id"].GetString()) == std::string(RuleCatalogue::builtIn().rules()[0].id));
  CHECK(rules[0]["enabled_by_default"].IsBool());
  CHECK(rules[0]["tags"].IsArray());
  CHECK(lines(runCli("rules").out) == RuleCatalogue::builtIn().rules().size());
}

TEST_CASE("cli options: the summary counts the files a walk skipped, and --verbose names them and why") {
  const ScratchDirectory repo("cli-skipped");
  repo.write("deploy/web.json", kErrorTask);
  repo.write("deploy/package.json", R"({"name": "app"})");
  repo.write("deploy/main.tf.json", R"({"resource": {"aws_ecs_task_definition": {"web": {}}}})");
  repo.write("deploy/broken.json", "{,");
  const CliResult quiet = runCli("deploy", repo.path());
  CHECK(
      contains(quiet.out,
               "in 1 file. 3 other files skipped: not task definitions, nor templates or plans with one.\n"));
  CHECK(quiet.err.empty());
  const CliResult verbose = runCli("--verbose deploy", repo.path());
  CHECK(contains(verbose.err,
                 "ecslint: skipped deploy/package.json: not a task definition, a CloudFormation template or "
                 "a Terraform plan"));
  CHECK(contains(verbose.err,
                 "ecslint: skipped deploy/main.tf.json: not a task definition, a CloudFormation template or "
                 "a Terraform plan"));
  CHECK(contains(verbose.err, "ecslint: skipped deploy/broken.json: not readable (ECS001)"));
  CHECK(lines(verbose.err) == 3);
  const CliResult json = runCli("--format json deploy", repo.path());
  CHECK(contains(json.out, "\"skipped\": 3"));
}

}  // namespace ecslint::test

namespace ecslint::test {

namespace {

// A CloudFormation template as `cdk synth` writes it: one task definition, a construct path, an
// image from the CDK asset repository (private ECR whatever the account and region), no execution
// role.
constexpr std::string_view kCdkTemplate = R"(Resources:
  WebTask:
    Type: AWS::ECS::TaskDefinition
    Metadata:
      aws:cdk:path: App/Web/TaskDef/Resource
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "256"
      Memory: "512"
      ContainerDefinitions:
        - Name: web
          Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/cdk-assets:abc"
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: web
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: web
)";

}  // namespace

TEST_CASE("cli options: a walk lints templates, names their resource, and skips other YAML") {
  const ScratchDirectory repo("cli-templates");
  repo.write("infra/app.yaml", std::string(kCdkTemplate));
  repo.write("infra/network.yml",
             "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n");
  repo.write("infra/.github.yml", "on: push\n");  // hidden: never walked
  repo.write("infra/workflow.yml", "on: push\njobs: {}\n");
  const CliResult text = runCli("--verbose infra", repo.path());
  CHECK(text.exitCode == 1);
  CHECK(contains(text.out,
                 "infra/app.yaml:13:18: error: TaskDefinition 'WebTask' (App/Web/TaskDef/Resource): image "
                 "'${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/cdk-assets:abc' is in a "
                 "private Amazon ECR repository"));
  CHECK(contains(text.out, "in 1 file. 2 other files skipped"));
  CHECK(contains(text.err,
                 "skipped infra/network.yml: a CloudFormation template without an AWS::ECS::TaskDefinition"));
  CHECK(contains(
      text.err,
      "skipped infra/workflow.yml: not a task definition, a CloudFormation template or a Terraform plan"));
  const CliResult json = runCli("--format json infra/app.yaml", repo.path());
  CHECK(contains(json.out, R"("pointer": "/Resources/WebTask/Properties/ContainerDefinitions/0/Image")"));
  CHECK(contains(json.out, R"("logical_id": "WebTask")"));
  CHECK(contains(json.out, R"("construct_path": "App/Web/TaskDef/Resource")"));
  const CliResult sarif = runCli("--format sarif infra/app.yaml", repo.path());
  CHECK(contains(sarif.out, R"("name": "WebTask")"));
  CHECK(contains(sarif.out, R"("kind": "resource")"));
}

}  // namespace ecslint::test
