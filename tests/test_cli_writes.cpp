// What ecslint writes, and what it must never write (issue 11 items 1, 2, 6, 9 and 10, issue 18's
// --jobs): --fix never destroys a file (over the size limit, a special file, a hard link, a
// read-only file, one reached through /dev/stdin), the report (-o) never replaces an input or the
// configuration and appears whole or not at all, every failed write is an error with the system's
// reason, and --jobs changes nothing but the speed. The file-system cases are built here, in a
// scratch directory; the executable runs in a shell bounded by CPU time (never wall time), so a
// loaded machine cannot fail these tests.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <rapidjson/document.h>

#include "cli/atomic_write.h"
#include "cli_runner.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

#if defined(ECSLINT_SANITIZED)
constexpr int kCpuSeconds = 600;
#else
constexpr int kCpuSeconds = 60;
#endif

struct ShellRun {
  int exitCode = -1;
  std::string out;
  std::string err;
};

// Runs `script` with sh in `directory`, $ECSLINT naming the executable; standard output and error
// are kept apart. `ulimit -t` bounds each process by CPU time: a hang that burns CPU is killed,
// and a busy machine only makes the test slower.
ShellRun shell(const fs::path& directory, const std::string& script) {
  const fs::path out = directory / ".out";
  const fs::path err = directory / ".err";
  const std::string command = "ulimit -t " + std::to_string(kCpuSeconds) + "; cd " +
                              quoted(directory.string()) + " && ECSLINT=" + quoted(ECSLINT_BINARY) +
                              " sh -c " + quoted(script) + " > " + quoted(out.string()) + " 2> " +
                              quoted(err.string());
  const int status = std::system(command.c_str());
  ShellRun run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, readFile(out), readFile(err)};
  fs::remove(out);
  fs::remove(err);
  return run;
}

// Every error is fixable (ECS101: the hostPort goes).
const std::string kFixable = R"({
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "portMappings": [{"containerPort": 80, "hostPort": 8080}]}
  ]
}
)";

const std::string kFixed = R"({
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {"name": "web", "image": "nginx:1.27", "memory": 512,
     "portMappings": [{"containerPort": 80}]}
  ]
}
)";

// Over the 64 MiB limit, and fixable in its first 64 KiB, which the linter used to keep of it.
std::string oversized(bool taskDefinition) {
  std::string text =
      taskDefinition ? kFixable.substr(0, kFixable.size() - 2) : std::string("{\"lockfileVersion\": 3");
  text += ", \"padding\": \"";
  text.append(InputLimits::kDefaultMaxBytes + (std::size_t{1} << 20), 'x');
  text += "\"}\n";
  return text;
}

bool noTemporaryFiles(const fs::path& directory) {
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (entry.path().filename().string().find(".ecslint-") != std::string::npos) return false;
  }
  return true;
}

// The peak resident memory (KB) of one run of ecslint in `directory`, bounded by CPU time (unused
// under the sanitizers, whose reservations make memory figures meaningless).
[[maybe_unused]] long peakMemoryKb(const fs::path& directory, const std::vector<std::string>& arguments) {
  std::vector<std::string> argv{ECSLINT_BINARY};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  std::vector<char*> args;
  for (std::string& arg : argv) args.push_back(arg.data());
  args.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const rlimit cpu{kCpuSeconds, kCpuSeconds};
    const int null = ::open("/dev/null", O_RDWR);
    if (::setrlimit(RLIMIT_CPU, &cpu) != 0 || null < 0 || ::dup2(null, 0) < 0 || ::dup2(null, 1) < 0 ||
        ::dup2(null, 2) < 0 || ::chdir(directory.c_str()) != 0) {
      ::_exit(125);
    }
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) > 1) {
    return -1;
  }
  return usage.ru_maxrss;
}

// Whether process `pid` is blocked reading a pipe or FIFO (its wait channel says so).
bool readingPipe(pid_t pid) {
  return contains(readFile("/proc/" + std::to_string(pid) + "/wchan"), "pipe_read");
}

// Whether process `pid` has a temporary file of ecslint's open: named ".NAME.ecslint-XXXXXX", or
// unnamed (O_TMPFILE: "/dir/#1234 (deleted)").
bool holdsTemporaryFile(pid_t pid) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", error)) {
    const std::string target = fs::read_symlink(entry.path(), error).string();
    if (contains(target, ".ecslint-") || (contains(target, "/#") && target.ends_with(" (deleted)")))
      return true;
  }
  return false;
}

struct stat statOf(const fs::path& path) {
  struct stat status {};
  ::lstat(path.c_str(), &status);
  return status;
}

}  // namespace

TEST_CASE("writes: --fix never writes a file it did not read whole as a task definition (item 1)") {
  const ScratchDirectory scratch("writes-oversized");
  const fs::path& dir = scratch.path();
  const std::string bigTask = oversized(true);
  const std::string lockFile = oversized(false);
  scratch.write("outside/big.json", bigTask);
  scratch.write("repo/package-lock.json", lockFile);
  scratch.write("repo/big-task.json", bigTask);
  fs::create_symlink(dir / "outside" / "big.json", dir / "repo" / "a.json");

  const ShellRun walk = shell(dir, "$ECSLINT --fix repo");
  CHECK(readFile(dir / "repo" / "package-lock.json") == lockFile);
  CHECK(readFile(dir / "outside" / "big.json") == bigTask);
  CHECK(readFile(dir / "repo" / "big-task.json") == bigTask);
  CHECK(fs::is_symlink(dir / "repo" / "a.json"));
  // The task definition over the limit is reported (ECS015), not passed.
  CHECK(walk.exitCode == 1);
  CHECK(contains(walk.out, "ECS015"));

  const ShellRun named = shell(dir, "$ECSLINT --fix repo/a.json repo/package-lock.json");
  CHECK(named.exitCode == 1);
  CHECK(readFile(dir / "outside" / "big.json") == bigTask);
  CHECK(readFile(dir / "repo" / "package-lock.json") == lockFile);

  // --diff prints no deletion, --fix - prints nothing of input it did not read whole.
  const ShellRun diff = shell(dir, "$ECSLINT --diff repo/a.json");
  CHECK(diff.out.empty());
  const ShellRun filter = shell(dir, "$ECSLINT --fix - < repo/a.json");
  CHECK(filter.exitCode == 1);
  CHECK(filter.out.empty());
  CHECK(contains(filter.err, "ECS015"));
  // Invalid JSON read whole passes through the filter unchanged; nothing is diffed or written.
  scratch.write("broken.json", "{\"containerDefinitions\": [");
  CHECK(shell(dir, "$ECSLINT --fix - < broken.json").out == "{\"containerDefinitions\": [");
  CHECK(shell(dir, "$ECSLINT --diff broken.json").out.empty());
  CHECK(noTemporaryFiles(dir));
}

TEST_CASE("writes: --fix never turns a FIFO or a device into a regular file (items 1 and 9)") {
  const ScratchDirectory scratch("writes-special");
  const fs::path& dir = scratch.path();
  scratch.write("fixable.json", kFixable);
  REQUIRE(::mkfifo((dir / "fifo.json").c_str(), 0644) == 0);
  const ShellRun fifo =
      shell(dir, "cat fixable.json > fifo.json & $ECSLINT --fix fifo.json; s=$?; wait; exit $s");
  CHECK(fifo.exitCode == 2);
  CHECK(contains(fifo.err,
                 "fifo.json: cannot write the fixed file (it is unchanged): it is not a regular file"));
  CHECK(S_ISFIFO(statOf(dir / "fifo.json").st_mode));

  // A character device (here a copy of /dev/zero): read to the limit, reported, left alone.
  if (::mknod((dir / "zero.json").c_str(), S_IFCHR | 0666, makedev(1, 5)) != 0) {
    MESSAGE("skipped the character device case: mknod needs CAP_MKNOD (" << std::strerror(errno) << ")");
    return;
  }
  const ShellRun device = shell(dir, "$ECSLINT --fix zero.json");
  CHECK(device.exitCode == 1);
  CHECK(contains(device.out, "ECS015"));
  CHECK(S_ISCHR(statOf(dir / "zero.json").st_mode));
}

TEST_CASE("writes: --fix /dev/stdin does not edit the file standard input comes from (item 9)") {
  const ScratchDirectory scratch("writes-dev-stdin");
  scratch.write("task.json", kFixable);
  const ShellRun run = shell(scratch.path(), "$ECSLINT --fix /dev/stdin < task.json");
  CHECK(run.exitCode == 2);
  CHECK(
      contains(run.err, "/dev/stdin: cannot write the fixed file (it is unchanged): it names an open file"));
  CHECK(readFile(scratch.path() / "task.json") == kFixable);
}

TEST_CASE("writes: --fix edits a hard-linked file in place, keeping every name (item 9)") {
  const ScratchDirectory scratch("writes-hard-link");
  const fs::path& dir = scratch.path();
  scratch.write("task.json", kFixable);
  fs::create_hard_link(dir / "task.json", dir / "other-name.json");
  const ino_t inode = statOf(dir / "task.json").st_ino;
  CHECK(shell(dir, "$ECSLINT --fix task.json").exitCode == 0);
  CHECK(readFile(dir / "task.json") == kFixed);
  CHECK(readFile(dir / "other-name.json") == kFixed);
  CHECK(statOf(dir / "task.json").st_ino == inode);
  CHECK(noTemporaryFiles(dir));
}

TEST_CASE("writes: --fix refuses a read-only file (item 9)") {
  const ScratchDirectory scratch("writes-read-only");
  const fs::path file = scratch.write("task.json", kFixable);
  fs::permissions(file, fs::perms(0444));
  const ShellRun run = shell(scratch.path(), "$ECSLINT --fix task.json");
  CHECK(run.exitCode == 2);
  CHECK(contains(run.err, "task.json: cannot write the fixed file (it is unchanged): it is read-only"));
  CHECK(readFile(file) == kFixable);
  CHECK((statOf(file).st_mode & 07777) == 0444);
  // The report is the original's.
  CHECK(contains(run.out, "ECS101"));
}

TEST_CASE("writes: --fix keeps extended attributes, and owner and group where it may (item 9)") {
  const ScratchDirectory scratch("writes-metadata");
  const fs::path file = scratch.write("task.json", kFixable);
  const bool xattrs = ::setxattr(file.c_str(), "user.ecslint-test", "kept", 4, 0) == 0;
  if (!xattrs) MESSAGE("no user extended attributes here (" << std::strerror(errno) << "): not checked");
  // As root, give the file another owner and group; otherwise it keeps ours.
  const bool root = ::geteuid() == 0;
  if (root) REQUIRE(::chown(file.c_str(), 65534, 4242) == 0);
  const struct stat before = statOf(file);
  CHECK(shell(scratch.path(), "$ECSLINT --fix task.json").exitCode == 0);
  CHECK(readFile(file) == kFixed);
  const struct stat after = statOf(file);
  CHECK(after.st_uid == before.st_uid);
  CHECK(after.st_gid == before.st_gid);
  CHECK((after.st_mode & 07777) == (before.st_mode & 07777));
  if (xattrs) {
    char value[16] = {};
    CHECK(::getxattr(file.c_str(), "user.ecslint-test", value, sizeof value) == 4);
    CHECK(std::string(value) == "kept");
  }
  CHECK(noTemporaryFiles(scratch.path()));
}

TEST_CASE("writes: a writable file in a read-only or sticky directory is fixed in place (item 9)") {
  const ScratchDirectory scratch("writes-directories");
  const fs::path& dir = scratch.path();
  // Root may create files anywhere: run a copy of ecslint as nobody, who may write the file but
  // neither create a file in the read-only directory nor replace root's file in the sticky one.
  const bool root = ::geteuid() == 0;
  std::string ecslint = "$ECSLINT";
  if (root) {
    fs::copy_file(ECSLINT_BINARY, dir / "ecslint");
    fs::permissions(dir, fs::perms(0755));
    ecslint = "setpriv --reuid=65534 --regid=65534 --clear-groups " + (dir / "ecslint").string();
    // A temporary directory inside a private one (TMPDIR under /root) is out of nobody's reach.
    const fs::path probe = scratch.write("probe.json", kCleanTask);
    if (shell(dir, ecslint + " " + probe.string()).exitCode != 0) {
      MESSAGE("skipped: user nobody cannot run " << (dir / "ecslint").string()
                                                 << " (setpriv, or a private TMPDIR)");
      return;
    }
  }
  const fs::path readOnly = scratch.write("read-only/task.json", kFixable);
  const fs::path sticky = scratch.write("sticky/task.json", kFixable);
  if (root) REQUIRE(::chown(readOnly.c_str(), 65534, 65534) == 0);
  fs::permissions(sticky, fs::perms(0666));
  fs::permissions(dir / "read-only", fs::perms(0555));
  fs::permissions(dir / "sticky", fs::perms(01777));
  const ino_t readOnlyInode = statOf(readOnly).st_ino;
  const ino_t stickyInode = statOf(sticky).st_ino;

  const ShellRun run = shell(dir, ecslint + " --fix read-only/task.json sticky/task.json");
  INFO(run.err);
  CHECK(run.exitCode == 0);
  CHECK(readFile(readOnly) == kFixed);
  CHECK(readFile(sticky) == kFixed);
  CHECK(statOf(readOnly).st_ino == readOnlyInode);
  // Only root's file in a sticky directory is one another user can write but not replace.
  if (root) {
    CHECK(statOf(sticky).st_ino == stickyInode);
    CHECK(statOf(sticky).st_uid == 0);
  }

  // A writable report there is overwritten in place, and cut to the new report's length.
  fs::permissions(dir / "read-only", fs::perms(0755));
  const fs::path report = scratch.write("read-only/report.txt", std::string(100'000, 'x'));
  if (root) REQUIRE(::chown(report.c_str(), 65534, 65534) == 0);
  fs::permissions(dir / "read-only", fs::perms(0555));
  const ShellRun reported = shell(dir, ecslint + " -o read-only/report.txt read-only/task.json");
  const ShellRun expected = shell(dir, ecslint + " read-only/task.json");
  CHECK(reported.exitCode == expected.exitCode);
  CHECK(readFile(report) == expected.out);
  fs::permissions(dir / "read-only", fs::perms(0755));
  CHECK(noTemporaryFiles(dir));
}

TEST_CASE("writes: -o never replaces an input or the configuration (item 2)") {
  const ScratchDirectory scratch("writes-report-input");
  const fs::path& dir = scratch.path();
  scratch.write("repo/a.json", kFixable);
  scratch.write("repo/.ecslint.json", R"({"ignore": ["ECS707"]})");
  scratch.write("other.json", kFixable);
  fs::create_symlink(dir / "repo" / "a.json", dir / "link.json");
  for (const std::string& call :
       {std::string("-o repo/a.json repo/a.json"), std::string("-o link.json repo/a.json"),
        std::string("-o repo/a.json repo"), std::string("-f json -o repo/a.json - < repo/a.json"),
        std::string("-o repo/.ecslint.json repo/a.json"),
        std::string("--config repo/.ecslint.json -o repo/.ecslint.json other.json")}) {
    CAPTURE(call);
    const ShellRun run = shell(dir, "$ECSLINT " + call);
    CHECK(run.exitCode == 2);
    CHECK(contains(run.err, "write the report elsewhere"));
    CHECK(readFile(dir / "repo" / "a.json") == kFixable);
    CHECK(readFile(dir / "repo" / ".ecslint.json") == R"({"ignore": ["ECS707"]})");
  }
  // A report beside the inputs is fine, and is written whole.
  const ShellRun ok = shell(dir, "$ECSLINT -f json -o report.json repo");
  CHECK(ok.exitCode == 1);
  CHECK(readFile(dir / "report.json").ends_with("}\n"));
  CHECK(noTemporaryFiles(dir));
}

TEST_CASE("writes: a run that fails before its report writes none (item 2)") {
  const ScratchDirectory scratch("writes-report-failed");
  const fs::path& dir = scratch.path();
  scratch.write("task.json", kFixable);
  scratch.write("bad.json", R"({"select": ["NOPE999"]})");
  scratch.write("old-report.txt", "the previous report\n");
  const ShellRun missing = shell(dir, "$ECSLINT --config bad.json -o new-report.txt task.json");
  CHECK(missing.exitCode == 2);
  CHECK_FALSE(fs::exists(dir / "new-report.txt"));
  const ShellRun existing = shell(dir, "$ECSLINT --config bad.json -o old-report.txt task.json");
  CHECK(existing.exitCode == 2);
  CHECK(readFile(dir / "old-report.txt") == "the previous report\n");
  // A report to a stream that is not a regular file is written directly.
  CHECK(shell(dir, "$ECSLINT -o /dev/null task.json").exitCode == 1);
  CHECK(noTemporaryFiles(dir));
}

TEST_CASE("writes: SIGTERM, SIGINT, SIGHUP (and SIGKILL) leave no temporary file (item 9)") {
  const ScratchDirectory scratch("writes-signals");
  const fs::path& dir = scratch.path();
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0644) == 0);
  // Where the file system has O_TMPFILE, the temporary file has no name until it is renamed, so
  // even SIGKILL leaves nothing.
  const int unnamed = ::open(dir.c_str(), O_TMPFILE | O_WRONLY, 0600);
  std::vector<int> signals{SIGTERM, SIGINT, SIGHUP};
  if (unnamed >= 0) {
    ::close(unnamed);
    signals.push_back(SIGKILL);
  } else {
    MESSAGE("SIGKILL not checked: no O_TMPFILE in " << dir.string());
  }
  for (const int signal : signals) {
    CAPTURE(signal);
    // ecslint opens the report's temporary file, then waits on standard input (a FIFO it holds
    // open itself, so it never ends) until the signal comes. Forked here rather than from a shell,
    // which would start it with SIGINT ignored, as background jobs are.
    const pid_t pid = ::fork();
    if (pid == 0) {
      const rlimit cpu{kCpuSeconds, kCpuSeconds};
      const int fifo = ::open((dir / "fifo").c_str(), O_RDWR);
      for (const int caught : {SIGTERM, SIGINT, SIGHUP})
        ::signal(caught, SIG_DFL);  // not inherited as ignored
      if (::setrlimit(RLIMIT_CPU, &cpu) != 0 || fifo < 0 || ::dup2(fifo, 0) < 0 ||
          ::chdir(dir.c_str()) != 0) {
        ::_exit(125);
      }
      ::execl(ECSLINT_BINARY, ECSLINT_BINARY, "-o", "report.txt", "-", static_cast<char*>(nullptr));
      ::_exit(127);
    }
    REQUIRE(pid > 0);
    // Waiting is not a deadline: the loop ends when ecslint blocks reading standard input (or exits,
    // which fails below). It opens the report's temporary file before.
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0 && !readingPipe(pid)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(holdsTemporaryFile(pid));
    ::kill(pid, signal);
    ::waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == signal);
    CHECK(noTemporaryFiles(dir));
    CHECK_FALSE(fs::exists(dir / "report.txt"));
  }
}

TEST_CASE("writes: a failed write is exit 2 with the system's reason (item 6)") {
  if (!fs::exists("/dev/full")) {
    MESSAGE("skipped: no /dev/full");
    return;
  }
  const ScratchDirectory scratch("writes-full");
  const fs::path& dir = scratch.path();
  scratch.write("task.json", kFixable);
  for (const std::string& call :
       {std::string("--fix - < task.json > /dev/full"),
        std::string("--fix - --fail-on none < task.json > /dev/full"), std::string("--version > /dev/full"),
        std::string("--help > /dev/full"), std::string("task.json > /dev/full"),
        std::string("-f sarif task.json > /dev/full"), std::string("-o /dev/full task.json"),
        std::string("rules > /dev/full")}) {
    CAPTURE(call);
    const ShellRun run = shell(dir, "$ECSLINT " + call);
    CHECK(run.exitCode == 2);
    CHECK(contains(run.err, "No space left on device"));
  }
  CHECK(readFile(dir / "task.json") == kFixable);
}

TEST_CASE("writes: a file reached through a symbolic link is linted once (item 10)") {
  const ScratchDirectory scratch("writes-dedupe");
  const fs::path& dir = scratch.path();
  scratch.write("repo/a.json", kFixable);
  fs::create_symlink("a.json", dir / "repo" / "b-link.json");
  const ShellRun walk = shell(dir, "$ECSLINT repo");
  CHECK(contains(walk.out, "in 1 file"));
  CHECK_FALSE(contains(walk.out, "b-link.json"));
  const ShellRun named = shell(dir, "$ECSLINT repo/b-link.json repo/a.json");
  CHECK(contains(named.out, "in 1 file"));
}

TEST_CASE("writes: JSON and SARIF reports stream: memory does not grow with the files (item 10)") {
#if defined(ECSLINT_SANITIZED)
  MESSAGE("skipped under the sanitizers: their quarantine keeps freed memory resident");
#else
  const ScratchDirectory scratch("writes-streaming");
  const fs::path& dir = scratch.path();
  // 200 KB task definitions: keeping every file's report (bytes, line index, findings) until the
  // end made a run's memory grow by megabytes every few files.
  std::string task = kFixable;
  task.insert(task.find("\"family\""), "\"padding\": [\n" + std::string(200'000, ' ') + "\"x\"],\n");
  for (int i = 0; i < 400; ++i) scratch.write("many/" + std::to_string(i) + ".json", task);
  for (int i = 0; i < 20; ++i) scratch.write("few/" + std::to_string(i) + ".json", task);
  for (const std::string format : {"json", "sarif"}) {
    CAPTURE(format);
    const long few = peakMemoryKb(dir, {"-j1", "-f", format, "-o", "/dev/null", "few"});
    const long many = peakMemoryKb(dir, {"-j1", "-f", format, "-o", "/dev/null", "many"});
    MESSAGE(format << ": peak " << few << " KB for 20 files, " << many << " KB for 400 files");
    // 380 more files of 200 KB: kept, they would add over 75 MB.
    CHECK(few > 0);
    CHECK(many - few < 20'000);
  }
#endif
}

TEST_CASE("writes: a JSON or SARIF report larger than what is kept in memory is whole (item 10)") {
  // Results past 4 MiB wait in a temporary file: 15 copies of the fixtures make more than that in
  // either format, and the report must hold exactly 15 times one copy's results.
  const ScratchDirectory scratch("writes-spill");
  for (int i = 0; i < 15; ++i) {
    fs::copy(sourceDir() / "fixtures", scratch.path() / ("copy" + std::to_string(i)),
             fs::copy_options::recursive);
  }
  const auto results = [](const std::string& report, const std::string& format) -> std::size_t {
    rapidjson::Document document;
    document.Parse(report.data(), report.size());
    if (document.HasParseError()) return 0;
    return format == "sarif" ? document["runs"][0]["results"].Size()
                             : document["findings"].Size() + document["suppressed"].Size();
  };
  for (const std::string format : {"json", "sarif"}) {
    CAPTURE(format);
    const ShellRun one = shell(scratch.path(), "$ECSLINT -f " + format + " copy0");
    const ShellRun all = shell(scratch.path(), "$ECSLINT -f " + format + " .");
    CHECK(all.out.size() > (std::size_t{4} << 20));
    CHECK(results(one.out, format) > 100);
    CHECK(results(all.out, format) == 15 * results(one.out, format));
  }
}

TEST_CASE("writes: --jobs changes nothing but the speed (issue 18)") {
  const std::string fixtures = (sourceDir() / "fixtures").string();
  // shell() keeps its output files in the directory it runs in: one of this test's own, since
  // other test processes run beside it.
  const ScratchDirectory runs("writes-jobs");
  for (const std::string options : {"", "-f json", "-f sarif", "-f github", "--diff", "--fail-on note -q"}) {
    CAPTURE(options);
    const ShellRun one = shell(runs.path(), "$ECSLINT -j1 " + options + " " + quoted(fixtures));
    const ShellRun four = shell(runs.path(), "$ECSLINT -j4 " + options + " " + quoted(fixtures));
    CHECK(one.exitCode == four.exitCode);
    CHECK(one.out == four.out);
    CHECK(one.err == four.err);
    CHECK(one.out.size() > 1000);
  }
#if !defined(ECSLINT_SANITIZED)  // the sanitizers reserve terabytes of address space
  // More jobs than threads fit in the address space: those that start do the work.
  const ShellRun capped = shell(runs.path(), "ulimit -v 300000; $ECSLINT -j256 -f json " + quoted(fixtures));
  CHECK(capped.exitCode == shell(runs.path(), "$ECSLINT -j1 -f json " + quoted(fixtures)).exitCode);
  CHECK(capped.out == shell(runs.path(), "$ECSLINT -j1 -f json " + quoted(fixtures)).out);
#endif
  // --fix on a copy: the same files written the same way.
  const ScratchDirectory scratch("writes-jobs-fix");
  for (const char* copy : {"one", "four"}) {
    fs::copy(sourceDir() / "fixtures", scratch.path() / copy, fs::copy_options::recursive);
  }
  const ShellRun one = shell(scratch.path(), "$ECSLINT -j1 --fix one");
  const ShellRun four = shell(scratch.path(), "$ECSLINT -j4 --fix four");
  CHECK(one.exitCode == four.exitCode);
  CHECK(contains(one.out, "Fixed "));
  for (const auto& entry : fs::recursive_directory_iterator(scratch.path() / "one")) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), scratch.path() / "one");
    CHECK(readFile(entry.path()) == readFile(scratch.path() / "four" / relative));
  }
}

TEST_CASE("writes: replaceFileContent refuses what it cannot safely write") {
  const ScratchDirectory scratch("writes-unit");
  const fs::path file = scratch.write("task.json", "{}");
  const std::optional<FileIdentity> identity = identityOf(file.string());
  REQUIRE(identity);
  CHECK_FALSE(replaceFileContent((scratch.path() / "absent" / "x.json").string(), "{}", *identity));
  // Another file than the one read.
  const fs::path other = scratch.write("other.json", "{}");
  const auto replaced = replaceFileContent(other.string(), "[]", *identity);
  REQUIRE_FALSE(replaced);
  CHECK(replaced.error() == "it was replaced while ecslint read it");
  CHECK(readFile(other) == "{}");
  CHECK(replaceFileContent(file.string(), "[]", *identity));
  CHECK(readFile(file) == "[]");
}

}  // namespace ecslint::test
