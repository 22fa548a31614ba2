// Output formats as their consumers read them: json (scripts), github (Actions annotations), SARIF
// suppressions (code scanning), and colours only where a person looks at a terminal.
#include <doctest/doctest.h>
#include <pty.h>
#include <rapidjson/document.h>

#include <cerrno>

#include "cli_runner.h"
#include "report/github_reporter.h"

namespace ecslint::test {
namespace {

constexpr std::string_view kEscape = "\x1b[";

// Runs ecslint with its standard output on a pseudo-terminal, as in an interactive shell.
CliResult runOnTerminal(const std::vector<std::string>& arguments,
                        const std::vector<std::string>& environment) {
  std::vector<std::string> args = {ECSLINT_BINARY};
  args.insert(args.end(), arguments.begin(), arguments.end());
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    ::unsetenv("NO_COLOR");
    ::setenv("TERM", "xterm", 1);
    for (const std::string& assignment : environment) ::putenv(const_cast<char*>(assignment.c_str()));
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  CliResult result;
  if (pid < 0) return result;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(master, buffer, sizeof buffer);
    if (n > 0) {
      result.out.append(buffer, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child has exited and closed the terminal
    }
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace

TEST_CASE("cli formats: json is ecslint's documented, versioned report") {
  const ScratchDirectory repo("cli-json");
  repo.write("task.json", kErrorTask);
  repo.write("clean.json", kCleanTask);
  repo.write("quiet.json",
             R"({"family": "q", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512}],
    "tags": [{"key": "ecslint:ignore", "value": "ECS301"}]})");
  const CliResult run = runCli("--format json clean.json task.json quiet.json", repo.path());
  CHECK(run.exitCode == 1);
  rapidjson::Document report;
  report.Parse(run.out.c_str());
  REQUIRE_FALSE(report.HasParseError());
  CHECK(report["version"].GetInt() == 1);
  CHECK(std::string(report["tool"]["name"].GetString()) == "ecslint");
  REQUIRE(report["files"].Size() == 3);
  CHECK(std::string(report["files"][1]["path"].GetString()) == "task.json");
  CHECK(report["files"][1]["task_definition"].GetBool());
  CHECK(report["files"][1]["errors"].GetUint() == 1);
  CHECK(report["files"][1]["warnings"].GetUint() == 1);
  CHECK(report["files"][2]["suppressed"].GetUint() == 1);
  REQUIRE(report["findings"].Size() == 2);
  const auto& error = report["findings"][1];
  CHECK(std::string(error["path"].GetString()) == "task.json");
  CHECK(std::string(error["rule"].GetString()) == "ECS101");
  CHECK(std::string(error["name"].GetString()) == "awsvpc-host-port-mismatch");
  CHECK(std::string(error["severity"].GetString()) == "error");
  CHECK(std::string(error["pointer"].GetString()) == "/containerDefinitions/0/portMappings/0/hostPort");
  CHECK(error["start"]["line"].GetUint() == 2);
  CHECK(error["start"]["column"].GetUint() == 92);
  CHECK(error["end"]["column"].GetUint() == 96);
  CHECK(error["end"]["offset"].GetUint() - error["start"]["offset"].GetUint() == 4);
  CHECK(error["related"].IsArray());
  REQUIRE(report["suppressed"].Size() == 1);
  const auto& suppressed = report["suppressed"][0];
  CHECK(std::string(suppressed["rule"].GetString()) == "ECS301");
  CHECK(std::string(suppressed["suppressions"][0]["kind"].GetString()) == "in_source");
  CHECK(suppressed["suppressions"][0]["start"]["line"].GetUint() == 2);
  CHECK(report["summary"]["files"].GetUint() == 3);
  CHECK(report["summary"]["errors"].GetUint() == 1);
  CHECK(report["summary"]["warnings"].GetUint() == 1);
  CHECK(report["summary"]["suppressed"].GetUint() == 1);
  CHECK(report["summary"]["exit_code"].GetInt() == 1);
}

TEST_CASE("cli formats: github prints one workflow command per finding, then a summary") {
  const ScratchDirectory repo("cli-github");
  repo.write("task.json", kErrorTask);
  const CliResult run = runCli("--format github ./task.json", repo.path());
  CHECK(run.exitCode == 1);
  CHECK(contains(run.out,
                 "::warning file=task.json,line=2,col=11,endLine=2,endColumn=16,"
                 "title=ECS301 missing-log-configuration::container 'web' has no logConfiguration"));
  CHECK(contains(run.out,
                 "::error file=task.json,line=2,col=92,endLine=2,endColumn=96,"
                 "title=ECS101 awsvpc-host-port-mismatch::hostPort 8080 differs"));
  CHECK(contains(run.out, "\necslint: 2 problems (1 error, 1 warning, 0 notes) in 1 file.\n"));
  CHECK_FALSE(contains(runCli("--format github --quiet task.json", repo.path()).out, "ecslint:"));
  // A note is a notice; file names are escaped as properties.
  repo.write("a,b:c.json", kErrorTask);
  repo.write(".ecslint.json", R"({"severity": {"ECS101": "note"}})");
  CHECK(contains(runCli("--format github 'a,b:c.json'", repo.path()).out,
                 "::notice file=a%2Cb%3Ac.json,line=2,col=92,"));
}

TEST_CASE("cli formats: workflow-command escaping") {
  CHECK(escapeWorkflowData("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b");
  CHECK(escapeWorkflowProperty("dir/a,b:c%.json") == "dir/a%2Cb%3Ac%25.json");
}

TEST_CASE("cli formats: SARIF keeps suppressed results with their suppressions") {
  const ScratchDirectory repo("cli-sarif-suppressions");
  repo.write("task.json",
             R"({"family": "q", "containerDefinitions": [{"name": "a", "image": "nginx:1", "memory": 512}],
    "tags": [{"key": "ecslint:ignore", "value": "ECS301"}]})");
  const CliResult run = runCli("--format sarif task.json", repo.path());
  CHECK(run.exitCode == 0);
  rapidjson::Document sarif;
  sarif.Parse(run.out.c_str());
  REQUIRE_FALSE(sarif.HasParseError());
  const auto& results = sarif["runs"][0]["results"];
  REQUIRE(results.Size() == 1);
  CHECK(std::string(results[0]["ruleId"].GetString()) == "ECS301");
  const auto& suppression = results[0]["suppressions"][0];
  CHECK(std::string(suppression["kind"].GetString()) == "inSource");
  CHECK(std::string(suppression["status"].GetString()) == "accepted");
  const auto& region = suppression["location"]["physicalLocation"]["region"];
  CHECK(region["startLine"].GetUint() == 2);
  CHECK(region["startColumn"].GetUint() == 50);
  CHECK(std::string(suppression["location"]["physicalLocation"]["artifactLocation"]["uri"].GetString()) ==
        "task.json");
}

TEST_CASE("cli formats: colours only on a terminal, unless --color or NO_COLOR say otherwise") {
  const ScratchDirectory repo("cli-color");
  const std::string task = repo.write("task.json", kErrorTask).string();
  // Not a terminal: no colour unless asked for.
  CHECK_FALSE(contains(runCli(quoted(task)).out, std::string(kEscape)));
  CHECK_FALSE(contains(runCli("--color auto " + quoted(task)).out, std::string(kEscape)));
  CHECK_FALSE(contains(runCli("--color never " + quoted(task)).out, std::string(kEscape)));
  CHECK(contains(runCli("--color always " + quoted(task)).out, "\x1b[1;31merror:"));
  CHECK(contains(runCli(CliCall{"--color always " + quoted(task), {}, "NO_COLOR=1", ""}).out,
                 std::string(kEscape)));
  // Other formats never carry colour.
  CHECK_FALSE(contains(runCli("--color always --format github " + quoted(task)).out, std::string(kEscape)));
  CHECK(runCli("--color sometimes " + quoted(task)).exitCode == 2);

  // A terminal: colour and the source line with a caret, unless NO_COLOR is set (to anything).
  const CliResult terminal = runOnTerminal({task}, {});
  CHECK(terminal.exitCode == 1);
  CHECK(contains(terminal.out, std::string(kEscape)));
  CHECK(contains(terminal.out, "^~~~"));
  const CliResult noColor = runOnTerminal({task}, {"NO_COLOR=1"});
  CHECK(noColor.exitCode == 1);
  CHECK_FALSE(contains(noColor.out, std::string(kEscape)));
  CHECK(contains(noColor.out, "^~~~"));
  CHECK(contains(runOnTerminal({task}, {"NO_COLOR="}).out, std::string(kEscape)));  // empty means unset
  CHECK_FALSE(contains(runOnTerminal({task}, {"TERM=dumb"}).out, std::string(kEscape)));
  CHECK_FALSE(contains(runOnTerminal({"--color", "never", task}, {}).out, std::string(kEscape)));
}

}  // namespace ecslint::test
