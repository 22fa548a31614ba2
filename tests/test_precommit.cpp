// The pre-commit hook as a user runs it: Debian's real `pre-commit try-repo` against a temporary
// git repository, with this repository's .pre-commit-hooks.yaml and the built ecslint on PATH.
// Installs nothing; skips (with a message) when pre-commit or git is not installed.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

bool onPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream directories(path == nullptr ? "" : path);
  for (std::string directory; std::getline(directories, directory, ':');) {
    if (!directory.empty() && ::access((fs::path(directory) / program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

struct Shell {
  int exitCode;
  std::string output;
};

// Runs a shell command in `directory` with a private pre-commit cache and git identity.
Shell sh(const std::string& command, const fs::path& directory, const fs::path& home) {
  const std::string full = "cd " + quoted(directory.string()) + " && env HOME=" + quoted(home.string()) +
                           " PRE_COMMIT_HOME=" + quoted((home / "pre-commit").string()) +
                           " PATH=" + quoted(fs::path(ECSLINT_BINARY).parent_path().string()) + ":\"$PATH\"" +
                           " GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com GIT_COMMITTER_NAME=test" +
                           " GIT_COMMITTER_EMAIL=test@example.com GIT_CONFIG_NOSYSTEM=1 sh -c " +
                           quoted(command) + " 2>&1";
  Shell result{-1, ""};
  FILE* pipe = popen(full.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace

TEST_CASE("pre-commit: the hook fails on a bad task definition and passes on a good one") {
  if (!onPath("pre-commit") || !onPath("git")) {
    MESSAGE("skipped: pre-commit or git is not installed (apt-get install pre-commit git)");
    return;
  }
  const ScratchDirectory scratch("pre-commit");
  const fs::path home = scratch.path() / "home";
  fs::create_directories(home);

  // The hook repository: this repository's manifest, committed (try-repo clones it).
  const fs::path hooks = scratch.path() / "hooks";
  fs::create_directories(hooks);
  fs::copy_file(sourceDir() / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml");
  const Shell manifest =
      sh("git init -q && git add . && git commit -qm hooks && "
         "pre-commit validate-manifest .pre-commit-hooks.yaml",
         hooks, home);
  REQUIRE_MESSAGE(manifest.exitCode == 0, manifest.output);

  // The user's repository: a task definition, and JSON that is none (which must not fail the hook).
  const fs::path project = scratch.path() / "project";
  scratch.write("project/deploy/task.json", kErrorTask);
  scratch.write("project/package.json", R"({"name": "app", "version": "1.0.0"})");
  scratch.write("project/README.md", "not JSON\n");
  const Shell init = sh("git init -q && git add .", project, home);
  REQUIRE_MESSAGE(init.exitCode == 0, init.output);

  const std::string tryRepo = "pre-commit try-repo " + quoted(hooks.string()) + " ecslint --all-files";
  const Shell bad = sh(tryRepo, project, home);
  INFO(bad.output);
  CHECK(bad.exitCode == 1);
  CHECK(contains(bad.output, "deploy/task.json:2:92: error:"));
  CHECK(contains(bad.output, "[ECS101 awsvpc-host-port-mismatch]"));
  CHECK_FALSE(contains(bad.output, "package.json"));

  scratch.write("project/deploy/task.json", kCleanTask);
  const Shell good = sh("git add . && " + tryRepo, project, home);
  INFO(good.output);
  CHECK(good.exitCode == 0);
  CHECK(contains(good.output, "Passed"));
}

}  // namespace ecslint::test
