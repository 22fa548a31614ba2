// The typed model: input shapes, launch types, and the absent / known / unknown distinction that
// keeps placeholders and wrongly typed values from drawing findings.
#include <doctest/doctest.h>

#include <memory>

#include "json/json_loader.h"
#include "model/input_shape.h"
#include "model/model_builder.h"

namespace ecslint {
namespace {

struct Built {
  std::unique_ptr<SourceText> source;
  std::unique_ptr<Document> document;
  std::optional<InputShapeInfo> shape;
  TaskDefinition task;
};

Built build(const std::string& text, std::optional<LaunchType> assumed = std::nullopt) {
  Built built;
  built.source = std::make_unique<SourceText>("t.json", text);
  auto parsed = loadJson(*built.source);
  REQUIRE(parsed);
  built.document = std::make_unique<Document>(std::move(*parsed));
  built.shape = detectInputShape(*built.document);
  if (built.shape) built.task = buildTaskDefinition(*built.document, *built.shape, assumed);
  return built;
}

}  // namespace

TEST_CASE("model: input shapes") {
  CHECK(build(R"({"family": "a", "containerDefinitions": []})").shape->shape == InputShape::TaskDefinition);
  CHECK(build(R"({"containerDefinitions": [{"name": "a"}]})").shape->shape == InputShape::TaskDefinition);
  CHECK(build(R"({"family": "a", "cpu": "256"})").shape->shape == InputShape::TaskDefinition);
  const Built describe = build(R"({"taskDefinition": {"family": "a", "revision": 3}, "tags": []})");
  REQUIRE(describe.shape);
  CHECK(describe.shape->shape == InputShape::DescribeOutput);
  CHECK(describe.task.family.is("a"));
  CHECK(describe.task.readOnlyFields.size() == 1);
  CHECK(describe.document->pointer(describe.task.family.node) == "/taskDefinition/family");
  CHECK(build(R"([{"name": "a", "image": "b"}])").shape->shape == InputShape::ContainerList);
  for (const char* other : {R"({"name": "app", "version": "1.0.0"})", R"({"family": "x"})", "[]", "[1, 2]",
                            R"([{"a": 1}])", "42", R"("text")", "null"}) {
    INFO(other);
    CHECK_FALSE(build(other).shape);
  }
}

TEST_CASE("model: launch types from requiresCompatibilities, else from --launch-type") {
  const Built fargate =
      build(R"({"family": "a", "requiresCompatibilities": ["EC2", "FARGATE"], "containerDefinitions": []})");
  CHECK(fargate.task.launchTypes.fargate());
  CHECK(fargate.task.launchTypes.includes(LaunchType::Ec2));
  CHECK_FALSE(fargate.task.launchTypes.assumed);

  const Built ec2 =
      build(R"({"family": "a", "requiresCompatibilities": ["EC2"], "containerDefinitions": []})",
            LaunchType::Fargate);
  CHECK_FALSE(ec2.task.launchTypes.fargate());  // the file says EC2; --launch-type does not override

  const Built silent = build(R"({"family": "a", "containerDefinitions": []})", LaunchType::Fargate);
  CHECK(silent.task.launchTypes.fargate());
  CHECK(silent.task.launchTypes.assumed);

  const Built none = build(R"({"family": "a", "containerDefinitions": []})");
  CHECK(none.task.launchTypes.absent());

  const Built templated =
      build(R"({"family": "a", "requiresCompatibilities": ["${LAUNCH}"], "containerDefinitions": []})",
            LaunchType::Fargate);
  CHECK(templated.task.launchTypes.unknown());

  const Built list = build(R"([{"name": "a", "image": "b"}])", LaunchType::Ec2);
  CHECK(list.task.launchTypes.includes(LaunchType::Ec2));
}

TEST_CASE("model: placeholders and wrong types read as unknown, null as absent") {
  const Built built = build(R"({
    "family": "a", "executionRoleArn": "${EXEC_ROLE}", "taskRoleArn": null, "networkMode": "AWSVPC",
    "cpu": 256, "memory": "2 GB",
    "containerDefinitions": [{"name": "web", "image": "<IMAGE1_NAME>", "memory": "512", "essential": "true",
      "portMappings": [{"containerPort": "80", "hostPort": 80}], "logConfiguration": null}]})");
  const TaskDefinition& task = built.task;
  CHECK(task.executionRoleArn.unknown());
  CHECK(task.taskRoleArn.absent());
  CHECK(task.networkMode.unknown());  // wrong case: ECS005's finding, not a network mode
  CHECK(task.cpu.unknown());          // a number where the API wants a string: ECS004's
  CHECK_FALSE(task.cpu.malformed);
  CHECK(task.memory.is(2048));
  REQUIRE(task.containers.size() == 1);
  const Container& web = task.containers[0];
  CHECK(web.image.unknown());
  CHECK(web.memory.unknown());
  CHECK(web.essential.unknown());
  CHECK(web.isEssential());
  CHECK(web.portMappings[0].containerPort.unknown());
  CHECK(web.portMappings[0].hostPort.is(80));
  CHECK(web.logConfigurationPresence == Presence::Absent);
  CHECK(task.container("web") == &web);
  CHECK(task.container("nope") == nullptr);
}

TEST_CASE("model: a malformed task size is flagged, an empty one is not") {
  CHECK(build(R"({"family": "a", "cpu": "1 core", "containerDefinitions": []})").task.cpu.malformed);
  CHECK_FALSE(build(R"({"family": "a", "cpu": "", "containerDefinitions": []})").task.cpu.malformed);
  CHECK(build(R"({"family": "a", "cpu": "0.5 vCPU", "containerDefinitions": []})").task.cpu.is(512));
}

TEST_CASE("model: a bare container list has no task level") {
  const Built list = build(R"([{"name": "a", "image": "b"}, {"name": "c", "image": "d"}])");
  CHECK_FALSE(list.task.hasTaskLevel());
  CHECK(list.task.executionRoleArn.unknown());
  CHECK(list.task.family.unknown());
  CHECK(list.task.containers.size() == 2);
  CHECK_FALSE(list.task.effectiveNetworkMode());
}

TEST_CASE("model: the network mode in force") {
  CHECK(build(R"({"family": "a", "containerDefinitions": []})").task.effectiveNetworkMode() ==
        NetworkMode::Bridge);
  CHECK(build(R"({"family": "a", "networkMode": "host", "containerDefinitions": []})")
            .task.effectiveNetworkMode() == NetworkMode::Host);
  CHECK_FALSE(
      build(R"({"family": "a", "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
                       "containerDefinitions": []})")
          .task.effectiveNetworkMode());
}

TEST_CASE("model: duplicate members: the last one wins, as in the AWS CLI") {
  const Built built = build(R"({"family": "a", "family": "b", "containerDefinitions": []})");
  CHECK(built.task.family.is("b"));
}

}  // namespace ecslint
