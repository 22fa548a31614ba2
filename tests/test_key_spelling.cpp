#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <set>
#include <string>

#include "model/key_spelling.h"
#include "test_support.h"

namespace ecslint {
namespace {

// Every property path of a JSON Schema, `[]` marking array items: `volumes[].host.sourcePath`.
void collectPaths(const rapidjson::Value& root, const rapidjson::Value& node, const std::string& prefix,
                  std::set<std::string>& out, int depth = 0) {
  if (depth > 24 || !node.IsObject()) return;
  if (node.HasMember("$ref")) {
    std::string ref = node["$ref"].GetString();
    const rapidjson::Value* target = &root;
    for (std::size_t at = 2; at < ref.size();) {  // "#/definitions/X"
      const std::size_t slash = ref.find('/', at);
      const std::string part = ref.substr(at, slash - at);
      target = &(*target)[part.c_str()];
      at = slash == std::string::npos ? ref.size() : slash + 1;
    }
    collectPaths(root, *target, prefix, out, depth + 1);
    return;
  }
  if (node.HasMember("properties")) {
    for (const auto& member : node["properties"].GetObject()) {
      const std::string path =
          prefix.empty() ? member.name.GetString() : prefix + "." + member.name.GetString();
      out.insert(path);
      collectPaths(root, member.value, path, out, depth + 1);
    }
  }
  if (node.HasMember("items")) collectPaths(root, node["items"], prefix + "[]", out, depth + 1);
}

std::set<std::string> schemaPaths(const std::filesystem::path& file) {
  const std::string text = test::readFile(file);
  rapidjson::Document schema;
  schema.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(schema.HasParseError());
  std::set<std::string> paths;
  collectPaths(schema, schema, "", paths);
  return paths;
}

// A canonical path in CloudFormation's spelling, segment by segment.
std::string cloudFormationPath(const std::string& canonical) {
  std::string result;
  std::size_t at = 0;
  while (at <= canonical.size()) {
    const std::size_t dot = canonical.find('.', at);
    const std::size_t end = dot == std::string::npos ? canonical.size() : dot;
    std::string prefix = canonical.substr(0, end);
    const bool array = prefix.ends_with("[]");
    if (array) prefix.resize(prefix.size() - 2);
    if (!result.empty()) result += '.';
    result += spellKey(Dialect::CloudFormation, prefix);
    if (array) result += "[]";
    at = end + 1;
  }
  return result;
}

}  // namespace

TEST_CASE("key spelling: CloudFormation upper-cases the first letter, except for six names") {
  CHECK(spellKey(Dialect::CloudFormation, "containerDefinitions[].portMappings[].hostPort") == "HostPort");
  CHECK(spellKey(Dialect::CloudFormation, "executionRoleArn") == "ExecutionRoleArn");
  CHECK(spellKey(Dialect::CloudFormation, "volumes[].efsVolumeConfiguration.fileSystemId") == "FilesystemId");
  CHECK(spellKey(Dialect::CloudFormation, "volumes[].fsxWindowsFileServerVolumeConfiguration.fileSystemId") ==
        "FileSystemId");
  CHECK(spellKey(Dialect::CloudFormation, "proxyConfiguration.properties") == "ProxyConfigurationProperties");
  CHECK(spellKey(Dialect::EcsApi, "volumes[].efsVolumeConfiguration.fileSystemId") == "fileSystemId");

  CHECK(canonicalKey(Dialect::CloudFormation, "volumes[].efsVolumeConfiguration", "FilesystemId") ==
        "fileSystemId");
  CHECK(canonicalKey(Dialect::CloudFormation, "volumes[]", "EFSVolumeConfiguration") ==
        "efsVolumeConfiguration");
  CHECK(canonicalKey(Dialect::CloudFormation, "volumes[].efsVolumeConfiguration.authorizationConfig",
                     "IAM") == "iam");
  CHECK(canonicalKey(Dialect::CloudFormation, "", "NetworkMode") == "networkMode");
  // An exception applies only where it is one: IAM elsewhere is just a name.
  CHECK(canonicalKey(Dialect::CloudFormation, "", "IAM") == "iAM");
  CHECK(canonicalKey(Dialect::EcsApi, "", "NetworkMode") == "NetworkMode");
}

TEST_CASE("key spelling: every API member has CloudFormation's name for it, and back") {
  const std::filesystem::path cfn =
      test::sharedDir() / "reference" / "cloudformation" / "aws-ecs-taskdefinition.json";
  if (!test::needShared("reference/cloudformation/aws-ecs-taskdefinition.json")) return;
  const std::set<std::string> cloudFormation = schemaPaths(cfn);
  const std::set<std::string> api =
      schemaPaths(test::sourceDir() / "schemas" / "task-definition.schema.json");
  // What describe-task-definition adds (ECS009) has no place in a template; the ARN is CloudFormation's
  // read-only output.
  const std::set<std::string> describeOnly{"revision",        "status",           "requiresAttributes",
                                           "compatibilities", "registeredAt",     "registeredBy",
                                           "deregisteredAt",  "deleteRequestedAt"};
  std::set<std::string> spelt;
  for (const std::string& path : api) {
    if (describeOnly.count(path.substr(0, path.find_first_of(".["))) != 0) continue;
    spelt.insert(cloudFormationPath(path));
    CHECK_MESSAGE(cloudFormation.count(cloudFormationPath(path)) == 1, path, " -> ",
                  cloudFormationPath(path));
  }
  for (const std::string& path : cloudFormation) {
    if (path == "TaskDefinitionArn") continue;
    CHECK_MESSAGE(spelt.count(path) == 1, "CloudFormation has ", path, " and the API schema does not");
  }
}

}  // namespace ecslint

namespace ecslint {

TEST_CASE("key spelling: a template's messages name members as CloudFormation writes them") {
  const std::vector<std::string_view> names = {"containerPort",    "healthCheck", "hostPort",   "interval",
                                               "logConfiguration", "memory",      "networkMode"};
  const auto respelt = [&](std::string_view message) {
    return respellMemberNames(message, Dialect::CloudFormation, names);
  };
  CHECK(respelt("hostPort 80 differs from containerPort 8080") ==
        "HostPort 80 differs from ContainerPort 8080");
  // Single words read as English and stay, unless they continue a member's path.
  CHECK(respelt("memory 4 GB; healthCheck.interval is 5") == "memory 4 GB; HealthCheck.Interval is 5");
  // AWS's own words are quoted and stay as AWS writes them, for searching.
  CHECK(respelt(R"(no logConfiguration: AWS says "When networkMode=awsvpc, ports must match")") ==
        R"(no LogConfiguration: AWS says "When networkMode=awsvpc, ports must match")");
  // Not member names, or in the API's own dialect: unchanged.
  CHECK(respelt("image 'myRepo/webApp:1'") == "image 'myRepo/webApp:1'");
  CHECK(respellMemberNames("hostPort", Dialect::EcsApi, names) == "hostPort");
}

TEST_CASE("key spelling: a plan's messages name task-level attributes as Terraform writes them") {
  CHECK(
      respellForTerraform("the task has no executionRoleArn, and its taskRoleArn names an execution role") ==
      "the task has no execution_role_arn, and its task_role_arn names an execution role");
  CHECK(respellForTerraform("ephemeralStorage.sizeInGiB is 10; networkMode awsvpc") ==
        "ephemeral_storage.size_in_gib is 10; network_mode awsvpc");
  // Inside container_definitions the names are the API's own; AWS's quoted words stay as written.
  CHECK(respellForTerraform("container 'web': hostPort 8080 differs from containerPort 80") ==
        "container 'web': hostPort 8080 differs from containerPort 80");
  CHECK(respellForTerraform(R"(ECS says "executionRoleArn is required")") ==
        R"(ECS says "executionRoleArn is required")");
  // Whole words only; dependsOn's containerName is not a proxy configuration's.
  CHECK(respellForTerraform("networkModes dependsOn.containerName") ==
        "networkModes dependsOn.containerName");
  CHECK(respellForTerraform("") == "");
}

}  // namespace ecslint
