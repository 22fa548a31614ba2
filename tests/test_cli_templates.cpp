// CloudFormation templates through the command line: suppressions in a resource's Metadata (and
// stale ones), and --fix on YAML keeping comments, quoting and indentation.
#include <doctest/doctest.h>

#include <string>

#include "cli_runner.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// Two task definitions: Web ignores ECS301 (used) and ECS707 (stale); Worker ignores nothing, so
// its own missing log configuration is still reported.
constexpr std::string_view kTwoTasks = R"(Resources:
  Web:
    Type: AWS::ECS::TaskDefinition
    Metadata:
      ecslint:
        ignore: [ECS301, ECS707]
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
  Worker:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: worker
          Image: busybox:1.36
)";

// An awsvpc task whose HostPort differs (ECS101's safe fix removes that line) with comments and
// quoting that must survive the fix.
constexpr std::string_view kFixable = R"(# The web service.
Resources:
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc   # one ENI per task
      ContainerDefinitions:
        - Name: 'web'
          Image: "nginx:1.27"
          PortMappings:
            - ContainerPort: 80
              HostPort: 8080  # wrong under awsvpc
          LogConfiguration:
            LogDriver: awslogs
            Options: {awslogs-group: web, awslogs-region: eu-west-1, awslogs-stream-prefix: web}
)";

}  // namespace

TEST_CASE(
    "cli templates: a resource's Metadata suppresses for that resource only, and stale entries are ECS012") {
  const ScratchDirectory repo("cli-template-ignore");
  repo.write("stack.yaml", std::string(kTwoTasks));
  const CliResult result = runCli("--select ECS301,ECS012 stack.yaml", repo.path());
  CHECK(result.exitCode == 0);  // warnings only
  // Worker's finding stays; Web's is suppressed.
  CHECK(contains(result.out,
                 "stack.yaml:15:17: warning: TaskDefinition 'Worker': container 'worker' has no "
                 "LogConfiguration"));
  CHECK_FALSE(contains(result.out, "container 'web' has no"));
  // ECS707 did not run (--select), so its entry is not judged stale.
  CHECK_FALSE(contains(result.out, "ECS012"));
  const CliResult all = runCli("--select ECS301,ECS707,ECS012 stack.yaml", repo.path());
  CHECK(contains(all.out,
                 "stack.yaml:6:26: warning: 'ECS707' in the resource's ecslint "
                 "ignore list suppresses nothing"));
  CHECK(contains(all.out, "nothing in this resource. Remove it from the list"));
}

TEST_CASE("cli templates: --fix on YAML removes one line and keeps comments, quoting and indentation") {
  const ScratchDirectory repo("cli-template-fix");
  repo.write("web.yaml", std::string(kFixable));
  const CliResult result = runCli("--fix --select ECS101 web.yaml", repo.path());
  CHECK(result.exitCode == 0);
  std::string expected(kFixable);
  const std::string removed = "              HostPort: 8080  # wrong under awsvpc\n";
  expected.erase(expected.find(removed), removed.size());
  CHECK(readFile(repo.path() / "web.yaml") == expected);
}

}  // namespace ecslint::test
