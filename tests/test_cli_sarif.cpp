// SARIF details code scanning reads: the run's automationDetails, artifact URIs relative to a
// declared root (--sarif-root) rather than absolute file:/// URIs, rule help in Markdown.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "cli_runner.h"

namespace ecslint::test {
namespace {

rapidjson::Document sarif(const std::string& arguments, const std::filesystem::path& directory) {
  const CliResult run = runCli("--format sarif " + arguments, directory);
  rapidjson::Document log;
  log.Parse(run.out.c_str());
  REQUIRE_FALSE(log.HasParseError());
  return log;
}

std::string firstUri(const rapidjson::Document& log) {
  return log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
      .GetString();
}

}  // namespace

TEST_CASE("cli sarif: the run has automationDetails.id and help.markdown starts with text") {
  const ScratchDirectory repo("cli-sarif-run");
  repo.write("task.json", kErrorTask);
  const rapidjson::Document log = sarif("task.json", repo.path());
  const auto& run = log["runs"][0];
  CHECK(std::string(run["automationDetails"]["id"].GetString()) == "ecslint/");
  for (const auto& rule : run["tool"]["driver"]["rules"].GetArray()) {
    const std::string markdown = rule["help"]["markdown"].GetString();
    INFO(rule["id"].GetString());
    CHECK_FALSE(markdown.empty());
    CHECK(markdown.front() != '\n');
  }
}

TEST_CASE("cli sarif: paths are relative to the working directory, or to --sarif-root") {
  const ScratchDirectory repo("cli-sarif-root");
  repo.write("deploy/task.json", kErrorTask);
  std::filesystem::create_directories(repo.path() / "tools");
  const std::string absolute = (repo.path() / "deploy" / "task.json").string();

  // An absolute path under the working directory is still relative to %SRCROOT%.
  const rapidjson::Document inside = sarif(quoted(absolute), repo.path());
  CHECK(firstUri(inside) == "deploy/task.json");
  CHECK(
      std::string(
          inside["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"]
              .GetString()) == "%SRCROOT%");

  // Outside it, without a declared root: an absolute file URI.
  const rapidjson::Document outside = sarif("../deploy/task.json", repo.path() / "tools");
  CHECK(firstUri(outside) == "file://" + absolute);

  // With the repository declared as the root, the same run names the file from the root.
  const rapidjson::Document rooted = sarif("--sarif-root .. ../deploy/task.json", repo.path() / "tools");
  CHECK(firstUri(rooted) == "deploy/task.json");
  CHECK(std::string(rooted["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"].GetString()) ==
        "file://" + repo.path().string() + "/");
  // The fingerprint names the file as the URI does, so it does not depend on where ecslint ran.
  CHECK(std::string(rooted["runs"][0]["results"][0]["partialFingerprints"]["ecslint/v1"].GetString()) ==
        std::string(sarif("deploy/task.json",
                          repo.path())["runs"][0]["results"][0]["partialFingerprints"]["ecslint/v1"]
                        .GetString()));
}

}  // namespace ecslint::test
