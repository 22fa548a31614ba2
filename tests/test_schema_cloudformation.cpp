// The schema stage on CloudFormation templates (Dialect::CloudFormation): an AWS::ECS::TaskDefinition's
// Properties checked against the API's schema through CloudFormation's spelling, with its scalar
// coercions and unknown intrinsic functions; YAML and JSON templates alike.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "json/json_loader.h"
#include "schema/cloudformation_differences.h"
#include "schema/schema_check.h"
#include "schema/schema_reference.h"
#include "schema/task_definition_schema.h"
#include "schema/violations.h"
#include "test_support.h"
#include "yaml/yaml_loader.h"

namespace ecslint::test {
namespace {

// A template read as ecslint reads it: JSON through loadJson, anything else as YAML.
std::optional<Document> readTemplate(const SourceText& source) {
  if (source.name().ends_with(".json")) {
    auto json = loadJson(source);
    if (!json) return std::nullopt;
    return *std::move(json);
  }
  auto loaded = loadYaml(source);
  if (!loaded) return std::nullopt;
  return *std::move(loaded);
}

std::vector<SchemaFinding> checkProperties(const Document& document, NodeId properties) {
  return checkSchema(document, properties, SchemaScope::Kind::TaskDefinition, Dialect::CloudFormation);
}

// A template and the schema findings of its resource `TaskDef`.
class Template {
 public:
  enum class Syntax { Yaml, Json };

  Template(Syntax syntax, std::string text)
      : source_(syntax == Syntax::Json ? "template.json" : "template.yaml", std::move(text)),
        document_(readTemplate(source_)) {
    REQUIRE_MESSAGE(document_.has_value(), source_.bytes());
    properties_ = document_->find("/Resources/TaskDef/Properties");
    REQUIRE(properties_ != kNoNode);
    findings_ = checkProperties(*document_, properties_);
  }

  const std::vector<SchemaFinding>& findings() const { return findings_; }

  // "ECS003 /Resources/TaskDef/Properties/...: message" per finding.
  std::string listed() const {
    std::string text;
    for (const SchemaFinding& finding : findings_) {
      text += "\n  " + std::string(finding.rule) + " " + document_->pointer(finding.target.node) + ": " +
              finding.message + (finding.replacement.empty() ? "" : " [fix: " + finding.replacement + "]");
    }
    return text;
  }

  std::string_view keyAt(const SchemaFinding& finding) const {
    return document_->keyName(finding.target.node);
  }
  std::string pointerOf(const SchemaFinding& finding) const {
    return document_->pointer(finding.target.node);
  }

 private:
  SourceText source_;
  std::optional<Document> document_;
  NodeId properties_ = kNoNode;
  std::vector<SchemaFinding> findings_;
};

using Syntax = Template::Syntax;

std::string yamlTask(const std::string& properties) {
  return "AWSTemplateFormatVersion: '2010-09-09'\n"
         "Parameters:\n  CpuParam: {Type: Number, Default: 256}\n"
         "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n" +
         properties;
}

// A valid task definition in block style; tests replace one line.
const std::string kValidYaml = R"(      Family: web
      Cpu: 256
      Memory: "512"
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.25
          Essential: "true"
          Cpu: "256"
          Memory: 512
          PortMappings:
            - ContainerPort: 80
              HostPort: "80"
              Protocol: tcp
          DockerLabels:
            com.example.team: web
            lowercase-key: "1"
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: /ecs/web
              awslogs-region: eu-west-1
              awslogs-stream-prefix: web
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: fs-12345678
            TransitEncryption: ENABLED
            AuthorizationConfig:
              IAM: ENABLED
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}

TEST_CASE("schema, CloudFormation: a valid template draws nothing, with coerced scalars and free-form maps") {
  const Template yaml(Syntax::Yaml, yamlTask(kValidYaml));
  CHECK_MESSAGE(yaml.findings().empty(), yaml.listed());
  const Template json(Syntax::Json,
                      R"({"Resources": {"TaskDef": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
      "Cpu": 256, "Memory": "512", "NetworkMode": "awsvpc",
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Essential": "false", "Memory": "512",
        "PortMappings": [{"ContainerPort": "8080", "HostPort": 8080}],
        "Environment": [{"Name": "PORT", "Value": 8080}, {"Name": "DEBUG", "Value": true}]}],
      "ProxyConfiguration": {"Type": "APPMESH", "ContainerName": "web",
        "ProxyConfigurationProperties": [{"Name": "IgnoredUID", "Value": "1337"}]}}}}})");
  CHECK_MESSAGE(json.findings().empty(), json.listed());
}

TEST_CASE("schema, CloudFormation: a misspelt key is ECS003 in CloudFormation's spelling, with a rename") {
  // Not structured bindings: clang before 16 cannot capture one in doctest's INFO lambda.
  for (const auto& entry : std::vector<std::pair<std::string, std::string>>{
           {"Hostport", "HostPort"}, {"hostPort", "HostPort"}, {"HostPrt", "HostPort"}}) {
    const std::string& key = entry.first;
    const std::string& meant = entry.second;
    INFO(key);
    const Template yaml(Syntax::Yaml, yamlTask(replaced(kValidYaml, "HostPort: \"80\"", key + ": 80")));
    REQUIRE_MESSAGE(yaml.findings().size() == 1, yaml.listed());
    const SchemaFinding& finding = yaml.findings().front();
    CHECK(finding.rule == "ECS003");
    CHECK(finding.target.anchor == Anchor::Key);
    CHECK(yaml.keyAt(finding) == key);
    CHECK(finding.message.find("did you mean '" + meant + "'?") != std::string::npos);
    CHECK(finding.message.find("Encountered unsupported property " + key) != std::string::npos);
    CHECK(finding.message.find("AWS CLI") == std::string::npos);
    CHECK(finding.replacement == meant);
  }
  const Template json(Syntax::Json,
                      R"({"Resources": {"TaskDef": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
      "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "PortMappings": [{"ContainerPort": 80, "Hostport": 80}]}]}}}})");
  REQUIRE_MESSAGE(json.findings().size() == 1, json.listed());
  CHECK(json.findings().front().replacement == "HostPort");
  CHECK(json.pointerOf(json.findings().front()) ==
        "/Resources/TaskDef/Properties/ContainerDefinitions/0/PortMappings/0/Hostport");
}

TEST_CASE(
    "schema, CloudFormation: the API's spelling is not the template's, and an acronym is spelt as "
    "CloudFormation spells it") {
  // `image` is the API's name: in a template it is unknown, and Image is not reported missing too.
  const Template image(Syntax::Yaml,
                       yamlTask(replaced(kValidYaml, "Image: nginx:1.25", "image: nginx:1.25")));
  REQUIRE_MESSAGE(image.findings().size() == 1, image.listed());
  CHECK(image.findings().front().rule == "ECS003");
  CHECK(image.findings().front().replacement == "Image");
  // CloudFormation writes FilesystemId with a lower-case s; FileSystemId is unknown there.
  const Template efs(Syntax::Yaml, yamlTask(replaced(kValidYaml, "FilesystemId:", "FileSystemId:")));
  REQUIRE_MESSAGE(efs.findings().size() == 1, efs.listed());
  CHECK(efs.findings().front().message.find("did you mean 'FilesystemId'?") != std::string::npos);
  CHECK(efs.findings().front().replacement == "FilesystemId");
  const Template efsName(
      Syntax::Yaml, yamlTask(replaced(kValidYaml, "EFSVolumeConfiguration:", "EfsVolumeConfiguration:")));
  REQUIRE_MESSAGE(efsName.findings().size() == 1, efsName.listed());
  CHECK(efsName.findings().front().replacement == "EFSVolumeConfiguration");
}

TEST_CASE("schema, CloudFormation: describe-only members are not properties of the resource") {
  const Template yaml(Syntax::Yaml, yamlTask(kValidYaml + "      Revision: 3\n      Status: ACTIVE\n"));
  REQUIRE_MESSAGE(yaml.findings().size() == 2, yaml.listed());
  for (const SchemaFinding& finding : yaml.findings()) CHECK(finding.rule == "ECS003");
  CHECK(yaml.keyAt(yaml.findings()[0]) == "Revision");
  CHECK(yaml.keyAt(yaml.findings()[1]) == "Status");
}

TEST_CASE("schema, CloudFormation: an enum value that is not accepted is ECS005, with the case fix") {
  const Template wrong(Syntax::Yaml,
                       yamlTask(replaced(kValidYaml, "NetworkMode: awsvpc", "NetworkMode: awsvpcc")));
  REQUIRE_MESSAGE(wrong.findings().size() == 1, wrong.listed());
  CHECK(wrong.findings().front().rule == "ECS005");
  CHECK(wrong.findings().front().message.find("task-level 'NetworkMode'") != std::string::npos);
  CHECK(wrong.findings().front().replacement.empty());
  const Template cased(Syntax::Yaml,
                       yamlTask(replaced(kValidYaml, "NetworkMode: awsvpc", "NetworkMode: AWSVPC")));
  REQUIRE_MESSAGE(cased.findings().size() == 1, cased.listed());
  CHECK(cased.findings().front().rule == "ECS005");
  CHECK(cased.findings().front().replacement == "awsvpc");
}

TEST_CASE(
    "schema, CloudFormation: coerced values are still judged, and what cannot be coerced is a wrong type") {
  const Template range(Syntax::Yaml,
                       yamlTask(replaced(kValidYaml, "HostPort: \"80\"", "HostPort: \"70000\"")));
  REQUIRE_MESSAGE(range.findings().size() == 1, range.listed());
  CHECK(range.findings().front().rule == "ECS007");
  const Template boolean(Syntax::Yaml,
                         yamlTask(replaced(kValidYaml, "Essential: \"true\"", "Essential: maybe")));
  REQUIRE_MESSAGE(boolean.findings().size() == 1, boolean.listed());
  CHECK(boolean.findings().front().rule == "ECS004");
  CHECK(boolean.findings().front().message.find("AWS CLI") == std::string::npos);
  const Template integer(Syntax::Yaml, yamlTask(replaced(kValidYaml, "Memory: 512", "Memory: lots")));
  REQUIRE_MESSAGE(integer.findings().size() == 1, integer.listed());
  CHECK(integer.findings().front().rule == "ECS004");
  const Template list(Syntax::Yaml, yamlTask(replaced(kValidYaml, "RequiresCompatibilities: [FARGATE]",
                                                      "RequiresCompatibilities: {FARGATE: 1}")));
  REQUIRE_MESSAGE(list.findings().size() == 1, list.listed());
  CHECK(list.findings().front().rule == "ECS004");
  // Forms whose reading is not certain are unknown, never wrong.
  for (const char* loose : {"HostPort: 80.0", "HostPort: \" 80\"", "HostPort: \"8_0\"", "HostPort: 0x50"}) {
    const Template unknown(Syntax::Yaml, yamlTask(replaced(kValidYaml, "HostPort: \"80\"", loose)));
    CHECK_MESSAGE(unknown.findings().empty(), loose << unknown.listed());
  }
}

TEST_CASE(
    "schema, CloudFormation: intrinsic functions and aliases are unknown anywhere, and AWS::NoValue is "
    "absent") {
  const std::string properties = R"(      Family: !Sub "${AWS::StackName}-web"
      Cpu: !Ref CpuParam
      Memory: {"Fn::If": [IsBig, "2048", "512"]}
      NetworkMode: !If [UseAwsvpc, awsvpc, bridge]
      ExecutionRoleArn: !GetAtt ExecutionRole.Arn
      TaskRoleArn: {"Fn::GetAtt": [TaskRole, Arn]}
      RequiresCompatibilities: !Split [",", !Ref Compatibilities]
      PidMode: !Ref AWS::NoValue
      ContainerDefinitions:
        - Name: !Ref ContainerName
          Image: !Join ["", [!Ref "AWS::AccountId", ".dkr.ecr.", !Ref "AWS::Region", ".amazonaws.com/web:1"]]
          Essential: !If [IsSidecar, false, true]
          Memory: !FindInMap [Sizes, !Ref Env, Memory]
          PortMappings:
            - !If [HasPort, {ContainerPort: 80}, !Ref "AWS::NoValue"]
            - ContainerPort: !Ref Port
              HostPort: &port 8080
            - ContainerPort: *port
          Environment: !If [IsProd, [{Name: A, Value: b}], !Ref "AWS::NoValue"]
          Secrets:
            - Name: TOKEN
              ValueFrom: {"Fn::ImportValue": TokenArn}
          LogConfiguration:
            LogDriver: awslogs
            Options: {"Fn::If": [IsProd, {awslogs-group: a}, {awslogs-group: b}]}
        - !If [HasSidecar, {Name: sidecar, Image: envoy, Bogus: 1}, !Ref "AWS::NoValue"]
        - Name: other
          Image: nginx
          HealthCheck: !Ref AWS::NoValue
          Command: !Split [" ", !Sub "run ${Mode}"]
)";
  const Template yaml(Syntax::Yaml, yamlTask(properties));
  CHECK_MESSAGE(yaml.findings().empty(), yaml.listed());
  // Unknown is not a loophole: the member beside an intrinsic is still checked.
  const Template beside(Syntax::Yaml, yamlTask(replaced(properties, "Image: nginx",
                                                        "Image: nginx\n          Essentail: true")));
  REQUIRE_MESSAGE(beside.findings().size() == 1, beside.listed());
  CHECK(beside.findings().front().replacement == "Essential");
  // A required member removed by AWS::NoValue is missing.
  const Template noImage(Syntax::Yaml,
                         yamlTask(replaced(properties, "Image: nginx", "Image: !Ref AWS::NoValue")));
  REQUIRE_MESSAGE(noImage.findings().size() == 1, noImage.listed());
  CHECK(noImage.findings().front().rule == "ECS006");
  CHECK(noImage.findings().front().message.find("has no 'Image'") != std::string::npos);
}

TEST_CASE("schema, CloudFormation: a missing required member is named as CloudFormation spells it") {
  const Template noImage(Syntax::Yaml, yamlTask(replaced(kValidYaml, "          Image: nginx:1.25\n", "")));
  REQUIRE_MESSAGE(noImage.findings().size() == 1, noImage.listed());
  CHECK(noImage.findings().front().rule == "ECS006");
  CHECK(noImage.findings().front().message.find("container 'web' has no 'Image', which is required") == 0);
  CHECK(noImage.pointerOf(noImage.findings().front()) ==
        "/Resources/TaskDef/Properties/ContainerDefinitions/0/Name");
  const Template noName(
      Syntax::Yaml,
      yamlTask(replaced(kValidYaml, "        - Name: web\n          Image:", "        - Image:")));
  REQUIRE_MESSAGE(noName.findings().size() == 1, noName.listed());
  CHECK(noName.findings().front().message.find("has no 'Name', which is required") != std::string::npos);
  // CloudFormation names the family itself; ContainerPort is required in a port mapping.
  const Template noFamily(Syntax::Yaml, yamlTask(replaced(kValidYaml, "      Family: web\n", "")));
  CHECK_MESSAGE(noFamily.findings().empty(), noFamily.listed());
  const Template noPort(
      Syntax::Yaml, yamlTask(replaced(kValidYaml, "            - ContainerPort: 80\n              HostPort",
                                      "            - HostPort")));
  REQUIRE_MESSAGE(noPort.findings().size() == 1, noPort.listed());
  CHECK(noPort.findings().front().message.find("has no 'ContainerPort'") != std::string::npos);
}

TEST_CASE("schema, CloudFormation: of a repeated key only the last is read (the repeat is ECS002's)") {
  // As in a real template: an empty `Command:` left above the one that is filled in.
  const Template yaml(
      Syntax::Yaml, yamlTask(replaced(kValidYaml, "          Essential:",
                                      "          Command:\n          Command: [run]\n          Essential:")));
  CHECK_MESSAGE(yaml.findings().empty(), yaml.listed());
  const Template wrongLast(
      Syntax::Yaml,
      yamlTask(replaced(kValidYaml, "          Essential:",
                        "          Command: [run]\n          Command: run\n          Essential:")));
  REQUIRE_MESSAGE(wrongLast.findings().size() == 1, wrongLast.listed());
  CHECK(wrongLast.findings().front().rule == "ECS004");
  CHECK(wrongLast.findings().front().message.find(
            "must be an array of strings such as [\"run\"], not a single string") != std::string::npos);
}

// The fast check decides whether valijson runs; in a template valijson judges a copy as the API's
// JSON (CloudFormation's names, coerced scalars, unknown values left for the explanation to skip).
// Where the fast check says a value fails, valijson on that copy must say why, or the findings
// would be lost silently: every scalar of a template replaced by every kind of value.
TEST_CASE("schema, CloudFormation: where the fast check fails a template, valijson finds the violations") {
  const std::string valid = yamlTask(kValidYaml);
  const SourceText source("template.yaml", valid);
  const std::optional<Document> document = readTemplate(source);
  REQUIRE(document.has_value());
  std::vector<ByteRange> scalars;
  const NodeId properties = document->find("/Resources/TaskDef/Properties");
  for (NodeId node = properties; node < properties + document->node(properties).subtreeSize; ++node) {
    if (document->isScalar(node)) scalars.push_back(document->node(node).span);
  }
  const char* const substitutes[] = {"x",   "\"70000\"", "-1",     "1.5",        "\"true\"", "TRUE", "[]",
                                     "[x]", "{}",        "{a: 1}", "!Ref Thing", "null",     "\"\"", "0x10"};
  int failing = 0;
  for (const ByteRange span : scalars) {
    for (const char* substitute : substitutes) {
      std::string text = valid;
      text.replace(span.begin, span.end - span.begin, substitute);
      const SourceText mutated("template.yaml", text);
      const std::optional<Document> edited = readTemplate(mutated);
      if (!edited) continue;
      const NodeId root = edited->find("/Resources/TaskDef/Properties");
      REQUIRE(root != kNoNode);
      const TaskDefinitionSchema& schema = TaskDefinitionSchema::instance();
      const bool conforms = schema.conformance().conforms(
          *edited, root, schema.conformanceIndex(SchemaScope::Kind::TaskDefinition), Dialect::CloudFormation);
      if (conforms) continue;
      ++failing;
      const SchemaScope scope(*edited, root, SchemaScope::Kind::TaskDefinition, Dialect::CloudFormation);
      CHECK_MESSAGE(!findViolations(scope).empty(), text.substr(span.begin > 30 ? span.begin - 30 : 0, 60)
                                                        << " -> " << substitute);
    }
  }
  CHECK(failing > 100);
}

TEST_CASE("schema, CloudFormation: every task definition of the real templates, and what they draw") {
  if (!needShared("corpus/real/cloudformation")) return;
  namespace fs = std::filesystem;
  std::set<std::string> drawn;  // "file rule pointer"
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(sharedDir() / "corpus/real/cloudformation")) {
    const SourceText source(entry.path().filename().string(), readFile(entry.path()));
    const std::optional<Document> document = readTemplate(source);
    const NodeId resources = document ? document->member(Document::rootId(), "Resources") : kNoNode;
    if (resources == kNoNode || document->kind(resources) != NodeKind::Mapping) continue;
    for (NodeId resource = document->firstChild(resources); resource != kNoNode;
         resource = document->nextSibling(resource)) {
      const NodeId type = document->member(resource, "Type");
      const NodeId properties = document->member(resource, "Properties");
      if (type == kNoNode || document->text(type) != "AWS::ECS::TaskDefinition" || properties == kNoNode)
        continue;
      ++checked;
      for (const SchemaFinding& finding : checkProperties(*document, properties)) {
        drawn.insert(source.name().substr(0, 4) + " " + std::string(finding.rule) + " " +
                     document->pointer(finding.target.node));
      }
    }
  }
  CHECK(checked >= 70);
  // Each one reviewed: a task-level property written inside a container (CloudFormation rejects
  // it), and a protocol in capitals (ECS's values are case-sensitive).
  const std::set<std::string> expected = {
      "0012 ECS003 /Resources/TaskDefinition/Properties/ContainerDefinitions/0/TaskRoleArn",
      "0013 ECS003 /Resources/TaskDefinition/Properties/ContainerDefinitions/0/TaskRoleArn",
      "0047 ECS005 /Resources/TaskDefinition/Properties/ContainerDefinitions/0/PortMappings/0/Protocol",
  };
  CHECK(drawn == expected);
}

// --- The differences table against CloudFormation's resource schema ---------------------------

struct Comparison {
  std::set<std::string> apiOnly;  // canonical paths of API members the resource lacks
  std::set<std::string> cloudFormationOnly;
  std::set<std::string> requiredByApiOnly;
};

class SchemaWalk {
 public:
  explicit SchemaWalk(const rapidjson::Value& cloudFormation) : references_(cloudFormation) {}

  void walk(const rapidjson::Value& cfnNode, const SchemaNode& api, const std::string& path,
            Comparison& out) {
    const rapidjson::Value* cfn = references_.follow(cfnNode);
    REQUIRE(cfn != nullptr);
    if (api.type() == "array") {
      if (cfn->HasMember("items")) walk((*cfn)["items"], api.items(), path + "[]", out);
      return;
    }
    if (!cfn->HasMember("properties") || api.isMap()) return;
    const rapidjson::Value& properties = (*cfn)["properties"];
    std::set<std::string> matched;
    for (const std::string_view name : api.propertyNames()) {
      const std::string canonical = path.empty() ? std::string(name) : path + "." + std::string(name);
      const std::string spelt = spellKey(Dialect::CloudFormation, canonical);
      if (!properties.HasMember(spelt.c_str())) {
        out.apiOnly.insert(canonical);
        continue;
      }
      matched.insert(spelt);
      if (api.isRequired(name) && !isRequired(*cfn, spelt)) out.requiredByApiOnly.insert(canonical);
      walk(properties[spelt.c_str()], api.property(name), canonical, out);
    }
    for (const auto& property : properties.GetObject()) {
      if (!matched.contains(property.name.GetString())) {
        out.cloudFormationOnly.insert(path + (path.empty() ? "" : ".") + property.name.GetString());
      }
    }
  }

 private:
  static bool isRequired(const rapidjson::Value& schema, const std::string& name) {
    if (!schema.HasMember("required")) return false;
    for (const auto& entry : schema["required"].GetArray()) {
      if (name == entry.GetString()) return true;
    }
    return false;
  }

  SchemaReferences references_;
};

TEST_CASE("schema, CloudFormation: the differences table matches the resource's registry schema") {
  if (!needShared("reference/cloudformation/aws-ecs-taskdefinition.json")) return;
  const std::string text = readFile(sharedDir() / "reference/cloudformation/aws-ecs-taskdefinition.json");
  rapidjson::Document cloudFormation;
  cloudFormation.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(cloudFormation.HasParseError());
  Comparison found;
  SchemaWalk(cloudFormation)
      .walk(cloudFormation, TaskDefinitionSchema::instance().taskDefinitionNode(), "", found);

  std::set<std::string> notAProperty, notRequired;
  for (const CloudFormationDifference& difference : cloudFormationDifferences()) {
    (difference.kind == CloudFormationDifference::Kind::NotAProperty ? notAProperty : notRequired)
        .insert(std::string(difference.canonicalPath));
  }
  // Every API member the resource lacks is in the table, and nothing else is.
  CHECK(found.apiOnly == notAProperty);
  // The resource has no property the API lacks (a new one needs a row and its handling here).
  CHECK(found.cloudFormationOnly.empty());
  // Each member the table lets a template leave out is required by the API and not by the resource.
  for (const std::string& path : notRequired) CHECK_MESSAGE(found.requiredByApiOnly.contains(path), path);
  // The rest of the required members the resource's schema leaves out stay required (see the
  // table's comment): this list changing is a reason to look again.
  CHECK(found.requiredByApiOnly.size() == 18);
}

}  // namespace
}  // namespace ecslint::test
