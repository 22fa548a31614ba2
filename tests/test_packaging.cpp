// What a user installs: `ecslint --version` names the commit it was built from; the man page and the
// bash, zsh and fish completions mention every long option the executable offers (they are written
// by hand: a new option fails here until they describe it); `cmake --install` and the .deb from
// `cpack -G DEB` install the same files.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// Every long option the executable's --help and its subcommands' --help print.
std::set<std::string> longOptions() {
  std::set<std::string> options;
  const std::regex option(R"((^|[\s,])(--[a-z][a-z0-9-]*))");
  for (const char* help : {"--help", "rules --help", "explain --help", "docs --help"}) {
    const CliResult result = runCli(help);
    REQUIRE_MESSAGE(result.exitCode == 0, help << ": " << result.err);
    for (auto it = std::sregex_iterator(result.out.begin(), result.out.end(), option);
         it != std::sregex_iterator(); ++it) {
      options.insert((*it)[2].str());
    }
  }
  return options;
}

std::string roff(const std::string& text) {  // '-' is "\-" in a man page
  std::string escaped;
  for (char c : text) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
  return escaped;
}

// The files under `root`, as paths relative to it.
std::set<std::string> filesUnder(const fs::path& root) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_directory()) files.insert(fs::relative(entry.path(), root).string());
  }
  return files;
}

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

TEST_CASE("packaging: the man page and the completions mention every long option") {
  const std::set<std::string> options = longOptions();
  REQUIRE(options.count("--format") == 1);
  REQUIRE(options.count("--output-dir") == 1);  // a subcommand's option
  const std::string man = readFile(sourceDir() / "docs" / "ecslint.1");
  const std::string bash = readFile(sourceDir() / "completions" / "ecslint.bash");
  const std::string zsh = readFile(sourceDir() / "completions" / "_ecslint");
  const std::string fish = readFile(sourceDir() / "completions" / "ecslint.fish");
  for (const std::string& option : options) {
    INFO(option << " is in `ecslint --help`: describe it in docs/ecslint.1 and completions/*");
    CHECK(contains(man, roff(option)));
    CHECK(contains(bash, option));
    CHECK(contains(zsh, option));
    CHECK(contains(fish, "-l " + option.substr(2)));
  }
  for (const std::string command : {"rules", "explain", "docs"}) {
    INFO("the subcommand " << command);
    CHECK(std::regex_search(man, std::regex("\n\\.BI? \"?" + command + "[ \"\n]")));  // .B rules
    CHECK(contains(bash, command));
    CHECK(contains(zsh, "'" + command + ":"));
    CHECK(contains(fish, "-a " + command));
  }
}

TEST_CASE("packaging: cmake --install and the .deb install the same files") {
  const ScratchDirectory scratch("install");
  const std::set<std::string> expected{"bin/ecslint",
                                       "share/bash-completion/completions/ecslint",
                                       "share/doc/ecslint/copyright",
                                       "share/fish/vendor_completions.d/ecslint.fish",
                                       "share/man/man1/ecslint.1",
                                       "share/zsh/site-functions/_ecslint"};
  const ShellResult local =
      runShell(quoted(ECSLINT_CMAKE_COMMAND) + " --install " + quoted(ECSLINT_BUILD_DIR) + " --prefix " +
               quoted((scratch.path() / "local").string()));
  REQUIRE_MESSAGE(local.exitCode == 0, local.output);
  CHECK(filesUnder(scratch.path() / "local") == expected);

  // Under /usr, zsh's completion goes where Debian's zsh reads packaged ones.
  std::set<std::string> packaged = expected;
  packaged.erase("share/zsh/site-functions/_ecslint");
  packaged.insert("share/zsh/vendor-completions/_ecslint");
  const ShellResult usr = runShell(quoted(ECSLINT_CMAKE_COMMAND) + " --install " + quoted(ECSLINT_BUILD_DIR) +
                                   " --prefix " + quoted((scratch.path() / "usr").string()));
  REQUIRE_MESSAGE(usr.exitCode == 0, usr.output);
  CHECK(filesUnder(scratch.path() / "usr") == packaged);

  if (runShell("command -v dpkg-deb").exitCode != 0) {
    MESSAGE("skipped the .deb: dpkg-deb is not installed");
    return;
  }
  const ShellResult deb =
      runShell("cd " + quoted(ECSLINT_BUILD_DIR) + " && " + quoted(ECSLINT_CPACK_COMMAND) + " -G DEB -B " +
               quoted((scratch.path() / "deb").string()));
  REQUIRE_MESSAGE(deb.exitCode == 0, deb.output);
  const ShellResult unpack = runShell("dpkg-deb -x " + quoted((scratch.path() / "deb").string()) +
                                      "/ecslint_*.deb " + quoted((scratch.path() / "unpacked").string()));
  REQUIRE_MESSAGE(unpack.exitCode == 0, unpack.output);
  CHECK(filesUnder(scratch.path() / "unpacked" / "usr") == packaged);
  const ShellResult version =
      runShell(quoted((scratch.path() / "unpacked" / "usr" / "bin" / "ecslint").string()) + " --version");
  CHECK(contains(version.output, "ecslint "));
}

}  // namespace ecslint::test
