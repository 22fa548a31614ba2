// The Terraform task definition view: a plan's aws_ecs_task_definition as the ECS API receives it,
// with every span in the plan file.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "json/json_loader.h"
#include "model/input_shape.h"
#include "model/model_builder.h"
#include "schema/schema_check.h"
#include "terraform/task_definition_view.h"

namespace ecslint {
namespace {

// A plan as `terraform show -json` writes it, with one aws_ecs_task_definition being created.
std::string plan(std::string_view after, std::string_view unknown = "{}", std::string_view sensitive = "{}") {
  return R"({"format_version":"1.2","terraform_version":"1.9.8","planned_values":{"root_module":{}},)"
         R"("resource_changes":[{"address":"aws_ecs_task_definition.web","mode":"managed",)"
         R"("type":"aws_ecs_task_definition","name":"web",)"
         R"("provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["create"],)"
         R"("before":null,"after":)" +
         std::string(after) + R"(,"after_unknown":)" + std::string(unknown) +
         R"(,"before_sensitive":false,"after_sensitive":)" + std::string(sensitive) + "}}]}";
}

struct Viewed {
  std::unique_ptr<SourceText> source;
  std::unique_ptr<Document> plan;
  TerraformValues values;
  Result<TaskDefinitionView, DocumentError> view = makeError(DocumentError{});

  const Document& document() const { return view->document; }
  std::string_view bytes(ByteRange range) const {
    return source->bytes().substr(range.begin, range.end - range.begin);
  }
  // The plan's bytes under the view's node at `pointer` ("" when there is no such node).
  std::string_view value(std::string_view pointer) const {
    const NodeId node = document().find(pointer);
    return node == kNoNode ? std::string_view("<absent>") : bytes(document().node(node).span);
  }
  std::string_view key(std::string_view pointer) const {
    const NodeId node = document().find(pointer);
    return node == kNoNode ? std::string_view("<absent>") : bytes(document().node(node).keySpan);
  }
  std::string_view text(std::string_view pointer) const {
    const NodeId node = document().find(pointer);
    return node == kNoNode ? std::string_view("<absent>") : document().text(node);
  }
  bool has(std::string_view pointer) const { return document().find(pointer) != kNoNode; }
  // The plan's node at `pointer` in the plan document.
  ByteRange planSpan(std::string_view pointer) const {
    const NodeId node = plan->find(pointer);
    REQUIRE(node != kNoNode);
    return plan->node(node).span;
  }
};

Viewed view(const std::string& text, std::uint32_t maxValues = Document::kMaxValues) {
  Viewed viewed;
  viewed.source = std::make_unique<SourceText>("tfplan.json", text);
  auto parsed = loadJson(*viewed.source);
  REQUIRE(parsed);
  viewed.plan = std::make_unique<Document>(std::move(*parsed));
  const Document& plan = *viewed.plan;
  viewed.values.after = plan.find("/resource_changes/0/change/after");
  viewed.values.unknown = plan.find("/resource_changes/0/change/after_unknown");
  viewed.values.sensitive = plan.find("/resource_changes/0/change/after_sensitive");
  viewed.view = buildTaskDefinitionView(plan, viewed.values, maxValues);
  if (viewed.view) {
    CHECK(&viewed.view->document.source() == viewed.source.get());
    CHECK(viewed.view->document.syntax() == Syntax::Json);
  }
  return viewed;
}

// The view is a task definition whatever it holds (an empty one too, which detectInputShape would
// not take for one): the shape the linter gives it.
constexpr InputShapeInfo kTaskShape{InputShape::TaskDefinition, Document::rootId(), kNoNode};

TaskDefinition model(const Viewed& viewed) {
  return buildTaskDefinition(viewed.document(), kTaskShape, std::nullopt);
}

std::vector<SchemaFinding> schemaFindings(const Viewed& viewed) {
  return checkApiInput(viewed.document(), kTaskShape);
}

std::string describe(const std::vector<SchemaFinding>& findings) {
  std::string out;
  for (const SchemaFinding& finding : findings)
    out += std::string(finding.rule) + " " + finding.message + "\n";
  return out;
}

const char* const kContainers =
    R"("[{\"name\":\"web\",\"image\":\"nginx:1.25\",\"cpu\":10,\"essential\":true,)"
    R"(\"portMappings\":[{\"containerPort\":80,\"hostPort\":8080}],)"
    R"(\"environment\":[{\"name\":\"GREETING\",\"value\":\"caf\u00e9 \u003cb\u003e ${var.x}\"}]}]")";

// Every attribute the view translates, written as Terraform writes them (sorted, blocks as lists).
std::string fullAfter() {
  return std::string(R"({"arn":"arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3",)") +
         R"("arn_without_revision":"arn:aws:ecs:eu-west-1:123456789012:task-definition/web",)" +
         R"("container_definitions":)" + kContainers + "," +
         R"("cpu":"256","enable_fault_injection":true,"ephemeral_storage":[{"size_in_gib":30}],)"
         R"("execution_role_arn":"arn:aws:iam::123456789012:role/exec","family":"web","id":"web",)"
         R"("inference_accelerator":[{"device_name":"device_1","device_type":"eia2.medium"}],)"
         R"("ipc_mode":"task","memory":"512","network_mode":"awsvpc","pid_mode":"task",)"
         R"("placement_constraints":[{"expression":"attribute:ecs.availability-zone in [eu-west-1a]","type":"memberOf"}],)"
         R"("proxy_configuration":[{"container_name":"envoy","properties":{"AppPorts":"8080","IgnoredUID":"1337"},"type":"APPMESH"}],)"
         R"("region":"eu-west-1","requires_compatibilities":["FARGATE"],"revision":3,)"
         R"("runtime_platform":[{"cpu_architecture":"ARM64","operating_system_family":"LINUX"}],)"
         R"("skip_destroy":false,"tags":{"team":"a"},"tags_all":{"team":"a"},)"
         R"("task_role_arn":"arn:aws:iam::123456789012:role/task","track_latest":false,)"
         R"("volume":[)"
         R"({"configure_at_launch":false,"docker_volume_configuration":[],"efs_volume_configuration":[],)"
         R"("fsx_windows_file_server_volume_configuration":[],"host_path":"/data","name":"host"},)"
         R"({"configure_at_launch":false,"docker_volume_configuration":[],"efs_volume_configuration":[{)"
         R"("authorization_config":[{"access_point_id":"fsap-0123","iam":"ENABLED"}],"file_system_id":"fs-0123",)"
         R"("root_directory":"/","transit_encryption":"ENABLED","transit_encryption_port":2999}],)"
         R"("fsx_windows_file_server_volume_configuration":[],"host_path":"","name":"efs"},)"
         R"({"configure_at_launch":false,"docker_volume_configuration":[{"autoprovision":true,"driver":"local",)"
         R"("driver_opts":{"type":"nfs"},"labels":{"x":"y"},"scope":"shared"}],"efs_volume_configuration":[],)"
         R"("fsx_windows_file_server_volume_configuration":[],"host_path":null,"name":"docker"},)"
         R"({"configure_at_launch":false,"docker_volume_configuration":[],"efs_volume_configuration":[],)"
         R"("fsx_windows_file_server_volume_configuration":[{"authorization_config":[{)"
         R"("credentials_parameter":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:fsx","domain":"corp.example.com"}],)"
         R"("file_system_id":"fs-0abc","root_directory":"\\share"}],"host_path":"","name":"fsx"},)"
         R"({"configure_at_launch":true,"docker_volume_configuration":[],"efs_volume_configuration":[],)"
         R"("fsx_windows_file_server_volume_configuration":[],"host_path":"","name":"ebs"}]})";
}

}  // namespace

TEST_CASE("terraform view: every attribute is translated to the API's name with the plan's spans") {
  const Viewed v = view(plan(fullAfter()));
  REQUIRE(v.view);
  CHECK(!v.view->containerError);
  const Document& document = v.document();
  // The root spans `after`.
  CHECK(document.node(Document::rootId()).span == v.planSpan("/resource_changes/0/change/after"));

  CHECK(v.value("/family") == "\"web\"");
  CHECK(v.key("/family") == "\"family\"");
  CHECK(v.value("/cpu") == "\"256\"");
  CHECK(v.value("/memory") == "\"512\"");
  CHECK(v.value("/networkMode") == "\"awsvpc\"");
  CHECK(v.key("/networkMode") == "\"network_mode\"");
  CHECK(v.value("/requiresCompatibilities") == "[\"FARGATE\"]");
  CHECK(v.key("/requiresCompatibilities") == "\"requires_compatibilities\"");
  CHECK(v.value("/requiresCompatibilities/0") == "\"FARGATE\"");
  CHECK(v.value("/executionRoleArn") == "\"arn:aws:iam::123456789012:role/exec\"");
  CHECK(v.key("/executionRoleArn") == "\"execution_role_arn\"");
  CHECK(v.value("/taskRoleArn") == "\"arn:aws:iam::123456789012:role/task\"");
  CHECK(v.value("/ipcMode") == "\"task\"");
  CHECK(v.value("/pidMode") == "\"task\"");
  CHECK(v.value("/enableFaultInjection") == "true");
  CHECK(document.kind(document.find("/enableFaultInjection")) == NodeKind::Boolean);
  CHECK(v.key("/enableFaultInjection") == "\"enable_fault_injection\"");

  // A block of one is the object its list holds, spanning that element.
  CHECK(v.value("/ephemeralStorage") == "{\"size_in_gib\":30}");
  CHECK(v.key("/ephemeralStorage") == "\"ephemeral_storage\"");
  CHECK(v.value("/ephemeralStorage/sizeInGiB") == "30");
  CHECK(document.kind(document.find("/ephemeralStorage/sizeInGiB")) == NodeKind::Integer);
  CHECK(v.key("/ephemeralStorage/sizeInGiB") == "\"size_in_gib\"");
  CHECK(v.value("/runtimePlatform/operatingSystemFamily") == "\"LINUX\"");
  CHECK(v.value("/runtimePlatform/cpuArchitecture") == "\"ARM64\"");
  CHECK(v.value("/placementConstraints/0/type") == "\"memberOf\"");
  CHECK(v.value("/placementConstraints/0/expression") ==
        "\"attribute:ecs.availability-zone in [eu-west-1a]\"");
  CHECK(v.value("/proxyConfiguration/type") == "\"APPMESH\"");
  CHECK(v.value("/proxyConfiguration/containerName") == "\"envoy\"");
  // properties: Terraform's map is the API's list of name and value pairs.
  CHECK(document.kind(document.find("/proxyConfiguration/properties")) == NodeKind::Sequence);
  CHECK(v.text("/proxyConfiguration/properties/0/name") == "AppPorts");
  CHECK(v.value("/proxyConfiguration/properties/0/name") == "\"AppPorts\"");
  CHECK(v.value("/proxyConfiguration/properties/0/value") == "\"8080\"");
  CHECK(v.key("/proxyConfiguration/properties/0/value") == "\"AppPorts\"");
  CHECK(v.value("/proxyConfiguration/properties/0") == "\"AppPorts\":\"8080\"");
  CHECK(v.text("/proxyConfiguration/properties/1/name") == "IgnoredUID");
  CHECK(v.value("/inferenceAccelerators/0/deviceName") == "\"device_1\"");
  CHECK(v.value("/inferenceAccelerators/0/deviceType") == "\"eia2.medium\"");
  CHECK(v.key("/inferenceAccelerators") == "\"inference_accelerator\"");

  // Volumes.
  CHECK(v.key("/volumes") == "\"volume\"");
  CHECK(v.value("/volumes/0/name") == "\"host\"");
  CHECK(v.value("/volumes/0/host") == "\"/data\"");
  CHECK(v.key("/volumes/0/host") == "\"host_path\"");
  CHECK(v.value("/volumes/0/host/sourcePath") == "\"/data\"");
  CHECK(v.value("/volumes/0/configuredAtLaunch") == "false");
  CHECK(v.key("/volumes/0/configuredAtLaunch") == "\"configure_at_launch\"");
  CHECK(!v.has("/volumes/0/dockerVolumeConfiguration"));
  CHECK(!v.has("/volumes/1/host"));
  CHECK(v.value("/volumes/1/efsVolumeConfiguration/fileSystemId") == "\"fs-0123\"");
  CHECK(v.value("/volumes/1/efsVolumeConfiguration/rootDirectory") == "\"/\"");
  CHECK(v.value("/volumes/1/efsVolumeConfiguration/transitEncryption") == "\"ENABLED\"");
  CHECK(v.value("/volumes/1/efsVolumeConfiguration/transitEncryptionPort") == "2999");
  CHECK(v.value("/volumes/1/efsVolumeConfiguration/authorizationConfig/accessPointId") == "\"fsap-0123\"");
  CHECK(v.value("/volumes/1/efsVolumeConfiguration/authorizationConfig/iam") == "\"ENABLED\"");
  CHECK(v.key("/volumes/1/efsVolumeConfiguration/authorizationConfig") == "\"authorization_config\"");
  CHECK(v.value("/volumes/2/dockerVolumeConfiguration/scope") == "\"shared\"");
  CHECK(v.value("/volumes/2/dockerVolumeConfiguration/autoprovision") == "true");
  CHECK(v.value("/volumes/2/dockerVolumeConfiguration/driver") == "\"local\"");
  CHECK(v.value("/volumes/2/dockerVolumeConfiguration/driverOpts/type") == "\"nfs\"");
  CHECK(v.key("/volumes/2/dockerVolumeConfiguration/driverOpts/type") == "\"type\"");
  CHECK(v.value("/volumes/2/dockerVolumeConfiguration/labels/x") == "\"y\"");
  CHECK(!v.has("/volumes/2/host"));  // host_path null
  CHECK(v.value("/volumes/3/fsxWindowsFileServerVolumeConfiguration/fileSystemId") == "\"fs-0abc\"");
  CHECK(v.text("/volumes/3/fsxWindowsFileServerVolumeConfiguration/rootDirectory") == "\\share");
  CHECK(v.value("/volumes/3/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/domain") ==
        "\"corp.example.com\"");
  CHECK(v.value(
            "/volumes/3/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/credentialsParameter") ==
        "\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:fsx\"");
  CHECK(v.value("/volumes/4/configuredAtLaunch") == "true");

  // Containers, from inside the string.
  CHECK(v.key("/containerDefinitions") == "\"container_definitions\"");
  CHECK(v.value("/containerDefinitions/0/name") == R"(\"web\")");
  CHECK(v.key("/containerDefinitions/0/portMappings/0/hostPort") == R"(\"hostPort\")");
  CHECK(v.value("/containerDefinitions/0/portMappings/0/hostPort") == "8080");
  CHECK(v.value("/containerDefinitions/0/environment/0/value") == R"(\"caf\u00e9 \u003cb\u003e ${var.x}\")");
  CHECK(v.text("/containerDefinitions/0/environment/0/value") == "caf\xC3\xA9 <b> ${var.x}");

  // Terraform's own attributes are not the API's.
  for (const char* member : {"/arn", "/arn_without_revision", "/id", "/revision", "/tags", "/tags_all",
                             "/skip_destroy", "/track_latest", "/region", "/family_name"}) {
    CHECK_MESSAGE(!v.has(member), member);
  }
  CHECK(v.view->sensitive.empty());
  CHECK(document.duplicateMembers().empty());
}

TEST_CASE("terraform view: the model and the schema stage read the view as the API input it is") {
  const Viewed v = view(plan(fullAfter()));
  REQUIRE(v.view);
  const TaskDefinition task = model(v);
  CHECK(task.family.is("web"));
  CHECK(task.cpu.is(256));
  CHECK(task.memory.is(512));
  CHECK(task.networkMode.is(NetworkMode::Awsvpc));
  CHECK(task.launchTypes.known());
  CHECK(task.osFamily.is(OsFamily::Linux));
  CHECK(task.executionRoleArn.is("arn:aws:iam::123456789012:role/exec"));
  CHECK(task.ephemeralStorageSize.is(30));
  REQUIRE(task.containers.size() == 1);
  CHECK(task.containers[0].name.is("web"));
  CHECK(task.containers[0].cpu.is(10));
  REQUIRE(task.containers[0].portMappings.size() == 1);
  CHECK(task.containers[0].portMappings[0].hostPort.is(8080));
  CHECK(v.bytes(v.document().node(task.containers[0].portMappings[0].hostPort.node).span) == "8080");
  REQUIRE(task.volumes.size() == 5);
  CHECK(task.volumes[0].hostSourcePath.is("/data"));
  REQUIRE(task.volumes[1].efsVolumeConfiguration);
  CHECK(task.volumes[1].efsVolumeConfiguration->fileSystemId.is("fs-0123"));
  CHECK(task.volumes[1].efsVolumeConfiguration->transitEncryptionPort.is(2999));
  REQUIRE(task.volumes[2].dockerVolumeConfiguration);
  CHECK(task.volumes[2].dockerVolumeConfiguration->autoprovision.is(true));
  REQUIRE(task.proxyConfiguration);
  CHECK(task.proxyConfiguration->containerName.is("envoy"));
  CHECK(task.volumes[4].configuredAtLaunch.is(true));
  const std::vector<SchemaFinding> findings = schemaFindings(v);
  CHECK_MESSAGE(findings.empty(), describe(findings));
}

TEST_CASE("terraform view: unset attributes are absent, as the provider leaves them out") {
  const Viewed v = view(plan(
      R"({"container_definitions":"[]","cpu":null,"enable_fault_injection":false,"ephemeral_storage":[],)"
      R"("execution_role_arn":"","family":"web","inference_accelerator":[],"ipc_mode":null,"memory":"",)"
      R"("network_mode":"","pid_mode":null,"placement_constraints":[],"proxy_configuration":[],)"
      R"("requires_compatibilities":[],"runtime_platform":[],"task_role_arn":null,"volume":[)"
      R"({"configure_at_launch":false,"docker_volume_configuration":[{"autoprovision":false,"driver":"",)"
      R"("driver_opts":{},"labels":null,"scope":"task"}],"efs_volume_configuration":[],)"
      R"("fsx_windows_file_server_volume_configuration":[],"host_path":"","name":"d"},)"
      R"({"efs_volume_configuration":[{"authorization_config":[],"file_system_id":"fs-1","root_directory":"",)"
      R"("transit_encryption":"","transit_encryption_port":0}],"name":"e"}]})"));
  REQUIRE(v.view);
  for (const char* member : {"/cpu",
                             "/enableFaultInjection",
                             "/ephemeralStorage",
                             "/executionRoleArn",
                             "/inferenceAccelerators",
                             "/ipcMode",
                             "/memory",
                             "/networkMode",
                             "/pidMode",
                             "/placementConstraints",
                             "/proxyConfiguration",
                             "/requiresCompatibilities",
                             "/runtimePlatform",
                             "/taskRoleArn",
                             "/volumes/0/host",
                             "/volumes/0/dockerVolumeConfiguration/autoprovision",
                             "/volumes/0/dockerVolumeConfiguration/driver",
                             "/volumes/0/dockerVolumeConfiguration/driverOpts",
                             "/volumes/0/dockerVolumeConfiguration/labels",
                             "/volumes/1/efsVolumeConfiguration/authorizationConfig",
                             "/volumes/1/efsVolumeConfiguration/rootDirectory",
                             "/volumes/1/efsVolumeConfiguration/transitEncryption",
                             "/volumes/1/efsVolumeConfiguration/transitEncryptionPort"}) {
    CHECK_MESSAGE(!v.has(member), member);
  }
  CHECK(v.value("/family") == "\"web\"");
  CHECK(v.value("/volumes/0/dockerVolumeConfiguration/scope") == "\"task\"");
  CHECK(v.value("/volumes/0/configuredAtLaunch") == "false");
  CHECK(v.value("/volumes/1/efsVolumeConfiguration/fileSystemId") == "\"fs-1\"");
  // Inside container_definitions everything is as written, empty lists included.
  CHECK(v.value("/containerDefinitions") == "[]");  // the brackets inside the string
  CHECK(v.document().kind(v.document().find("/containerDefinitions")) == NodeKind::Sequence);
  // A false autoprovision outside the task scope is sent.
  const Viewed shared = view(plan(
      R"({"family":"web","volume":[{"docker_volume_configuration":[{"autoprovision":false,"scope":"shared"}],"name":"d"}]})"));
  REQUIRE(shared.view);
  CHECK(shared.value("/volumes/0/dockerVolumeConfiguration/autoprovision") == "false");
}

TEST_CASE("terraform view: values known only after apply are unknown to the model and the schema") {
  const Viewed v = view(plan(
      R"({"container_definitions":null,"cpu":"256","ephemeral_storage":[{"size_in_gib":null}],)"
      R"("execution_role_arn":null,"family":"web","requires_compatibilities":["FARGATE",null],)"
      R"("network_mode":"awsvpc","volume":[{"docker_volume_configuration":[{"labels":{"a":null},"scope":"shared"}],)"
      R"("efs_volume_configuration":[{"file_system_id":null,"root_directory":"/"}],)"
      R"("fsx_windows_file_server_volume_configuration":null,"name":"v"}]})",
      R"({"arn":true,"container_definitions":true,"ephemeral_storage":[{"size_in_gib":true}],)"
      R"("execution_role_arn":true,"id":true,"requires_compatibilities":[false,true],"runtime_platform":true,)"
      R"("volume":[{"docker_volume_configuration":[{"labels":{"a":true}}],)"
      R"("efs_volume_configuration":[{"file_system_id":true}],"fsx_windows_file_server_volume_configuration":true}]})"));
  REQUIRE(v.view);
  const std::string_view unknown = "/resource_changes/0/change/after_unknown";
  const auto trueAt = [&](const std::string& path) { return v.planSpan(std::string(unknown) + path); };
  const auto spanOf = [&](std::string_view pointer) {
    return v.document().node(v.document().find(pointer)).span;
  };
  // A string, a number, a block, a whole container_definitions, an element, a map value: each the
  // placeholder, at the `true` that says so.
  // Named, not a structured binding: clang does not let INFO's lambda capture one.
  for (const auto& expected : std::vector<std::pair<std::string, std::string>>{
           {"/executionRoleArn", "/execution_role_arn"},
           {"/ephemeralStorage/sizeInGiB", "/ephemeral_storage/0/size_in_gib"},
           {"/runtimePlatform", "/runtime_platform"},
           {"/runtimePlatform/operatingSystemFamily", "/runtime_platform"},
           {"/runtimePlatform/cpuArchitecture", "/runtime_platform"},
           {"/containerDefinitions", "/container_definitions"},
           {"/requiresCompatibilities/1", "/requires_compatibilities/1"},
           {"/volumes/0/dockerVolumeConfiguration/labels/a",
            "/volume/0/docker_volume_configuration/0/labels/a"},
           {"/volumes/0/efsVolumeConfiguration/fileSystemId",
            "/volume/0/efs_volume_configuration/0/file_system_id"},
           // A block in a block: objects down to the attributes, all unknown.
           {"/volumes/0/fsxWindowsFileServerVolumeConfiguration",
            "/volume/0/fsx_windows_file_server_volume_configuration"},
           {"/volumes/0/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/domain",
            "/volume/0/fsx_windows_file_server_volume_configuration"},
           {"/volumes/0/fsxWindowsFileServerVolumeConfiguration/fileSystemId",
            "/volume/0/fsx_windows_file_server_volume_configuration"},
       }) {
    const std::string& pointer = expected.first;
    const std::string& path = expected.second;
    INFO(pointer);
    REQUIRE(v.has(pointer));
    if (v.document().isScalar(v.document().find(pointer))) CHECK(v.text(pointer) == kKnownAfterApply);
    CHECK(spanOf(pointer) == trueAt(path));
  }
  // The key is the attribute's in `after`, or in after_unknown when `after` does not have it.
  CHECK(v.key("/executionRoleArn") == "\"execution_role_arn\"");
  CHECK(v.document().node(v.document().find("/executionRoleArn")).keySpan ==
        v.plan->node(v.plan->find("/resource_changes/0/change/after/execution_role_arn")).keySpan);
  CHECK(v.key("/runtimePlatform") == "\"runtime_platform\"");
  CHECK(v.document().kind(v.document().find("/runtimePlatform")) == NodeKind::Mapping);
  CHECK(v.key("/runtimePlatform/cpuArchitecture") == "\"runtime_platform\"");
  CHECK(v.document().node(v.document().find("/runtimePlatform")).keySpan.begin ==
        v.plan->node(v.plan->find(std::string(unknown) + "/runtime_platform")).keySpan.begin);
  CHECK(!v.has("/arn"));
  CHECK(!v.has("/id"));

  const TaskDefinition task = model(v);
  CHECK(task.executionRoleArn.unknown());      // a string
  CHECK(task.ephemeralStorageSize.unknown());  // a number
  CHECK(task.osFamily.unknown());              // a block
  CHECK(task.cpuArchitecture.unknown());
  CHECK(task.family.is("web"));
  CHECK(task.containers.empty());  // containerDefinitions: unknown, so no name can be ruled out
  CHECK(task.containerDefinitionsNode != kNoNode);
  CHECK(!task.containerNamesComplete);
  CHECK(task.mayHaveContainer("anything"));
  REQUIRE(task.volumes.size() == 1);
  REQUIRE(task.volumes[0].efsVolumeConfiguration);
  CHECK(task.volumes[0].efsVolumeConfiguration->fileSystemId.unknown());
  CHECK(task.volumes[0].fsxWindowsFileServerVolumeConfigurationNode != kNoNode);
  const std::vector<SchemaFinding> findings = schemaFindings(v);
  CHECK_MESSAGE(findings.empty(), describe(findings));
}

TEST_CASE(
    "terraform view: the same attributes known draw the schema's findings, so unknown is not silence by "
    "accident") {
  const Viewed v =
      view(plan(R"({"container_definitions":"7","family":"web","ephemeral_storage":[{"size_in_gib":"x"}],)"
                R"("runtime_platform":[{"operating_system_family":"BEOS"}]})"));
  REQUIRE(v.view);
  const std::vector<SchemaFinding> findings = schemaFindings(v);
  CHECK_MESSAGE(findings.size() >= 3, describe(findings));
}

TEST_CASE("terraform view: sensitive values are recorded by their plan spans") {
  const Viewed v =
      view(plan(fullAfter(), "{}",
                R"({"container_definitions":true,"tags":{"team":true},"volume":[{},)"
                R"({"efs_volume_configuration":[{"file_system_id":true}]},{"docker_volume_configuration":)"
                R"([{"labels":{"x":true}}]}],"proxy_configuration":[{"properties":true}]})"));
  REQUIRE(v.view);
  const std::string_view after = "/resource_changes/0/change/after";
  std::vector<ByteRange> expected;
  for (const char* path :
       {"/container_definitions", "/volume/1/efs_volume_configuration/0/file_system_id",
        "/volume/2/docker_volume_configuration/0/labels/x", "/proxy_configuration/0/properties"}) {
    expected.push_back(v.planSpan(std::string(after) + path));
  }
  std::vector<ByteRange> recorded = v.view->sensitive;
  const auto byBegin = [](ByteRange a, ByteRange b) { return a.begin < b.begin; };
  std::sort(recorded.begin(), recorded.end(), byBegin);
  std::sort(expected.begin(), expected.end(), byBegin);
  CHECK(recorded == expected);
  // Sensitive values are known: they are linted.
  CHECK(v.value("/containerDefinitions/0/portMappings/0/hostPort") == "8080");
}

TEST_CASE("terraform view: a container_definitions that is not JSON is an error at the plan's character") {
  const Viewed v = view(plan(
      R"({"container_definitions":"[{\"name\":\"web\" \"image\":\"nginx\"}]","cpu":"256","family":"web"})"));
  REQUIRE(v.view);
  REQUIRE(v.view->containerError);
  const DocumentError& error = *v.view->containerError;
  CHECK(error.kind == DocumentError::Kind::Syntax);
  CHECK(error.data.id == "ECS001.json.expected-comma-in-object");
  CHECK(v.bytes(error.range) == R"(\")");
  CHECK(error.range.begin == v.source->bytes().find(R"(\"image)"));
  // The rest is translated; containerDefinitions is unknown (not missing) at the string.
  CHECK(v.text("/containerDefinitions") == kKnownAfterApply);
  CHECK(v.document().node(v.document().find("/containerDefinitions")).span ==
        v.planSpan("/resource_changes/0/change/after/container_definitions"));
  CHECK(v.key("/containerDefinitions") == "\"container_definitions\"");
  CHECK(v.value("/cpu") == "\"256\"");
  CHECK(v.document().nodeCount() == 4);
  const std::vector<SchemaFinding> findings = schemaFindings(v);
  CHECK_MESSAGE(findings.empty(), describe(findings));
}

TEST_CASE("terraform view: wrong types anywhere are left out, never a crash") {
  const std::vector<std::string> afters = {
      R"("a string")",
      "null",
      "[1, 2]",
      "42",
      R"({"family":7,"cpu":{"a":1},"container_definitions":12,"volume":{"name":"v"},"requires_compatibilities":"FARGATE"})",
      R"({"family":"web","ephemeral_storage":[1],"runtime_platform":{"cpu_architecture":"ARM64"},)"
      R"("proxy_configuration":[{"properties":["a"],"container_name":["x"]}],"placement_constraints":[null,"x",[]],)"
      R"("volume":["x",null,{"name":"a","host_path":7,"efs_volume_configuration":"fs"},)"
      R"({"name":"b","docker_volume_configuration":[{"labels":{"a":{"b":1},"c":[1],"d":null,"e":"f"}}]}]})",
  };
  const std::vector<std::string> counterparts = {
      "true",
      "[]",
      "\"x\"",
      "{}",
      R"({"volume":true,"family":[1]})",
      R"({"volume":[true,{"name":{"a":true}}],"ephemeral_storage":"x"})"};
  for (const std::string& after : afters) {
    for (const std::string& counterpart : counterparts) {
      INFO(after << " / " << counterpart);
      const Viewed v = view(plan(after, counterpart, counterpart));
      REQUIRE(v.view);
      CHECK(v.document().kind(Document::rootId()) == NodeKind::Mapping);
      (void)model(v);
      (void)schemaFindings(v);
    }
  }
  const Viewed odd = view(plan(afters[5]));
  REQUIRE(odd.view);
  CHECK(odd.value("/family") == "\"web\"");
  CHECK(!odd.has("/ephemeralStorage"));
  CHECK(!odd.has("/runtimePlatform"));
  CHECK(odd.has("/proxyConfiguration"));
  CHECK(!odd.has("/proxyConfiguration/properties"));
  CHECK(!odd.has("/proxyConfiguration/containerName"));
  CHECK(odd.value("/placementConstraints") == R"([null,"x",[]])");
  CHECK(!odd.has("/placementConstraints/0"));
  CHECK(odd.text("/volumes/0/name") == "a");
  CHECK(!odd.has("/volumes/0/host"));
  CHECK(!odd.has("/volumes/0/efsVolumeConfiguration"));
  CHECK(odd.text("/volumes/1/dockerVolumeConfiguration/labels/e") == "f");
  CHECK(odd.document().node(odd.document().find("/volumes/1/dockerVolumeConfiguration/labels")).subtreeSize ==
        2);
  const Viewed typed = view(plan(afters[4]));
  REQUIRE(typed.view);
  CHECK(typed.value("/family") == "7");  // a scalar is kept as it is: the schema judges its type
  CHECK(!typed.has("/cpu"));
  CHECK(!typed.has("/containerDefinitions"));
  CHECK(!typed.has("/volumes"));
  CHECK(!typed.has("/requiresCompatibilities"));
  // No `after` at all: an empty task definition.
  const SourceText empty("p.json", "{}");
  auto parsed = loadJson(empty);
  REQUIRE(parsed);
  auto nothing = buildTaskDefinitionView(*parsed, TerraformValues{});
  REQUIRE(nothing);
  CHECK(nothing->document.nodeCount() == 1);
}

TEST_CASE("terraform view: the value limit counts the view's nodes, container JSON included") {
  const std::string text =
      plan(R"({"container_definitions":"[1,2,3,4,5,6,7,8]","cpu":"256","family":"web"})");
  // The root, the container array and 1 to 4 are six; then the containers are dropped again.
  const Viewed inside = view(text, 6);
  REQUIRE(inside.view);
  REQUIRE(inside.view->containerError);
  CHECK(inside.view->containerError->kind == DocumentError::Kind::TooLarge);
  CHECK(inside.bytes(inside.view->containerError->range) == "5");
  CHECK(inside.document().nodeCount() == 4);
  CHECK(inside.text("/containerDefinitions") == kKnownAfterApply);
  const Viewed outside = view(text, 2);
  REQUIRE(!outside.view);
  CHECK(outside.view.error().kind == DocumentError::Kind::TooLarge);
  CHECK(view(text, 12).view->containerError == std::nullopt);
}

}  // namespace ecslint
