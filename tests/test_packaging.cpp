// What a user installs: `ecslint --version` names the commit it was built from.
#include <doctest/doctest.h>

#include <regex>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

std::string gitCommitSource(const fs::path& sourceDirectory, const fs::path& output) {
  const ShellResult run =
      runShell(quoted(ECSLINT_CMAKE_COMMAND) + " -DSOURCE_DIR=" + quoted(sourceDirectory.string()) +
               " -DOUTPUT=" + quoted(output.string()) + " -P " +
               quoted((sourceDir() / "cmake" / "GitCommit.cmake").string()));
  REQUIRE_MESSAGE(run.exitCode == 0, run.output);
  return readFile(output);
}

}  // namespace

TEST_CASE("packaging: --version prints the version and the commit ecslint was built from") {
  const CliResult result = runCli("--version");
  CHECK(result.exitCode == 0);
  std::smatch match;
  REQUIRE_MESSAGE(
      std::regex_match(result.out, match,
                       std::regex(R"(ecslint [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{7,}|unknown)\)\n)")),
      result.out);
  const ShellResult head = runShell("git -C " + quoted(sourceDir().string()) + " rev-parse --short HEAD");
  if (head.exitCode == 0) CHECK(match[1].str() + "\n" == head.output);
}

TEST_CASE("packaging: the commit is read on every build and its file rewritten only when it changes") {
  const ScratchDirectory scratch("git-commit");
  const fs::path output = scratch.path() / "git_commit.cpp";
  const fs::path repository = scratch.path() / "repository";
  scratch.write("repository/file", "one\n");

  CHECK(contains(gitCommitSource(repository, output), "kGitCommit = \"unknown\";"));
  if (runShell("command -v git").exitCode != 0) {
    MESSAGE("skipped the rest: git is not installed");
    return;
  }

  const std::string git =
      "cd " + quoted(repository.string()) + " && git -c user.name=test -c user.email=test@example.com ";
  const ShellResult first = runShell(git + "init -q && " + git + "add . && " + git + "commit -qm one && " +
                                     git + "rev-parse --short HEAD");
  REQUIRE_MESSAGE(first.exitCode == 0, first.output);
  CHECK(contains(gitCommitSource(repository, output), "kGitCommit = \"" + first.output.substr(0, 7)));

  // The same commit: the file keeps its time stamp, so the build recompiles nothing.
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(1);
  fs::last_write_time(output, old);
  gitCommitSource(repository, output);
  CHECK(fs::last_write_time(output) == old);

  // A new commit: the file names it.
  scratch.write("repository/file", "two\n");
  const ShellResult second = runShell(git + "commit -qam two && " + git + "rev-parse --short HEAD");
  REQUIRE_MESSAGE(second.exitCode == 0, second.output);
  CHECK(contains(gitCommitSource(repository, output), "kGitCommit = \"" + second.output.substr(0, 7)));
  CHECK(fs::last_write_time(output) != old);
}

}  // namespace ecslint::test
