// --fix and --diff as users run them: what is written (atomically, keeping permissions) and what is
// not, the exit status after fixing, the diff applying with patch(1), standard input as a filter.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/atomic_write.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

struct Run {
  int exitCode;
  std::string out;
  std::string err;
};

// One directory per test process, so test cases run in parallel by ctest never share files;
// removed when the process exits.
fs::path scratchDir() {
  struct Directory {
    fs::path path = fs::temp_directory_path() / ("ecslint-fix-cli-" + std::to_string(::getpid()));
    Directory() { fs::create_directories(path); }
    ~Directory() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  };
  static const Directory directory;
  return directory.path;
}

Run ecslint(const std::string& arguments, const std::string& stdinText = "") {
  const fs::path dir = scratchDir();
  std::ofstream(dir / "stdin", std::ios::binary) << stdinText;
  const std::string command = std::string(ECSLINT_BINARY) + " " + arguments + " < " +
                              (dir / "stdin").string() + " > " + (dir / "stdout").string() + " 2> " +
                              (dir / "stderr").string();
  const int status = std::system(command.c_str());
  return Run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, readFile(dir / "stdout"),
             readFile(dir / "stderr")};
}

std::string write(const std::string& name, const std::string& content, fs::perms mode = fs::perms(0644)) {
  const fs::path path = scratchDir() / name;
  fs::remove(path);
  std::ofstream(path, std::ios::binary) << content;
  fs::permissions(path, mode);
  return path.string();
}

fs::file_time_type setOldTime(const std::string& path) {
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(24);
  fs::last_write_time(path, old);
  return fs::last_write_time(path);
}

// Every error is fixable (ECS101, ECS401); the ECS301 warning has no fix (no Region to infer).
const std::string kFixable = R"({
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "4096",
  "executionRoleArn": "arn:aws:iam::123456789012:role/webTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "portMappings": [{"containerPort": 80, "hostPort": 8080}]
    }
  ]
}
)";

const std::string kFixed = R"({
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "4096",
  "executionRoleArn": "arn:aws:iam::123456789012:role/webTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27",
      "portMappings": [{"containerPort": 80}]
    }
  ]
}
)";

}  // namespace

TEST_CASE("fix cli: --diff prints a patch and never writes") {
  const std::string file = write("diff.json", kFixable);
  const auto mtime = setOldTime(file);
  const Run run = ecslint("--diff " + file);
  CHECK(run.exitCode == 0);  // what would remain is one warning
  CHECK(readFile(file) == kFixable);
  CHECK(fs::last_write_time(file) == mtime);
  CHECK(
      run.out.starts_with("--- a/" + file.substr(1) + "\n+++ b/" + file.substr(1) + "\n@@ -2,14 +2,14 @@\n"));
  CHECK(run.out.find("\n-  \"cpu\": \"256\",\n+  \"cpu\": \"512\",\n") != std::string::npos);
  CHECK(run.err == "Would fix 2 problems in 1 file; 1 problem would remain.\n");
  CHECK(ecslint("--diff --fail-on warning " + file).exitCode == 1);

  // The patch turns the file into exactly what --fix writes.
  const std::string patchFile = write("diff.patch", run.out);
  const std::string copy = write("patched.json", kFixable);
  CHECK(std::system(("patch -s " + copy + " < " + patchFile).c_str()) == 0);
  CHECK(readFile(copy) == kFixed);

  // Nothing to fix: no output at all.
  const Run clean = ecslint("--diff -q " + write("clean.json", kFixed));
  CHECK(clean.exitCode == 0);
  CHECK(clean.out.empty());
  CHECK(clean.err.empty());
}

TEST_CASE("fix cli: --fix rewrites the file, keeps its mode, reports what remains") {
  const std::string file = write("fix.json", kFixable, fs::perms(0640));
  const Run run = ecslint("--fix " + file);
  CHECK(run.exitCode == 0);
  CHECK(readFile(file) == kFixed);
  CHECK((fs::status(file).permissions() & fs::perms::all) == fs::perms(0640));
  CHECK(run.out.find("ECS301") != std::string::npos);
  CHECK(run.out.find("ECS101") == std::string::npos);
  CHECK(run.out.find("Fixed 2 problems.\n1 problem (0 errors, 1 warning, 0 notes) in 1 file.\n") !=
        std::string::npos);
  // No temporary file is left behind.
  for (const auto& entry : fs::directory_iterator(scratchDir())) {
    CHECK(entry.path().filename().string().find(".ecslint-") == std::string::npos);
  }

  // A second --fix finds nothing to do and does not touch the file.
  const auto mtime = setOldTime(file);
  const Run again = ecslint("--fix " + file);
  CHECK(again.exitCode == 0);
  CHECK(again.out.find("Fixed 0 problems.") != std::string::npos);
  CHECK(fs::last_write_time(file) == mtime);

  // The exit status reflects what remains: an error without a fix still fails.
  const std::string stillBad =
      write("still-bad.json", R"({"family": "web", "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc", "cpu": "256", "memory": "512",
    "containerDefinitions": [{"name": "web", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1",
    "portMappings": [{"containerPort": 80, "hostPort": 81}]}]})");
  const Run partial = ecslint("--fix " + stillBad);
  CHECK(partial.exitCode == 1);
  CHECK(partial.out.find("ECS201") != std::string::npos);
  CHECK(readFile(stillBad).find("hostPort") == std::string::npos);
}

TEST_CASE("fix cli: --fix on standard input prints the fixed document, and the report goes to stderr") {
  const Run run = ecslint("--fix --stdin-filename web.json -", kFixable);
  CHECK(run.exitCode == 0);
  CHECK(run.out == kFixed);
  CHECK(run.err.find("web.json:10:15: warning") != std::string::npos);
  CHECK(run.err.find("Fixed 2 problems.") != std::string::npos);
  // Nothing to fix: the document passes through unchanged.
  CHECK(ecslint("--fix -", kFixed).out == kFixed);
}

TEST_CASE("fix cli: a fix that cannot be written leaves the original intact") {
  // A name so long that the temporary file's name ("." + name + ".ecslint-XXXXXX") exceeds
  // NAME_MAX: creating it fails for every user, root included.
  const std::string file = write(std::string(240, 'x') + ".json", kFixable);
  const Run run = ecslint("--fix " + file);
  CHECK(run.exitCode == 2);
  CHECK(run.err.find("cannot write the fixed file (it is unchanged)") != std::string::npos);
  CHECK(readFile(file) == kFixable);
  // The report is the original's: the findings are where the file still has them.
  CHECK(run.out.find(file + ":12:58: error: [*] hostPort 8080") != std::string::npos);
  fs::remove(file);

  const Result<void, std::string> missing =
      replaceFileContent((scratchDir() / "absent" / "x.json").string(), "{}", FileIdentity{});
  CHECK_FALSE(missing.has_value());
}

TEST_CASE("fix cli: --fix through a symbolic link replaces the file and keeps the link") {
  const std::string target = write("target.json", kFixable, fs::perms(0755));
  const fs::path link = scratchDir() / "link.json";
  fs::remove(link);
  fs::create_symlink(target, link);
  CHECK(ecslint("--fix " + link.string()).exitCode == 0);
  CHECK(fs::is_symlink(link));
  CHECK(readFile(target) == kFixed);
  CHECK((fs::status(target).permissions() & fs::perms::all) == fs::perms(0755));
}

TEST_CASE("fix cli: --fix and --diff are exclusive, and --diff takes no report format") {
  const std::string file = write("options.json", kFixable);
  CHECK(ecslint("--fix --diff " + file).exitCode == 2);
  const Run sarif = ecslint("--diff --format sarif " + file);
  CHECK(sarif.exitCode == 2);
  CHECK(sarif.err.find("--diff") != std::string::npos);
  CHECK(readFile(file) == kFixable);

  // --fix with SARIF reports what remains after fixing.
  const Run fixed = ecslint("--fix --format sarif " + file);
  CHECK(fixed.exitCode == 0);
  CHECK(fixed.out.find("\"ruleId\": \"ECS301\"") != std::string::npos);
  CHECK(fixed.out.find("\"ruleId\": \"ECS101\"") == std::string::npos);
}

}  // namespace ecslint::test
