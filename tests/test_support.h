#pragma once
// Helpers shared by the test files: paths, file reading, linting text in-process.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/linter.h"

namespace ecslint::test {

inline std::filesystem::path sourceDir() { return ECSLINT_SOURCE_DIR; }
// ../shared (the corpus, peer fixtures, reference schemas and spec), read in place. The environment
// variable ECSLINT_SHARED_DIR overrides the configured path (the test of needShared uses it).
inline std::filesystem::path sharedDir() {
  const char* override = std::getenv("ECSLINT_SHARED_DIR");
  return override != nullptr && *override != '\0' ? override : ECSLINT_SHARED_DIR;
}

// Whether `relative` (under sharedDir()) is there for a test that needs it. When it is absent the
// test skips with a message, except under CI (the environment variable CI set and not empty), where
// the test fails: a CI machine that lost ../shared must not pass with those tests silently skipped.
inline bool needShared(const std::filesystem::path& relative) {
  const std::filesystem::path path = sharedDir() / relative;
  if (std::filesystem::exists(path)) return true;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && *ci != '\0') {
    FAIL_CHECK(path.string() << " is absent, and CI is set: the shared data must be there");
  } else {
    MESSAGE("skipped: " << path.string() << " is absent");
  }
  return false;
}

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return std::move(bytes).str();
}

inline FileReport lintText(std::string text, LintOptions options = {}, std::string name = "test.json") {
  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), options);
  return linter.lint(std::move(name), std::move(text));
}

// The rule ids of a report, in order ("ECS101,ECS301").
inline std::string ruleIds(const FileReport& report) {
  std::string ids;
  for (const Finding& finding : report.findings) {
    if (!ids.empty()) ids += ',';
    ids += finding.rule->id;
  }
  return ids;
}

// A task definition that draws nothing at all.
inline const std::string kCleanTask = R"({
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/webTaskExecutionRole",
  "containerDefinitions": [{
    "name": "web",
    "image": "public.ecr.aws/nginx/nginx:1.27",
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
      "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}
  }]
}
)";

}  // namespace ecslint::test
