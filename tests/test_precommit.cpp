// The pre-commit hooks as a user runs them, with Debian's real `pre-commit` in temporary git
// repositories: `ecslint` (language: system) runs the built ecslint put on PATH; `ecslint-from-source`
// (the README's configuration, as written) builds ecslint into pre-commit's cache with no ecslint on
// PATH. Installs nothing; skips (with a message) when pre-commit, git or the build tools are missing.
#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

std::string systemPath() {
  const char* path = std::getenv("PATH");
  return path == nullptr ? "" : path;
}

std::vector<std::string> pathDirectories(const std::string& path) {
  std::stringstream list(path);
  std::vector<std::string> directories;
  for (std::string directory; std::getline(list, directory, ':');) {
    if (!directory.empty()) directories.push_back(directory);
  }
  return directories;
}

bool executableIn(const std::string& directory, const std::string& program) {
  return ::access((fs::path(directory) / program).c_str(), X_OK) == 0;
}

bool onPath(const std::string& program, const std::string& path = systemPath()) {
  for (const std::string& directory : pathDirectories(path)) {
    if (executableIn(directory, program)) return true;
  }
  return false;
}

// PATH without the directories that hold an ecslint (an installed one must not stand in for the
// hook's own build).
std::string pathWithoutEcslint() {
  std::string path;
  for (const std::string& directory : pathDirectories(systemPath())) {
    if (!executableIn(directory, "ecslint")) path += (path.empty() ? "" : ":") + directory;
  }
  return path;
}

// Runs a shell command in `directory` with a private pre-commit cache, git identity and this PATH.
ShellResult sh(const std::string& command, const fs::path& directory, const fs::path& home,
               const std::string& path) {
  return runShell("cd " + quoted(directory.string()) + " && env HOME=" + quoted(home.string()) +
                  " PRE_COMMIT_HOME=" + quoted((home / "pre-commit").string()) + " PATH=" + quoted(path) +
                  " GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com GIT_COMMITTER_NAME=test" +
                  " GIT_COMMITTER_EMAIL=test@example.com GIT_CONFIG_NOSYSTEM=1 sh -c " + quoted(command));
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

// The README's .pre-commit-config.yaml, with the repository URL pointing at `hooks`.
std::string readmeConfiguration(const fs::path& hooks) {
  const std::string readme = readFile(sourceDir() / "README.md");
  const std::size_t section = readme.find("\n## pre-commit\n");
  REQUIRE(section != std::string::npos);
  const std::size_t start = readme.find("```yaml\n", section);
  REQUIRE(start != std::string::npos);
  const std::size_t end = readme.find("```", start + 8);
  std::string configuration = readme.substr(start + 8, end - start - 8);
  const std::string url = "https://github.com/ecslint/ecslint";
  const std::size_t at = configuration.find(url);
  REQUIRE(at != std::string::npos);
  return configuration.replace(at, url.size(), hooks.string());
}

}  // namespace

TEST_CASE("pre-commit: the system hook fails on a bad task definition and passes on a good one") {
  if (!onPath("pre-commit") || !onPath("git")) {
    MESSAGE("skipped: pre-commit or git is not installed (apt-get install pre-commit git)");
    return;
  }
  const ScratchDirectory scratch("pre-commit");
  const fs::path home = scratch.path() / "home";
  fs::create_directories(home);
  const std::string path = fs::path(ECSLINT_BINARY).parent_path().string() + ":" + systemPath();

  // The hook repository: this repository's manifest, committed (try-repo clones it).
  const fs::path hooks = scratch.path() / "hooks";
  fs::create_directories(hooks);
  fs::copy_file(sourceDir() / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml");
  const ShellResult manifest =
      sh("git init -q && git add . && git commit -qm hooks && "
         "pre-commit validate-manifest .pre-commit-hooks.yaml",
         hooks, home, path);
  REQUIRE_MESSAGE(manifest.exitCode == 0, manifest.output);

  // The user's repository: a task definition, and JSON that is none (which must not fail the hook).
  const fs::path project = scratch.path() / "project";
  scratch.write("project/deploy/task.json", kErrorTask);
  scratch.write("project/package.json", R"({"name": "app", "version": "1.0.0"})");
  scratch.write("project/README.md", "not JSON\n");
  const ShellResult init = sh("git init -q && git add .", project, home, path);
  REQUIRE_MESSAGE(init.exitCode == 0, init.output);

  const std::string tryRepo = "pre-commit try-repo " + quoted(hooks.string()) + " ecslint --all-files";
  const ShellResult bad = sh(tryRepo, project, home, path);
  INFO(bad.output);
  CHECK(bad.exitCode == 1);
  CHECK(contains(bad.output, "deploy/task.json:2:92: error:"));
  CHECK(contains(bad.output, "[ECS101 awsvpc-host-port-mismatch]"));
  CHECK_FALSE(contains(bad.output, "package.json"));

  scratch.write("project/deploy/task.json", kCleanTask);
  const ShellResult good = sh("git add . && " + tryRepo, project, home, path);
  INFO(good.output);
  CHECK(good.exitCode == 0);
  CHECK(contains(good.output, "Passed"));
}

// Slow (it builds ecslint, a few minutes on two cores without ccache hits), so it runs only when
// ECSLINT_TEST_HOOK_BUILD is set; .ci/run sets it.
TEST_CASE("pre-commit: the README's hook builds ecslint once, with none on PATH, and reuses it") {
  if (std::getenv("ECSLINT_TEST_HOOK_BUILD") == nullptr) {
    MESSAGE(
        "skipped: set ECSLINT_TEST_HOOK_BUILD=1 to build ecslint through the pre-commit hook "
        "(.ci/run does)");
    return;
  }
  const std::string path = pathWithoutEcslint();
  for (const char* tool : {"pre-commit", "git", "cmake", "c++"}) {
    // An ecslint installed next to them (in /usr/bin) would hide them too: remove it first.
    REQUIRE_MESSAGE(onPath(tool, path), tool << " is not on PATH without the directories holding an ecslint");
  }
  const ScratchDirectory scratch("pre-commit-build");
  const fs::path home = scratch.path() / "home";
  fs::create_directories(home);

  // The hook repository: this checkout's files (committed or not, as git would commit them), on
  // a branch named main as the README's `rev: main` expects.
  const fs::path hooks = scratch.path() / "ecslint";
  fs::create_directories(hooks);
  const ShellResult copy = sh("git -C " + quoted(sourceDir().string()) +
                                  " ls-files -z --cached --others --exclude-standard | "
                                  "(cd " +
                                  quoted(sourceDir().string()) +
                                  " && xargs -0 tar cf - --ignore-failed-read) | tar xf - && "
                                  "git init -q -b main && git add . && git commit -qm ecslint",
                              hooks, home, path);
  REQUIRE_MESSAGE(copy.exitCode == 0, copy.output);

  // The user's repository: the README's configuration, one bad task definition and enough clean
  // ones that pre-commit runs the hook in two processes at once (they must not build twice).
  const fs::path project = scratch.path() / "project";
  scratch.write("project/.pre-commit-config.yaml", readmeConfiguration(hooks));
  scratch.write("project/deploy/task.json", kErrorTask);
  for (int i = 0; i < 9; ++i)
    scratch.write("project/deploy/clean-" + std::to_string(i) + ".json", kCleanTask);
  scratch.write("project/package.json", R"({"name": "app", "version": "1.0.0"})");
  const ShellResult init = sh("git init -q && git add . && ! command -v ecslint", project, home, path);
  REQUIRE_MESSAGE(init.exitCode == 0, init.output);

  const ShellResult bad = sh("pre-commit run --all-files --verbose", project, home, path);
  INFO(bad.output);
  CHECK(bad.exitCode == 1);
  CHECK(occurrences(bad.output, "building ecslint once") == 1);
  CHECK(contains(bad.output, "deploy/task.json:2:92: error:"));
  CHECK(contains(bad.output, "[ECS101 awsvpc-host-port-mismatch]"));
  CHECK_FALSE(contains(bad.output, "package.json"));

  scratch.write("project/deploy/task.json", kCleanTask);
  const ShellResult good = sh("git add . && pre-commit run --all-files --verbose", project, home, path);
  INFO(good.output);
  CHECK(good.exitCode == 0);
  CHECK(contains(good.output, "Passed"));
  CHECK_FALSE(contains(good.output, "building ecslint once"));
}

}  // namespace ecslint::test
