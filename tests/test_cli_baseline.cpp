// --write-baseline and --baseline, as a team adopting ecslint on an existing repository uses them:
// record today's findings, then see only new ones, through edits that move lines; stale entries
// reported; SARIF baselineState on every result.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <cstdlib>
#include <map>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// kErrorTask with three blank lines before it and a second port mapping that draws a new ECS101.
const std::string kErrorTaskMovedWithNewError =
    "\n\n\n" +
    std::string(R"({"family": "web", "memory": "512", "networkMode": "awsvpc", "containerDefinitions": [{
  "name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 80, "hostPort": 8080},
    {"containerPort": 81, "hostPort": 9090}]}]}
)");

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document document;
  document.Parse(text.c_str());
  REQUIRE_FALSE(document.HasParseError());
  return document;
}

}  // namespace

TEST_CASE("cli baseline: written findings are accepted, and a new one is reported after lines move") {
  const ScratchDirectory repo("cli-baseline");
  repo.write("services/web.json", kErrorTask);
  const CliResult write = runCli("--write-baseline ecslint-baseline.json services", repo.path());
  CHECK(write.exitCode == 0);
  CHECK(contains(write.err, "wrote 2 findings to the baseline ecslint-baseline.json"));
  CHECK(contains(write.out, "No problems found in 1 file (2 in the baseline)."));

  const CliResult clean = runCli("--baseline ecslint-baseline.json services", repo.path());
  CHECK(clean.exitCode == 0);
  CHECK(clean.out == "No problems found in 1 file (2 in the baseline).\n");
  // Found by a walk, the baseline file is neither linted nor counted as skipped.
  CHECK(runCli("--baseline ecslint-baseline.json .", repo.path()).out ==
        "No problems found in 1 file (2 in the baseline).\n");

  repo.write("services/web.json", kErrorTaskMovedWithNewError);
  const CliResult moved = runCli("--baseline ecslint-baseline.json services", repo.path());
  CHECK(moved.exitCode == 1);
  CHECK(moved.out ==
        "services/web.json:6:39: error: [*] hostPort 9090 differs from containerPort 81 in container 'web', "
        "but "
        "networkMode is awsvpc: the task has its own network interface, so the port is the same on both "
        "sides. AWS rejects this with \"When networkMode=awsvpc, the host ports and container ports in port "
        "mappings must match.\" Remove hostPort (or set it to 81) [ECS101 awsvpc-host-port-mismatch]\n"
        "1 problem (1 error, 0 warnings, 0 notes) in 1 file (2 in the baseline).\n"
        "[*] 1 fixable with --fix.\n");
}

TEST_CASE("cli baseline: the file is documented JSON, sorted, with paths relative to its directory") {
  const ScratchDirectory repo("cli-baseline-format");
  repo.write("b/two.json", kErrorTask);
  repo.write("a/one.json", kErrorTask);
  fs::create_directories(repo.path() / "ci");
  // Written from a subdirectory, with paths through "..": the entries still name a/one.json.
  CHECK(runCli("--write-baseline ../baseline.json ../b ../a", repo.path() / "ci").exitCode == 0);
  const std::string text = readFile(repo.path() / "baseline.json");
  const rapidjson::Document baseline = parse(text);
  CHECK(baseline["version"].GetInt() == 1);
  REQUIRE(baseline["findings"].Size() == 4);
  CHECK(std::string(baseline["findings"][0]["path"].GetString()) == "a/one.json");
  CHECK(std::string(baseline["findings"][0]["rule"].GetString()) == "ECS101");
  CHECK(std::string(baseline["findings"][0]["pointer"].GetString()) ==
        "/containerDefinitions/0/portMappings/0/hostPort");
  CHECK(std::string(baseline["findings"][0]["fingerprint"].GetString()).size() == 16);
  CHECK(std::string(baseline["findings"][2]["path"].GetString()) == "b/two.json");
  // One entry per line, so that a review sees which findings came and went.
  CHECK(lines(text) == 9);
  // Rewritten from the same findings, byte for byte the same.
  CHECK(runCli("--write-baseline baseline.json a b", repo.path()).exitCode == 0);
  CHECK(readFile(repo.path() / "baseline.json") == text);
  // Used from another directory.
  CHECK(runCli("--baseline ../baseline.json one.json", repo.path() / "a").exitCode == 0);
}

TEST_CASE("cli baseline: stale entries are ECS012 findings in the baseline file and absent in SARIF") {
  const ScratchDirectory repo("cli-baseline-stale");
  repo.write("web.json", kErrorTask);
  repo.write("gone.json", kErrorTask);
  REQUIRE(runCli("--write-baseline baseline.json web.json gone.json", repo.path()).exitCode == 0);
  fs::remove(repo.path() / "gone.json");
  repo.write("web.json", kCleanTask);

  const CliResult text = runCli("--baseline baseline.json web.json", repo.path());
  CHECK(text.exitCode == 0);  // ECS012 is a warning
  CHECK(contains(
      text.out,
      "baseline.json:6:5: warning: the baseline entry for ECS101 (awsvpc-host-port-mismatch) at "
      "web.json#/containerDefinitions/0/portMappings/0/hostPort matches no finding: ECS101 no longer "
      "reports anything there."));
  CHECK(contains(text.out,
                 "gone.json#/containerDefinitions/0/name matches no finding: ECS301 cannot report "
                 "anything there: the file no longer exists."));
  CHECK(contains(text.out, "4 problems (0 errors, 4 warnings, 0 notes) in 1 file."));

  const CliResult sarif = runCli("--baseline baseline.json --format sarif web.json", repo.path());
  const rapidjson::Document log = parse(sarif.out);
  const auto& results = log["runs"][0]["results"];
  std::size_t absent = 0;
  for (const auto& result : results.GetArray()) {
    REQUIRE(result.HasMember("baselineState"));  // on every result, or on none
    const std::string state = result["baselineState"].GetString();
    if (state == "absent") {
      ++absent;
      CHECK(std::string(result["kind"].GetString()) == "pass");
      CHECK(std::string(result["level"].GetString()) == "none");
    } else {
      CHECK(state == "new");  // the ECS012 findings
      CHECK(std::string(result["ruleId"].GetString()) == "ECS012");
    }
  }
  CHECK(absent == 4);
}

TEST_CASE("cli baseline: SARIF marks each result new or unchanged") {
  const ScratchDirectory repo("cli-baseline-sarif");
  repo.write("web.json", kErrorTask);
  REQUIRE(runCli("--write-baseline baseline.json web.json", repo.path()).exitCode == 0);
  repo.write("web.json", kErrorTaskMovedWithNewError);
  const CliResult run = runCli("--baseline baseline.json --format sarif web.json", repo.path());
  CHECK(run.exitCode == 1);
  const rapidjson::Document log = parse(run.out);
  std::map<std::string, int> states;
  for (const auto& result : log["runs"][0]["results"].GetArray())
    ++states[result["baselineState"].GetString()];
  CHECK(states["unchanged"] == 2);
  CHECK(states["new"] == 1);
  CHECK(states.size() == 2);
  // Without a baseline, no result has a baselineState.
  CHECK_FALSE(contains(runCli("--format sarif web.json", repo.path()).out, "baselineState"));
}

TEST_CASE("cli baseline: a missing or malformed baseline is a usage error with its position") {
  const ScratchDirectory repo("cli-baseline-bad");
  repo.write("web.json", kErrorTask);
  const CliResult missing = runCli("--baseline nope.json web.json", repo.path());
  CHECK(missing.exitCode == 2);
  CHECK(contains(missing.err, "ecslint: nope.json: cannot read the baseline: No such file or directory"));
  CHECK(missing.out.empty());
  repo.write("bad.json", "{\"version\": 1, \"findings\": [\n  {\"path\": \"web.json\", \"rule\": 7}]}\n");
  const CliResult bad = runCli("--baseline bad.json web.json", repo.path());
  CHECK(bad.exitCode == 2);
  CHECK(contains(bad.err, "ecslint: bad.json:2:32: a baseline entry needs a string \"rule\""));
  repo.write("future.json", "{\"version\": 2, \"findings\": []}");
  CHECK(contains(runCli("--baseline future.json web.json", repo.path()).err,
                 "future.json:1:13: unsupported baseline: expected \"version\": 1"));
  CHECK(runCli("--baseline bad.json --write-baseline x.json web.json", repo.path()).exitCode == 2);
}

TEST_CASE(
    "cli baseline: round trip on the real corpus, and an edit that moves lines shows only the new finding") {
  if (!needShared("corpus/real")) return;
  const ScratchDirectory repo("cli-baseline-corpus");
  fs::copy(sharedDir() / "corpus" / "real", repo.path() / "real", fs::copy_options::recursive);
  const CliResult write = runCli("--write-baseline baseline.json real", repo.path());
  CHECK(write.exitCode == 0);
  CHECK(contains(write.out, "No problems found in "));
  CHECK(runCli("--baseline baseline.json real", repo.path()).exitCode == 0);

  // The first register-shaped file, edited: lines inserted above everything, and a new member ECS
  // does not know (ECS003) among them.
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(repo.path() / "real" / "register"))
    files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  const fs::path edited = files.front();
  std::string text = readFile(edited);
  const std::size_t brace = text.find('{');
  REQUIRE(brace != std::string::npos);
  text.insert(brace + 1, "\n\n\n  \"ecslintBaselineProbe\": 1,\n\n");
  std::ofstream(edited, std::ios::binary) << text;

  const CliResult after = runCli("--baseline baseline.json --format concise -q real", repo.path());
  INFO(after.out);
  CHECK(after.exitCode == 1);
  const std::string relative = fs::relative(edited, repo.path()).generic_string();
  CHECK(after.out.starts_with(relative + ":"));
  CHECK(contains(after.out, ": ECS003 "));
  CHECK(std::count(after.out.begin(), after.out.end(), '\n') == 1);
}

}  // namespace ecslint::test
