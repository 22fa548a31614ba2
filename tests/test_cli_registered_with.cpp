// ECS010 once per object with a fix, and `registered_with`: under the GitHub deploy action,
// nothing is said about what the action removes before registering (empty values, and the
// describe-only members in its IGNORED_TASK_DEFINITION_ATTRIBUTES).
#include <doctest/doctest.h>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

// A console export: null members, describe-only members, and deleteRequestedAt (which the action
// keeps).
const std::string kConsoleExport = R"({
  "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
  "family": "web",
  "revision": 3,
  "status": "ACTIVE",
  "deleteRequestedAt": "2024-05-02T10:14:31.482000+00:00",
  "taskRoleArn": null,
  "networkMode": "bridge",
  "requiresCompatibilities": ["EC2"],
  "containerDefinitions": [
    {
      "name": "web",
      "image": "public.ecr.aws/nginx/nginx:1.27",
      "memory": 256,
      "hostname": null,
      "user": null,
      "workingDirectory": null,
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
        "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}
    }
  ]
}
)";

}  // namespace

TEST_CASE("registered_with: ECS010 reports null members once per object, with a fix that removes them") {
  const ScratchDirectory repo("cli-nulls");
  repo.write("web.json", kConsoleExport);
  const CliResult run = runCli("--select ECS010 web.json", repo.path());
  CHECK(
      run.out ==
      "web.json:7:18: warning: [*] task-level 'taskRoleArn' is null, which the AWS CLI rejects (\"Invalid "
      "type "
      "for parameter taskRoleArn, value: None, type: <class 'NoneType'>, valid types: <class 'str'>\"), "
      "while "
      "the GitHub deploy-task-definition action drops null values; remove the member [ECS010 empty-value]\n"
      "web.json:15:19: warning: [*] 3 members of container 'web' are null ('hostname', 'user', "
      "'workingDirectory'): the AWS CLI rejects null values, while the GitHub deploy-task-definition action "
      "drops them; remove the members [ECS010 empty-value]\n"
      "2 problems (0 errors, 2 warnings, 0 notes) in 1 file.\n[*] 2 fixable with --fix.\n");
  const CliResult sarif = runCli("--select ECS010 --format sarif web.json", repo.path());
  CHECK(contains(sarif.out, "\"text\": \"'workingDirectory' is null\""));

  CHECK(runCli("--select ECS010 --fix web.json", repo.path()).exitCode == 0);
  const std::string fixed = readFile(repo.path() / "web.json");
  CHECK_FALSE(contains(fixed, "null"));
  CHECK(contains(fixed, "      \"memory\": 256,\n      \"logConfiguration\""));
  CHECK(runCli("--select ECS010 web.json", repo.path()).out == "No problems found in 1 file.\n");
}

TEST_CASE("registered_with: an object of many nulls is one ECS010 with bounded related locations") {
  std::string text = R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27",
    "dockerLabels": {"x": null)";
  for (int i = 1; i < 500; ++i) text += ", \"x" + std::to_string(i) + "\": null";
  text += "}}]}";
  const FileReport report = lintText(text);
  std::size_t ecs010 = 0;
  for (const Finding& finding : report.findings) {
    if (finding.rule->id != "ECS010") continue;
    ++ecs010;
    CHECK(
        finding.message.starts_with("500 members of 'dockerLabels' in container 'web' are null ('x', 'x1',"));
    CHECK(contains(finding.message, " and 488 more)"));
    CHECK(finding.related.size() == 100);
    REQUIRE(finding.fix.has_value());
    CHECK(finding.fix->edits.size() == 1);  // neighbours go in one edit
  }
  CHECK(ecs010 == 1);
}

TEST_CASE("registered_with: under the deploy action, what the action removes draws nothing") {
  const ScratchDirectory repo("cli-registered-with");
  repo.write("web.json", kConsoleExport);
  const CliResult cli = runCli("--select ECS009,ECS010 -q --format concise web.json", repo.path());
  CHECK(lines(cli.out) == 6);  // 4 describe-only members, 2 ECS010

  const CliResult action = runCli(
      "--select ECS009,ECS010 -q --format concise --registered-with deploy-action web.json", repo.path());
  CHECK(action.out ==
        "web.json:6:3: ECS009 [*] describe-task-definition output fields that register-task-definition "
        "rejects\n");

  repo.write(".ecslint.json", R"({"registered_with": "deploy-action"})");
  CHECK(runCli("--select ECS009,ECS010 -q --format concise web.json", repo.path()).out == action.out);
  // The command line wins over the file.
  CHECK(lines(runCli("--select ECS009,ECS010 -q --format concise --registered-with aws-cli web.json",
                     repo.path())
                  .out) == 6);

  repo.write(".ecslint.json", R"({"registered_with": "deploy_action"})");
  const CliResult bad = runCli("web.json", repo.path());
  CHECK(bad.exitCode == 2);
  CHECK(contains(
      bad.err, ".ecslint.json:1:21: unknown registered_with 'deploy_action'; did you mean 'deploy-action'?"));
}

}  // namespace ecslint::test
