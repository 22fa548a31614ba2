// What ecslint lints: directories walked in a stable order, hidden and VCS directories skipped,
// symlink loops harmless, files linted once, many paths, stdin; named files that are not task
// definitions reported (or skipped for pre-commit).
#include <doctest/doctest.h>

#include <vector>

#include "cli/input_files.h"
#include "cli_runner.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> pathsOf(const InputFiles& inputs) {
  std::vector<std::string> paths;
  for (const InputFile& file : inputs.files) paths.push_back(file.path);
  return paths;
}

}  // namespace

TEST_CASE("cli inputs: a directory walk is depth first, in byte order, skipping what it should") {
  const ScratchDirectory repo("inputs-walk");
  const fs::path& root = repo.path();
  for (const char* file :
       {"b.json", "a.json", "B.json", "z/y.json", "z/a/x.json", "m/q.json", "m.json", "notes.txt",
        "task.JSON", ".hidden.json", ".git/HEAD.json", ".github/workflows/x.json",
        "node_modules/pkg/package.json", "CVS/x.json", "deep/.terraform/plan.json"}) {
    repo.write(file, "{}");
  }
  std::error_code ignored;
  fs::create_directory_symlink(root, root / "z" / "loop", ignored);  // a loop back to the top
  const ScratchDirectory outside("inputs-walk-outside");
  const fs::path target = outside.write("target.json", "{}");
  fs::create_symlink(target, root / "link.json", ignored);                // a file link is followed
  fs::create_symlink(root / "a.json", root / "same-as-a.json", ignored);  // linted once, as a.json
  fs::create_symlink(root / "missing.json", root / "dangling.json", ignored);
  const InputFiles inputs = collectInputFiles({root.string()}, "");
  // A *.json link that dangles is named, not skipped: it may be the task definition CI meant to check.
  REQUIRE(inputs.problems.size() == 1);
  CHECK(inputs.problems[0].path == (root / "dangling.json").string());
  CHECK(inputs.problems[0].message.starts_with("cannot read: "));
  const std::string base = root.string() + "/";
  CHECK(pathsOf(inputs) == std::vector<std::string>{base + "B.json", base + "a.json", base + "b.json",
                                                    base + "link.json", base + "m.json", base + "m/q.json",
                                                    base + "z/y.json", base + "z/a/x.json"});
  for (const InputFile& file : inputs.files) CHECK_FALSE(file.explicitlyNamed);
  // The same tree, walked again, gives the same order.
  CHECK(pathsOf(collectInputFiles({root.string()}, "")) == pathsOf(inputs));
}

TEST_CASE("cli inputs: a file is linted once however often it is reached, and '-' is stdin") {
  const ScratchDirectory repo("inputs-dedupe");
  const std::string task = repo.write("t/task.json", "{}").string();
  const std::string dir = (repo.path() / "t").string();
  const InputFiles inputs = collectInputFiles(
      {task, dir, dir + "/./task.json", "-", "-", repo.path().string() + "/t/../t/task.json"},
      "from-stdin.json");
  REQUIRE(inputs.files.size() == 2);
  CHECK(inputs.files[0].path == task);
  CHECK(inputs.files[0].explicitlyNamed);
  CHECK(inputs.files[1].path == "from-stdin.json");
  CHECK(inputs.files[1].standardInput);
  CHECK(collectInputFiles({"-"}, "").files[0].path == "<stdin>");
  const InputFiles missing = collectInputFiles({"/nonexistent/x.json"}, "");
  CHECK(missing.files.empty());
  REQUIRE(missing.problems.size() == 1);
}

TEST_CASE("cli inputs: many paths and directories in one run") {
  const ScratchDirectory repo("inputs-many");
  repo.write("one.json", kErrorTask);
  repo.write("dir/two.json", kErrorTask);
  repo.write("dir/package.json", R"({"name": "x"})");
  repo.write("other/three.json", kCleanTask);
  const CliResult run = runCli("one.json dir other", repo.path());
  CHECK(run.exitCode == 1);
  CHECK(contains(run.out, "one.json:2:92"));
  CHECK(contains(run.out, "dir/two.json:2:92"));
  CHECK_FALSE(contains(run.out, "package.json"));
  CHECK(contains(run.out, "in 3 files."));
}

TEST_CASE("cli inputs: stdin, named with --stdin-filename") {
  const CliResult run = runCli(CliCall{"--stdin-filename deploy/task.json -", {}, "", kErrorTask});
  CHECK(run.exitCode == 1);
  CHECK(contains(run.out, "deploy/task.json:2:92: error:"));
  const CliResult unnamed = runCli(CliCall{"-", {}, "", kCleanTask});
  CHECK(unnamed.exitCode == 0);
  CHECK(contains(unnamed.out, "No problems found in 1 file."));
  const CliResult broken = runCli(CliCall{"-", {}, "", "{"});
  CHECK(broken.exitCode == 1);
  CHECK(contains(broken.out, "<stdin>:1:2: error:"));
}

TEST_CASE("cli inputs: a named file that is not a task definition is reported, unless skipped") {
  const ScratchDirectory repo("inputs-named");
  repo.write("package.json", R"({"name": "app", "version": "1.0.0"})");
  repo.write("tsconfig.json", "{\n  // comments are not JSON\n  \"compilerOptions\": {}\n}\n");
  repo.write("task.json", kErrorTask);
  repo.write("broken-task.json", "{\"containerDefinitions\": [}");
  const CliResult named = runCli("package.json", repo.path());
  CHECK(named.exitCode == 1);
  CHECK(contains(named.out, "[ECS013 not-a-task-definition]"));
  // pre-commit passes every staged JSON file: other JSON is skipped as in a walk, task
  // definitions (even broken ones) are still linted.
  const CliResult skipped = runCli("--skip-non-task-definitions package.json tsconfig.json", repo.path());
  CHECK(skipped.exitCode == 0);
  CHECK(contains(skipped.out, "No problems found in 0 files."));
  const CliResult mixed = runCli(
      "--skip-non-task-definitions package.json tsconfig.json task.json broken-task.json", repo.path());
  CHECK(mixed.exitCode == 1);
  CHECK(contains(mixed.out, "task.json:2:92: error:"));
  CHECK(contains(mixed.out, "broken-task.json:1:"));
  CHECK(contains(mixed.out, "in 2 files."));
}

}  // namespace ecslint::test
