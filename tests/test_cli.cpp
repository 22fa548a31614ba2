// The executable as CI and pre-commit use it: exit codes 0/1/2, formats, output files, stdin.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

struct Run {
  int exitCode;
  std::string output;  // stdout and stderr together
};

// Scratch files live in a directory of this test process, removed when it exits: ctest runs test
// cases in parallel processes, and a shared name let one case truncate a file another was reading.
fs::path scratchPath(const std::string& name) {
  struct Directory {
    fs::path path = fs::temp_directory_path() / ("ecslint-cli-" + std::to_string(getpid()));
    Directory() { fs::create_directories(path); }
    ~Directory() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  };
  static const Directory directory;
  return directory.path / name;
}

Run ecslint(const std::string& arguments, const std::string& stdinText = "") {
  const fs::path input = scratchPath("stdin.json");
  std::ofstream(input, std::ios::binary) << stdinText;
  const std::string command =
      std::string(ECSLINT_BINARY) + " " + arguments + " < " + input.string() + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string output;
  char buffer[4096];
  while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  const int status = pclose(pipe);
  return Run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string fixture(const std::string& relative) { return (sourceDir() / "fixtures" / relative).string(); }

// A scratch file with the given content.
std::string scratch(const std::string& name, const std::string& content) {
  const fs::path path = scratchPath(name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

// Clean but for a missing awslogs-stream-prefix on EC2: a warning only.
const std::string kWarningOnly = R"({
  "family": "web",
  "requiresCompatibilities": ["EC2"],
  "memory": "512",
  "containerDefinitions": [{
    "name": "web",
    "image": "nginx:1.27",
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
      "awslogs-region": "us-east-1"}}
  }]
})";

const std::string kError = R"({"family": "web", "networkMode": "awsvpc", "containerDefinitions": [{
  "name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 80, "hostPort": 8080}],
  "logConfiguration": {"logDriver": "json-file"}, "memory": 256}]})";

}  // namespace

TEST_CASE("cli: exit 0 for a clean file, 1 for an error, with gcc-style lines") {
  const Run clean = ecslint(scratch("clean.json", kCleanTask));
  CHECK(clean.exitCode == 0);
  CHECK(clean.output.find("No problems found in 1 file.") != std::string::npos);

  const std::string bad = scratch("error.json", kError);
  const Run error = ecslint(bad);
  CHECK(error.exitCode == 1);
  CHECK(error.output.find(bad + ":2:92: error: [*] hostPort 8080 differs") != std::string::npos);
  CHECK(error.output.find("[ECS101 awsvpc-host-port-mismatch]") != std::string::npos);
  CHECK(error.output.find("1 problem (1 error, 0 warnings, 0 notes) in 1 file.") != std::string::npos);
}

TEST_CASE("cli: --fail-on sets the threshold for exit 1") {
  const std::string warning = scratch("warning.json", kWarningOnly);
  CHECK(ecslint(warning).exitCode == 0);
  CHECK(ecslint("--fail-on warning " + warning).exitCode == 1);
  CHECK(ecslint("--fail-on note " + warning).exitCode == 1);
  CHECK(ecslint("--fail-on none " + scratch("error.json", kError)).exitCode == 0);
}

TEST_CASE("cli: a parse error is a finding (exit 1), not a crash") {
  const Run run = ecslint(scratch("broken.json", "{\"family\": \"web\",}"));
  CHECK(run.exitCode == 1);
  CHECK(run.output.find("error: trailing comma") != std::string::npos);
  CHECK(run.output.find("[ECS001 invalid-json]") != std::string::npos);
}

TEST_CASE("cli: usage errors and unreadable input exit 2") {
  CHECK(ecslint("").exitCode == 2);
  CHECK(ecslint("--format xml " + scratch("clean.json", kCleanTask)).exitCode == 2);
  CHECK(ecslint("--launch-type MOON " + scratch("clean.json", kCleanTask)).exitCode == 2);
  CHECK(ecslint("--fail-on always " + scratch("clean.json", kCleanTask)).exitCode == 2);
  const Run unknownRule = ecslint("--select ECS9999 " + scratch("clean.json", kCleanTask));
  CHECK(unknownRule.exitCode == 2);
  const Run misspelt = ecslint("--ignore awsvpc-host-port-mismach " + scratch("clean.json", kCleanTask));
  CHECK(misspelt.exitCode == 2);
  CHECK(misspelt.output.find("did you mean 'awsvpc-host-port-mismatch'") != std::string::npos);
  const Run missing = ecslint("/nonexistent/task.json");
  CHECK(missing.exitCode == 2);
  CHECK(missing.output.find("/nonexistent/task.json: no such file or directory") != std::string::npos);
  CHECK(ecslint("--output /nonexistent/dir/out.txt " + scratch("clean.json", kCleanTask)).exitCode == 2);
  CHECK(ecslint("explain ECS999").exitCode == 2);
}

TEST_CASE("cli: a file ecslint cannot read exits 2 even when others are clean") {
  // Reading /proc/self/mem from offset 0 fails with EIO for every user, root included.
  const Run run = ecslint(scratch("clean.json", kCleanTask) + " /proc/self/mem");
  CHECK(run.exitCode == 2);
  CHECK(run.output.find("/proc/self/mem: cannot read") != std::string::npos);
  CHECK(run.output.find("No problems found in 1 file.") != std::string::npos);
}

TEST_CASE("cli: --version, --help, rules and explain exit 0") {
  const Run version = ecslint("--version");
  CHECK(version.exitCode == 0);
  CHECK(version.output.starts_with("ecslint "));
  CHECK(ecslint("--help").exitCode == 0);
  const Run rules = ecslint("rules");
  CHECK(rules.exitCode == 0);
  CHECK(rules.output.find("ECS101  awsvpc-host-port-mismatch") != std::string::npos);
  const Run explain = ecslint("explain awsvpc-host-port-mismatch");
  CHECK(explain.exitCode == 0);
  CHECK(explain.output.find("## How to fix") != std::string::npos);
  CHECK(ecslint("explain ecs101").exitCode == 0);
}

TEST_CASE("cli: --launch-type fills in what the file does not say") {
  const std::string text = R"({"family": "web", "networkMode": "awsvpc", "cpu": "256", "memory": "4096",
    "executionRoleArn": "arn:aws:iam::123456789012:role/x",
    "containerDefinitions": [{"name": "web", "image": "nginx:1.27",
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g",
    "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}]})";
  const std::string file = scratch("launch.json", text);
  const Run plain = ecslint(file);
  CHECK(plain.exitCode == 0);
  CHECK(plain.output.find("ECS011") != std::string::npos);
  const Run fargate = ecslint("--launch-type fargate " + file);
  CHECK(fargate.exitCode == 1);
  CHECK(fargate.output.find("ECS401") != std::string::npos);
  CHECK(ecslint("--launch-type EC2 " + file).exitCode == 0);
}

TEST_CASE("cli: --select and --ignore take ids, names and prefixes") {
  const std::string file = scratch("error.json", kError);
  CHECK(ecslint("--ignore ECS101 " + file).exitCode == 0);
  CHECK(ecslint("--ignore ECS1 " + file).exitCode == 0);
  CHECK(ecslint("--ignore awsvpc-host-port-mismatch " + file).exitCode == 0);
  CHECK(ecslint("--select ECS3 " + file).exitCode == 0);
  CHECK(ecslint("--select ECS101,ECS301 " + file).exitCode == 1);
}

TEST_CASE("cli: stdin with --stdin-filename, and --output") {
  const Run run = ecslint("--stdin-filename taskdef.json -", kError);
  CHECK(run.exitCode == 1);
  CHECK(run.output.find("taskdef.json:2:92: error") != std::string::npos);

  const fs::path out = scratchPath("out.sarif");
  fs::remove(out);
  const Run sarif = ecslint("--format sarif --output " + out.string() + " " + scratch("error.json", kError));
  CHECK(sarif.exitCode == 1);
  CHECK(sarif.output.empty());
  CHECK(readFile(out).find("\"ruleId\": \"ECS101\"") != std::string::npos);
}

TEST_CASE("cli: directories are walked, and JSON that is not a task definition is skipped") {
  const fs::path dir = scratchPath("walk");
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  fs::create_directories(dir / ".git");
  std::ofstream(dir / "sub" / "task.json") << kError;
  std::ofstream(dir / "package.json") << R"({"name": "app", "version": "1.0.0"})";
  std::ofstream(dir / ".git" / "task.json") << kError;
  std::ofstream(dir / "notes.txt") << "not json";
  std::error_code ignored;
  fs::create_directory_symlink(dir, dir / "sub" / "loop", ignored);
  const Run run = ecslint(dir.string());
  CHECK(run.exitCode == 1);
  CHECK(run.output.find("sub/task.json:2:92") != std::string::npos);
  CHECK(run.output.find("package.json") == std::string::npos);
  CHECK(run.output.find(".git") == std::string::npos);
  CHECK(run.output.find("in 1 file.") != std::string::npos);

  // Named explicitly, a JSON file that is not a task definition is reported.
  const Run named = ecslint((dir / "package.json").string());
  CHECK(named.exitCode == 1);
  CHECK(named.output.find("ECS013") != std::string::npos);
}

TEST_CASE("cli: the README's bundled example reports the five pitfalls") {
  const std::string example = fixture("examples/pitfalls.json");
  if (!fs::exists(example)) return;  // written with the fixtures
  const Run run = ecslint(example);
  CHECK(run.exitCode == 1);
  for (const char* id : {"ECS101", "ECS201", "ECS206", "ECS301", "ECS401"}) {
    INFO(id);
    CHECK(run.output.find(id) != std::string::npos);
  }
  CHECK(ecslint(fixture("examples/good.json")).exitCode == 0);
}

}  // namespace ecslint::test
