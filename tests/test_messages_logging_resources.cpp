// The messages of the logging and resource rules (ECS3xx, ECS4xx) render in both languages for
// every case their checks tell apart, not only for the cases the rule pages' bad examples draw: in
// the test suite the catalogue is strict, so an id or argument the code and the catalogue disagree
// on throws, and each Japanese message, fix title and related message must have no English left.
#include <doctest/doctest.h>

#include <set>

#include "english_left.h"
#include "message/message_catalogue.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// One task definition per line of cases; each with and without an assumed launch type.
const std::vector<std::string> kInputs = {
    // Fargate: every combination of missing awslogs options, every refused or wrong option, splunk
    // without its options, a driver Fargate does not offer, containers below Docker's minimum.
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "1024",
        "memory": "1024", "executionRoleArn": "arn:aws:iam::123456789012:role/x",
        "containerDefinitions": [
      {"name": "a", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-region": "us-east-1"}}},
      {"name": "b", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g"}}},
      {"name": "c", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-stream-prefix": "p"}}},
      {"name": "a2", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-region": "us-east-1", "awslogs-stream-prefix": "p"}}},
      {"name": "b2", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g", "awslogs-stream-prefix": "p"}}},
      {"name": "c2", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g", "awslogs-region": "us-east-1"}}},
      {"name": "d", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {}}},
      {"name": "e", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g",
        "awslogs-region": "us-east-1", "awslogs-stream-prefix": "p", "awslogs-endpoint": "e", "foo": "x",
        "awslogs-regoin": "x", "mode": "fast", "awslogs-create-group": "false", "awslogs-datetime-format": "x",
        "awslogs-multiline-pattern": "y"}}},
      {"name": "f", "image": "x", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g",
        "awslogs-region": "us-east1", "awslogs-stream-prefix": "p", "mode": "blocking", "max-buffer-size": "4m",
        "awslogs-create-group": 1}}},
      {"name": "g", "image": "x", "memory": 0, "memoryReservation": 3,
       "logConfiguration": {"logDriver": "splunk", "options": {}}},
      {"name": "h", "image": "x", "logConfiguration": {"logDriver": "syslog"}},
      {"name": "i", "image": "x"}]})",
    // EC2: awslogs without a stream prefix, ephemeral storage, containers above the task and above
    // their own limit.
    R"({"family": "f", "requiresCompatibilities": ["EC2"], "cpu": "1024", "memory": "1024",
        "ephemeralStorage": {"sizeInGiB": 30}, "containerDefinitions": [
      {"name": "a", "image": "x", "cpu": 600, "memoryReservation": 600, "logConfiguration": {"logDriver": "awslogs",
       "options": {"awslogs-group": "g", "awslogs-region": "us-east-1"}}},
      {"name": "b", "image": "x", "cpu": 600, "memoryReservation": 600, "memory": 500,
       "logConfiguration": {"logDriver": "awsfirelens"}}]})",
    R"({"family": "f", "requiresCompatibilities": ["EC2"], "cpu": "1024", "memory": "512", "ephemeralStorage": {},
        "containerDefinitions": [{"name": "a", "image": "x", "cpu": 2048, "memory": 1024,
          "firelensConfiguration": {"type": "fluentbit"}},
        {"name": "b", "image": "x", "memory": 64, "firelensConfiguration": {"type": "fluentbit"},
          "logConfiguration": {"logDriver": "awsfirelens"}}]})",
    R"({"family": "f", "requiresCompatibilities": ["EC2"], "cpu": "64", "containerDefinitions": [
      {"name": "a", "image": "x", "firelensConfiguration": {"type": "fluentbit"}}]})",
    R"({"family": "f", "requiresCompatibilities": ["EC2"], "cpu": "a lot", "memory": "plenty",
        "containerDefinitions": [{"name": "a", "image": "x", "memory": 512}]})",
    // Fargate sizes: a cpu Fargate does not offer, memories outside the row (listed, ranged, too
    // large for any size), Windows sizes below and above what Windows offers, no task size at all.
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "cpu": "300", "memory": "512",
        "containerDefinitions": []})",
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "8 GB",
        "containerDefinitions": []})",
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "cpu": "1024", "memory": "1024",
        "containerDefinitions": []})",
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "cpu": "16384", "memory": "200000",
        "containerDefinitions": []})",
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "cpu": "8192", "memory": "65536",
        "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"}, "containerDefinitions": [
      {"name": "a", "image": "x", "logConfiguration": {"logDriver": "splunk"}}]})",
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024",
        "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE"}, "containerDefinitions": []})",
    R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": []})",
};

}  // namespace

TEST_CASE("messages: every case of the logging and resource rules renders in English and in Japanese") {
  std::set<std::string> drawn;
  for (const Language language : {Language::English, Language::Japanese}) {
    for (const std::optional<LaunchType> launchType :
         {std::optional<LaunchType>{}, std::optional{LaunchType::Ec2}, std::optional{LaunchType::Fargate}}) {
      for (const std::string& input : kInputs) {
        LintOptions options{launchType};
        options.language = language;
        const FileReport report = lintText(input, options);
        for (const Finding& finding : report.findings) {
          const std::string_view rule = finding.rule->id;
          if (!rule.starts_with("ECS3") && !rule.starts_with("ECS4")) continue;
          drawn.insert(std::string(finding.messageData.id));
          if (language == Language::English) continue;
          INFO(finding.rule->id, ": ", finding.message);
          CHECK(englishLeft(finding.message).empty());
          if (finding.fix)
            CHECK_MESSAGE(englishLeft(finding.fix->description).empty(), finding.fix->description);
          for (const RelatedLocation& related : finding.related)
            CHECK_MESSAGE(englishLeft(related.message).empty(), related.message);
        }
      }
    }
  }
  for (const std::string_view id : MessageCatalogue::builtIn().ids()) {
    const bool finding = (id.starts_with("ECS3") || id.starts_with("ECS4")) && id.find(".fix") == id.npos &&
                         id.find(".related.") == id.npos && id.find(".memories.") == id.npos &&
                         id.find(".suggestion.") == id.npos;
    if (!finding) continue;
    INFO(id);
    CHECK_MESSAGE(drawn.count(std::string(id)) == 1, "no input of this test draws it");
  }
}

}  // namespace ecslint::test
