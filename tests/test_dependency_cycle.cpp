// ECS504 on generated task definitions: the dependency graph is searched iteratively, so a chain of
// thousands of containers neither overflows the stack nor costs more than a pass over it, and each
// cycle is reported once.
#include <doctest/doctest.h>

#include "test_support.h"

namespace ecslint::test {
namespace {

// A task definition whose container i depends on each container named in edges[i].
std::string taskWithDependencies(const std::vector<std::vector<std::size_t>>& edges) {
  std::string json = R"({"family": "generated", "containerDefinitions": [)";
  for (std::size_t i = 0; i < edges.size(); ++i) {
    json += (i == 0 ? "" : ",") + std::string(R"({"name": "c)") + std::to_string(i) +
            R"(", "image": "public.ecr.aws/docker/library/busybox:1.36", "memory": 16, "dependsOn": [)";
    for (std::size_t j = 0; j < edges[i].size(); ++j) {
      json += (j == 0 ? "" : ",") + std::string(R"({"containerName": "c)") + std::to_string(edges[i][j]) +
              R"(", "condition": "START"})";
    }
    json += "]}";
  }
  return json + "]}";
}

std::vector<const Finding*> cycles(const FileReport& report) {
  std::vector<const Finding*> found;
  for (const Finding& finding : report.findings) {
    if (finding.rule->id == "ECS504") found.push_back(&finding);
  }
  return found;
}

constexpr std::size_t kChain = 5000;

}  // namespace

TEST_CASE("dependency cycle: a chain of 5,000 containers has no cycle") {
  std::vector<std::vector<std::size_t>> edges(kChain);
  for (std::size_t i = 0; i + 1 < kChain; ++i) edges[i] = {i + 1};
  const FileReport report = lintText(taskWithDependencies(edges));
  REQUIRE(report.isTaskDefinition);
  CHECK(cycles(report).empty());
}

TEST_CASE("dependency cycle: closing a 5,000-container chain reports one cycle, shown by its ends") {
  std::vector<std::vector<std::size_t>> edges(kChain);
  for (std::size_t i = 0; i + 1 < kChain; ++i) edges[i] = {i + 1};
  edges[kChain - 1] = {0};
  const FileReport report = lintText(taskWithDependencies(edges));
  const std::vector<const Finding*> found = cycles(report);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->pointer == "/containerDefinitions/4999/dependsOn/0/containerName");
  CHECK(found[0]->message.find("c0 → c1 → c2 → c3 → c4 → … (4990 more) … → c4995 → c4996 → c4997 → c4998 → "
                               "c4999 → c0") != std::string::npos);
}

TEST_CASE("dependency cycle: every container of a long chain pointing back reports each cycle once") {
  // c0 → c1 → ... → c999, and every ci also depends on c0 (twice): 999 distinct cycles.
  constexpr std::size_t kCount = 1000;
  std::vector<std::vector<std::size_t>> edges(kCount);
  for (std::size_t i = 0; i < kCount; ++i) {
    if (i + 1 < kCount) edges[i].push_back(i + 1);
    if (i > 0) edges[i].insert(edges[i].end(), {0, 0});
  }
  const FileReport report = lintText(taskWithDependencies(edges));
  CHECK(cycles(report).size() == kCount - 1);
}

TEST_CASE("dependency cycle: separate cycles are each reported, self-dependencies are ECS503's") {
  // c0 ⇄ c1, c2 → c3 → c4 → c2, c5 → c5.
  const FileReport report = lintText(taskWithDependencies({{1}, {0}, {3}, {4}, {2}, {5}}));
  const std::vector<const Finding*> found = cycles(report);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->message.find("c0 → c1 → c0") != std::string::npos);
  CHECK(found[1]->message.find("c2 → c3 → c4 → c2") != std::string::npos);
  const bool selfReported = std::any_of(report.findings.begin(), report.findings.end(), [](const Finding& f) {
    return f.rule->id == "ECS503" && f.message.find("depends on itself ('c5')") != std::string::npos;
  });
  CHECK(selfReported);
}

}  // namespace ecslint::test
