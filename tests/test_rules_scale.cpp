// The network and link rules on a task definition with thousands of containers: every container
// listens on the same port and links to a container that does not exist, the worst case for
// ECS108/ECS109 (conflicts) and ECS111 (spelling suggestions). The rules are O(n log n); this test
// proves they finish and report every container (speed is measured by the benchmark, not here).
#include <doctest/doctest.h>

#include <map>

#include "test_support.h"

namespace ecslint::test {

TEST_CASE("rules at scale: 3000 containers sharing a port and linking to missing containers") {
  // Three findings per container stay under the 10,000 findings a file may hold (ECS015).
  constexpr int kContainers = 3000;
  for (const char* mode : {"awsvpc", "bridge"}) {
    std::string json =
        std::string(R"({"family":"big","networkMode":")") + mode + R"(","containerDefinitions":[)";
    for (int i = 0; i < kContainers; ++i) {
      if (i != 0) json += ',';
      const std::string name = "c" + std::to_string(i);
      json +=
          R"({"name":")" + name + R"(","image":"busybox:1.36","memory":64,"essential":true,)" +
          R"("links":["missing)" + std::to_string(i) + R"("],)" +
          R"("portMappings":[{"containerPort":8080,"hostPort":8080}],)" +
          R"("logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"g","awslogs-region":"us-east-1","awslogs-stream-prefix":"p"}}})";
    }
    json += "]}";
    INFO(mode);
    const FileReport report = lintText(json);
    std::map<std::string, int> counts;
    for (const Finding& finding : report.findings) ++counts[std::string(finding.rule->id)];
    CHECK(counts["ECS109"] == kContainers - 1);  // every container after the first conflicts
    CHECK(counts["ECS111"] == kContainers);
    CHECK(counts["ECS104"] == (std::string(mode) == "awsvpc" ? kContainers : 0));
  }
}

}  // namespace ecslint::test
