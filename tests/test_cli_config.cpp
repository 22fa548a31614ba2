// The command line with .ecslint.json: discovery, --config, the command line's precedence, and
// exit status 2 for a bad configuration.
#include <doctest/doctest.h>

#include "cli_runner.h"

namespace ecslint::test {

TEST_CASE("cli config: the nearest .ecslint.json above each file applies to it") {
  const ScratchDirectory repo("cli-config-discovery");
  repo.write(".ecslint.json", R"({"ignore": ["ECS101"]})");
  repo.write("services/api/task.json", kErrorTask);
  repo.write("services/web/.ecslint.json", R"({"ignore": ["missing-log-configuration"]})");
  repo.write("services/web/task.json", kErrorTask);

  const CliResult run = runCli("services", repo.path());
  CHECK(run.exitCode == 1);  // web still has ECS101: its own configuration replaces the root's
  CHECK(contains(run.out, "services/api/task.json:2:11: warning:"));
  CHECK_FALSE(contains(run.out, "services/api/task.json:2:92"));
  CHECK(contains(run.out, "services/web/task.json:2:92: error:"));
  CHECK_FALSE(contains(run.out, "services/web/task.json:2:11"));

  // From another working directory, by absolute path: the same answer.
  const CliResult absolute = runCli(quoted((repo.path() / "services" / "api" / "task.json").string()));
  CHECK(absolute.exitCode == 0);
  CHECK(contains(absolute.out, "task.json:2:11: warning:"));
}

TEST_CASE("cli config: --config replaces discovery for every file") {
  const ScratchDirectory repo("cli-config-explicit");
  repo.write(".ecslint.json", R"({"ignore": ["ECS101"]})");
  repo.write("task.json", kErrorTask);
  repo.write("ci/strict.json", R"({"severity": {"ECS301": "error"}})");
  const CliResult run = runCli("--config ci/strict.json task.json", repo.path());
  CHECK(run.exitCode == 1);
  CHECK(contains(run.out, "task.json:2:11: error:"));
  CHECK(contains(run.out, "task.json:2:92: error:"));
  CHECK(runCli("--config ci/missing.json task.json", repo.path()).exitCode == 2);
}

TEST_CASE("cli config: a bad configuration exits 2 with the closest valid key, and no report") {
  const ScratchDirectory repo("cli-config-bad");
  repo.write(".ecslint.json", "{\n  \"ignroe\": [\"ECS101\"]\n}\n");
  repo.write("task.json", kCleanTask);
  const CliResult run = runCli("--format sarif task.json", repo.path());
  CHECK(run.exitCode == 2);
  CHECK(run.out.empty());
  CHECK(contains(run.err, ".ecslint.json:2:3: unknown key 'ignroe'; did you mean 'ignore'?"));

  repo.write(".ecslint.json", R"({"launch_type": "FARGTE"})");
  const CliResult value = runCli("task.json", repo.path());
  CHECK(value.exitCode == 2);
  CHECK(contains(value.err, "did you mean 'FARGATE'?"));

  repo.write(".ecslint.json", "not json");
  CHECK(runCli("task.json", repo.path()).exitCode == 2);
}

TEST_CASE("cli config: the command line wins over the file") {
  const ScratchDirectory repo("cli-config-precedence");
  repo.write(".ecslint.json", R"({"select": ["ECS3"], "ignore": ["ECS301"], "launch_type": "EC2"})");
  repo.write("task.json", kErrorTask);
  // The file's selection leaves nothing that fires.
  CHECK(runCli("task.json", repo.path()).out.find("No problems found in 1 file.") != std::string::npos);
  // --select starts over: the file's select and ignore no longer apply.
  const CliResult selected = runCli("--select ECS1,ECS301 task.json", repo.path());
  CHECK(contains(selected.out, "ECS101"));
  CHECK(contains(selected.out, "ECS301"));
  // --ignore adds to the file's ignore.
  repo.write(".ecslint.json", R"({"ignore": ["ECS301"]})");
  CHECK(runCli("--ignore ECS101 task.json", repo.path()).exitCode == 0);
}

TEST_CASE("cli config: launch_type is assumed unless --launch-type says otherwise") {
  const ScratchDirectory repo("cli-config-launch");
  repo.write("task.json", R"({"family": "web", "networkMode": "awsvpc", "cpu": "256", "memory": "4096",
    "executionRoleArn": "arn:aws:iam::123456789012:role/x",
    "containerDefinitions": [{"name": "web", "image": "nginx:1.27",
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g",
    "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}]})");
  repo.write(".ecslint.json", R"({"launch_type": "FARGATE"})");
  const CliResult fargate = runCli("task.json", repo.path());
  CHECK(fargate.exitCode == 1);
  CHECK(contains(fargate.out, "ECS401"));
  CHECK(runCli("--launch-type EC2 task.json", repo.path()).exitCode == 0);
}

TEST_CASE("cli config: per-rule severity moves the exit status") {
  const ScratchDirectory repo("cli-config-severity");
  repo.write("task.json", kErrorTask);
  repo.write(".ecslint.json", R"({"severity": {"ECS101": "note"}})");
  const CliResult lowered = runCli("task.json", repo.path());
  CHECK(lowered.exitCode == 0);
  CHECK(contains(lowered.out, "task.json:2:92: note:"));
  repo.write(".ecslint.json", R"({"severity": {"ECS1": "warning", "missing-log-configuration": "error"}})");
  const CliResult raised = runCli("task.json", repo.path());
  CHECK(raised.exitCode == 1);
  CHECK(contains(raised.out, "task.json:2:11: error:"));
  CHECK(contains(raised.out, "task.json:2:92: warning:"));
}

TEST_CASE("cli config: opt-in rules run when the configuration selects them") {
  const RuleInfo* optIn = nullptr;
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    if (!rule.enabledByDefault) optIn = &rule;
  }
  if (optIn == nullptr) {
    MESSAGE("skipped: the catalogue has no opt-in rule yet");
    return;
  }
  const auto documentation = parseRuleDocumentation(optIn->documentation);
  REQUIRE(documentation.has_value());
  const ScratchDirectory repo("cli-config-opt-in");
  repo.write("task.json", documentation->badExample);
  CHECK_FALSE(contains(runCli("task.json", repo.path()).out, std::string(optIn->id)));
  repo.write(".ecslint.json", R"({"select": [")" + std::string(optIn->name) + R"("]})");
  CHECK(contains(runCli("task.json", repo.path()).out, std::string(optIn->id)));
}

TEST_CASE("cli config: per_file_ignores suppress by glob and JSON pointer") {
  const ScratchDirectory repo("cli-config-ignores");
  repo.write("legacy/old.json", kErrorTask);
  repo.write("services/web.json", kErrorTask);
  repo.write(".ecslint.json", R"({"per_file_ignores": {
    "legacy/*.json": ["ECS101", "ECS301"],
    "services/web.json#/containerDefinitions/0/portMappings": ["awsvpc-host-port-mismatch"]}})");
  const CliResult run = runCli(".", repo.path());
  CHECK(run.exitCode == 0);
  CHECK_FALSE(contains(run.out, "legacy/old.json"));
  CHECK(contains(run.out, "services/web.json:2:11: warning:"));
  CHECK(contains(run.out, "1 problem (0 errors, 1 warning, 0 notes) in 2 files (3 suppressed)."));

  // In SARIF they are kept, marked external, with where the ignore is written.
  const CliResult sarif = runCli("--format sarif .", repo.path());
  CHECK(contains(sarif.out, R"("kind": "external")"));
  CHECK(contains(sarif.out, R"("justification": "per_file_ignores \"legacy/*.json\" in .ecslint.json")"));
}

TEST_CASE("cli config: an entry for one file that suppresses nothing there is ECS012 in the configuration") {
  const ScratchDirectory repo("cli-config-stale");
  repo.write("services/web.json", kErrorTask);
  repo.write("services/api.json", kErrorTask);
  repo.write(".ecslint.json",
             "{\"per_file_ignores\": {\n  \"services/web.json\": [\"ECS301\", \"ECS205\"],\n"
             "  \"services/*.json\": [\"ECS402\"]\n}}\n");
  const CliResult run = runCli("--fail-on warning services", repo.path());
  CHECK(run.exitCode == 1);
  // ECS205 ran and found nothing in services/web.json; the glob entry is never judged.
  CHECK(contains(run.out,
                 ".ecslint.json:2:35: warning: 'ECS205' in per_file_ignores \"services/web.json\" "
                 "suppresses nothing: ECS205 (same-task-and-execution-role) reports nothing in "
                 "services/web.json."));
  CHECK_FALSE(contains(run.out, "'ECS301' in per_file_ignores"));
  CHECK_FALSE(contains(run.out, "ECS402"));
  CHECK(contains(run.out, "in 2 files (1 suppressed)."));
  // Not judged when the file is not linted, nor when the rule does not run.
  CHECK_FALSE(contains(runCli("services/api.json", repo.path()).out, "ECS012"));
  CHECK_FALSE(contains(runCli("--ignore ECS205 services", repo.path()).out, "ECS012"));
}

TEST_CASE("cli config: stdin named with --stdin-filename finds its configuration and ignores") {
  const ScratchDirectory repo("cli-config-stdin");
  repo.write("services/.ecslint.json", R"({"per_file_ignores": {"web.json": ["ECS301"]}})");
  const CliResult run = runCli(CliCall{"--stdin-filename services/web.json -", repo.path(), "", kErrorTask});
  CHECK(run.exitCode == 1);
  CHECK(contains(run.out, "services/web.json:2:92: error:"));
  CHECK_FALSE(contains(run.out, "ECS301"));
  CHECK(contains(run.out, "(1 suppressed)"));
}

}  // namespace ecslint::test

namespace ecslint::test {

TEST_CASE("cli config: rule_options reach ECS707 and ECS702") {
  if (RuleCatalogue::builtIn().find("ECS707") == nullptr ||
      RuleCatalogue::builtIn().find("ECS702") == nullptr) {
    MESSAGE("skipped: ECS702 and ECS707 are not in the catalogue");
    return;
  }
  const ScratchDirectory repo("cli-config-rule-options");
  repo.write("task.json", R"({"family": "f", "requiresCompatibilities": ["EC2"], "memory": "512",
  "containerDefinitions": [{"name": "a", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:latest",
    "environment": [{"name": "ORDERS_DSN", "value": "postgres://orders:hunter2@db:5432/orders"}],
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/f",
      "awslogs-region": "us-east-1", "awslogs-stream-prefix": "a"}}}]})");
  const CliResult plain = runCli("--fail-on warning task.json", repo.path());
  CHECK(contains(plain.out, "ECS707"));
  CHECK_FALSE(contains(plain.out, "ECS702"));
  repo.write(".ecslint.json", R"({"rule_options": {
    "ECS707": {"trusted_registries": ["*.dkr.ecr.*.amazonaws.com"]},
    "ECS702": {"secret_name_patterns": ["*_DSN"]}}})");
  const CliResult configured = runCli("--fail-on warning task.json", repo.path());
  CHECK_FALSE(contains(configured.out, "ECS707"));
  CHECK(contains(configured.out, "environment variable 'ORDERS_DSN' of container 'a' holds a credential"));
}

}  // namespace ecslint::test

namespace ecslint::test {

TEST_CASE("cli config: --diff and --fix leave suppressed findings alone") {
  const ScratchDirectory repo("cli-config-fix");
  const std::string task = R"({
  "family": "web",
  "memory": "512",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 80, "hostPort": 8080}]}
  ],
  "tags": [{"key": "ecslint:ignore", "value": "ECS101 ECS301"}]
}
)";
  repo.write("task.json", task);
  const CliResult diff = runCli("--diff task.json", repo.path());
  CHECK(diff.exitCode == 0);
  CHECK(diff.out.empty());
  // The same file fixed through per_file_ignores instead: still left alone.
  repo.write(".ecslint.json", R"({"per_file_ignores": {"task.json": ["ECS101"]}})");
  repo.write("task.json", task.substr(0, task.find("  \"tags\"")) +
                              "  \"tags\": [{\"key\": \"ecslint:ignore\", \"value\": \"ECS301\"}]\n}\n");
  CHECK(runCli("--fix task.json", repo.path()).exitCode == 0);
  CHECK(contains(readFile(repo.path() / "task.json"), "\"hostPort\": 8080"));
}

}  // namespace ecslint::test
