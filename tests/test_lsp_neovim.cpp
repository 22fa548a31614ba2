// A real client: Neovim's built-in LSP client, headless, runs `ecslint lsp` on a task definition
// with a hostPort mismatch, waits for the diagnostic, applies the quick fix and sees the diagnostic
// go (tests/data/lsp/neovim_quickfix.lua). Skipped where nvim is not installed, except under CI
// (.ci/run installs Debian's neovim), where it fails.
#include "child_process.h"
#include "cli_runner.h"
#include "lsp_session.h"

namespace ecslint::test {
namespace {

std::optional<std::filesystem::path> findNeovim() {
  const char* path = std::getenv("PATH");
  std::string_view directories = path != nullptr ? path : "/usr/bin:/bin";
  while (!directories.empty()) {
    const std::size_t colon = directories.find(':');
    const std::filesystem::path candidate = std::filesystem::path(directories.substr(0, colon)) / "nvim";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    directories.remove_prefix(colon == std::string_view::npos ? directories.size() : colon + 1);
  }
  return std::nullopt;
}

bool needNeovim(const std::optional<std::filesystem::path>& nvim) {
  if (nvim) return true;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && *ci != '\0') {
    FAIL_CHECK("nvim is not installed, and CI is set: .ci/run installs neovim");
  } else {
    MESSAGE("skipped: nvim is not installed");
  }
  return false;
}

}  // namespace

TEST_CASE("lsp with Neovim: the diagnostic at the hostPort, the quick fix applied, the diagnostic gone") {
  const auto nvim = findNeovim();
  if (!needNeovim(nvim)) return;
  const ScratchDirectory project("lsp-neovim");
  const std::filesystem::path task = project.write("task.json", hostPortMismatchTask());
  const std::filesystem::path result = project.path() / "result.txt";
  ChildLimits limits;
  limits.seconds = 30;
  limits.addressSpaceBytes = std::size_t{8} << 30;  // LuaJIT and the server together
  const ChildRun run =
      runProgram("/usr/bin/env",
                 {"XDG_CONFIG_HOME=" + (project.path() / "config").string(),
                  "XDG_DATA_HOME=" + (project.path() / "data").string(),
                  "XDG_STATE_HOME=" + (project.path() / "state").string(),
                  "XDG_CACHE_HOME=" + (project.path() / "cache").string(), "LC_ALL=C.UTF-8",
                  "ECSLINT_BINARY=" ECSLINT_BINARY, "ECSLINT_TASK=" + task.string(),
                  "ECSLINT_RESULT=" + result.string(), nvim->string(), "--headless", "--clean", "-n", "-i",
                  "NONE", "-c", "luafile " + (sourceDir() / "tests/data/lsp/neovim_quickfix.lua").string()},
                 "/dev/null", limits);
  INFO(run.output);
  CHECK_FALSE(run.timedOut);
  CHECK(run.exitCode == 0);
  const std::string outcome = readFile(result);
  // The finding is ECS101 at the value 8080: line 10, columns 56-59 (0-based 9, 55-59).
  std::string fixed = hostPortMismatchTask();
  const std::string mapping = R"({"containerPort": 80, "hostPort": 8080})";
  fixed.replace(fixed.find(mapping), mapping.size(), R"({"containerPort": 80})");
  fixed.pop_back();  // Neovim's buffer lines hold no final newline
  CHECK(outcome ==
        "diagnostic ECS101 ecslint 9:55-9:59\naction remove hostPort 8080\ndiagnostics 0\nbuffer " + fixed +
            "\n");
}

}  // namespace ecslint::test
