// Peer conformance: cfn-lint's own unit-test cases for its ECS rules E3042, E3046, E3047, E3048
// and E3053 (../shared/peer-fixtures/cfn-lint/extracted/unit-rule-cases.json, when present),
// converted from CloudFormation to the ECS API and linted. Every case names the ecslint rules it
// maps to; the verdicts (an error from those rules, or none) must agree with cfn-lint's expected
// findings, and every case where ecslint answers differently says why, with the AWS
// documentation that decides it. A case added to the file without a row here fails the test.
// The same cases are linted a second time as CloudFormation templates, as cfn-lint reads them
// (intrinsic functions evaluated by ecslint, not replaced), and must draw the same verdicts.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <memory>
#include <set>

#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// What cfn-lint rule checks, and which ecslint rules say the same things.
struct PeerRule {
  const char* cfnRule;
  const char* file;  // key in unit-rule-cases.json "files"
  std::set<std::string> family;
};

const PeerRule kRules[] = {
    {"E3042", "test/unit/rules/resources/ecs/test_task_definition_essentials.py", {"ECS502", "ECS006"}},
    {"E3046", "test/unit/rules/resources/ecs/test_task_definition_log_configuration.py", {"ECS302"}},
    {"E3047", "test/unit/rules/resources/ecs/test_ecs_fargate_cpu_memory.py", {"ECS401", "ECS403"}},
    {"E3048",
     "test/unit/rules/resources/ecs/test_ecs_task_fargate_properties.py",
     {"ECS004", "ECS103", "ECS303", "ECS401", "ECS402", "ECS601"}},
    {"E3053", "test/unit/rules/resources/ecs/test_task_definition_aws_vpc.py", {"ECS101"}},
};

struct PeerCase {
  const char* cfnRule;
  int index;                        // position in cfn-lint's parametrized list
  std::vector<std::string> errors;  // ecslint errors expected among the rule's family
  const char* note = nullptr;       // why ecslint's answer differs from cfn-lint's, with the AWS doc
};

// Where ecslint reports something cfn-lint does not (or the reverse), `note` explains it.
const PeerCase kCases[] = {
    // E3042: at least one essential container. ecslint: ECS502 (rules-b), ECS006 for an empty list.
    {"E3042", 0, {}},
    {"E3042", 1, {}},
    {"E3042", 2, {}},  // ContainerDefinitions is an object: a wrong type (ECS004), not a missing essential
    {"E3042", 3, {}},  // Essential is a Ref: unknown, so not "every container non-essential"
    {"E3042", 4, {}},
    {"E3042", 5, {}},
    {"E3042", 6, {}},
    {"E3042", 7, {"ECS502"}},
    {"E3042", 8, {"ECS502"}},
    {"E3042",
     9,
     {"ECS006"},
     "same verdict, another rule: an empty container list is ECS006 (missing-required). The "
     "RegisterTaskDefinition API requires containerDefinitions (\"Container list cannot be empty.\"): "
     "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"},
    // E3046: awslogs needs Options. ecslint: ECS302 (errors for awslogs-group / awslogs-region).
    {"E3046",
     0,
     {},
     "same verdict (no error); ecslint adds an ECS302 warning for the missing awslogs-stream-prefix, "
     "which AWS documents as \"Required: Yes, when using Fargate. Optional when using EC2\" and needed "
     "for the console's log pane: "
     "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html"},
    {"E3046", 1, {}, "as case 0; the Region is a Ref, unknown to ecslint"},
    {"E3046", 2, {}},  // LogConfiguration is a list: a wrong type (ECS004)
    {"E3046", 3, {"ECS302"}},
    // E3047: Fargate cpu/memory pairs. ecslint: ECS401 (ECS403 for sizes it cannot read).
    {"E3047", 0, {}},
    {"E3047", 1, {}},
    {"E3047", 2, {}},
    {"E3047", 3, {}},
    {"E3047", 4, {}},
    {"E3047", 5, {}},
    {"E3047", 6, {}},
    {"E3047", 7, {}},
    {"E3047", 8, {}},  // "16     vCpU": ECS reads vCPU strings case-insensitively with any spacing
    {"E3047", 9, {"ECS401"}},
    {"E3047", 10, {"ECS401"}},
    {"E3047", 11, {"ECS401"}},
    {"E3047", 12, {"ECS401"}},
    // E3048: Fargate task properties. ecslint: ECS402 (task size missing), ECS401 (cpu not a Fargate
    // size), ECS103 (networkMode), ECS303 (log driver), ECS601 (unsupported parameter).
    {"E3048", 0, {}},
    {"E3048", 1, {}},
    {"E3048", 2, {"ECS402"}},
    {"E3048", 3, {"ECS402"}},
    {"E3048",
     4,
     {"ECS004"},
     "same verdict, another rule: PlacementConstraints is the string \"foo\", which the API rejects "
     "as the wrong type (a list of TaskDefinitionPlacementConstraint) before Fargate support matters; "
     "ECS601 judges a well-typed list: "
     "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html"},
    {"E3048", 5, {}},
    {"E3048", 6, {"ECS401"}},
    {"E3048", 7, {}},
    {"E3048", 8, {"ECS103"}},
    {"E3048", 9, {}},
    {"E3048", 10, {}},
    {"E3048", 11, {"ECS303"}},
    // E3053: awsvpc host ports. ecslint: ECS101.
    {"E3053", 0, {}},
    {"E3053", 1, {}},
    {"E3053", 2, {}},
    {"E3053", 3, {}},
    {"E3053", 4, {}},
    {"E3053", 5, {"ECS101"}},
};

using Allocator = rapidjson::Document::AllocatorType;

enum class Level { Task, Container, Nested };

// Members whose values are string maps: their keys are data (awslogs-group), not property names.
bool isStringMap(std::string_view key) {
  return key == "Options" || key == "DockerLabels" || key == "DriverOpts" || key == "Labels";
}

bool isNumeric(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

// CloudFormation to API: PascalCase property names become camelCase; intrinsic functions ({"Ref":
// X}, {"Fn::Sub": ...}) become template placeholders, unknown to ecslint as to cfn-lint; and the
// template's type coercion is applied: numeric strings for Integer properties become numbers,
// and task-level Cpu/Memory (Strings in the API) become strings.
rapidjson::Value convert(const rapidjson::Value& in, Level level, Allocator& allocator,
                         bool keepKeys = false) {
  rapidjson::Value out;
  if (in.IsObject() && in.MemberCount() == 1) {
    const std::string key = in.MemberBegin()->name.GetString();
    if (key == "Ref" || key.starts_with("Fn::")) {
      const std::string name =
          key == "Ref" && in.MemberBegin()->value.IsString() ? in.MemberBegin()->value.GetString() : key;
      out.SetString(("${" + name + "}").c_str(), allocator);
      return out;
    }
  }
  if (in.IsObject()) {
    out.SetObject();
    for (const auto& member : in.GetObject()) {
      std::string key = member.name.GetString();
      const std::string original = key;
      if (!keepKeys && !key.empty())
        key[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(key[0])));
      const Level child = original == "ContainerDefinitions" ? Level::Container : Level::Nested;
      rapidjson::Value value = convert(member.value, child, allocator, isStringMap(original));
      if (level == Level::Task && (original == "Cpu" || original == "Memory") && value.IsNumber()) {
        value.SetString(std::to_string(value.GetInt64()).c_str(), allocator);
      } else if (level != Level::Task && value.IsString() && isNumeric(value.GetString()) &&
                 (original == "ContainerPort" || original == "HostPort" || original == "Cpu" ||
                  original == "Memory" || original == "MemoryReservation")) {
        value.SetInt64(std::stoll(value.GetString()));
      }
      out.AddMember(rapidjson::Value(key.c_str(), allocator), value, allocator);
    }
    return out;
  }
  if (in.IsArray()) {
    out.SetArray();
    // The items of ContainerDefinitions are containers; everything deeper is nested.
    const Level items = level == Level::Container ? Level::Nested : level;
    for (const auto& item : in.GetArray()) out.PushBack(convert(item, items, allocator), allocator);
    return out;
  }
  out.CopyFrom(in, allocator);
  return out;
}

// cfn-lint's snippets leave out members its rule does not read; ecslint needs a container to have
// a name and an image to say nothing else about it. The keys are the API's or the template's.
struct ContainerKeys {
  const char* name;
  const char* image;
};
constexpr ContainerKeys kApiKeys{"name", "image"};
constexpr ContainerKeys kTemplateKeys{"Name", "Image"};

void completeContainer(rapidjson::Value& container, std::size_t index, Allocator& allocator,
                       ContainerKeys keys = kApiKeys) {
  if (!container.IsObject()) return;
  if (!container.HasMember(keys.name)) {
    container.AddMember(rapidjson::StringRef(keys.name),
                        rapidjson::Value(("c" + std::to_string(index)).c_str(), allocator), allocator);
  }
  if (!container.HasMember(keys.image))
    container.AddMember(rapidjson::StringRef(keys.image), "public.ecr.aws/nginx/nginx:1.27", allocator);
}

// The task definition a case describes, as API JSON.
std::string taskDefinitionFor(const std::string& cfnRule, const rapidjson::Value& testCase) {
  rapidjson::Document task;
  Allocator& allocator = task.GetAllocator();
  task.SetObject();
  task.AddMember("family", "peer", allocator);
  if (cfnRule == "E3042") {  // the instance is ContainerDefinitions
    task.AddMember("containerDefinitions", convert(testCase["instance"], Level::Container, allocator),
                   allocator);
  } else if (cfnRule == "E3046") {  // the instance is one container's LogConfiguration
    rapidjson::Value container(rapidjson::kObjectType);
    container.AddMember("logConfiguration", convert(testCase["instance"], Level::Nested, allocator),
                        allocator);
    rapidjson::Value containers(rapidjson::kArrayType);
    containers.PushBack(container, allocator);
    task.AddMember("containerDefinitions", containers, allocator);
  } else {  // task properties, or a template and the path to them
    const rapidjson::Value* properties = nullptr;
    if (testCase.HasMember("instance")) {
      properties = &testCase["instance"];
    } else {
      properties = &testCase["template"];
      for (const auto& step : testCase["start_path"].GetArray())
        properties = &(*properties)[step.GetString()];
    }
    rapidjson::Value converted = convert(*properties, Level::Task, allocator);
    for (auto& member : converted.GetObject()) {
      task.AddMember(rapidjson::Value(member.name, allocator), rapidjson::Value(member.value, allocator),
                     allocator);
    }
    if (!task.HasMember("containerDefinitions")) {
      task.AddMember("containerDefinitions", rapidjson::Value(rapidjson::kArrayType), allocator);
      task["containerDefinitions"].PushBack(rapidjson::Value(rapidjson::kObjectType), allocator);
    }
  }
  if (task["containerDefinitions"].IsArray()) {
    std::size_t index = 0;
    for (auto& container : task["containerDefinitions"].GetArray())
      completeContainer(container, index++, allocator);
  }
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  task.Accept(writer);
  return buffer.GetString();
}

// The case as a CloudFormation template, intrinsic functions and all, for ecslint's template front
// end: cfn-lint's own template, or its snippet placed where cfn-lint's rule reads it in an
// AWS::ECS::TaskDefinition resource. Containers get a Name and an Image where the snippet has none.
std::string templateFor(const std::string& cfnRule, const rapidjson::Value& testCase) {
  rapidjson::Document document;
  Allocator& allocator = document.GetAllocator();
  if (testCase.HasMember("template")) {
    document.CopyFrom(testCase["template"], allocator);
  } else {
    rapidjson::Value properties(rapidjson::kObjectType);
    rapidjson::Value instance(testCase["instance"], allocator);
    if (cfnRule == "E3042") {  // the instance is ContainerDefinitions
      properties.AddMember("ContainerDefinitions", instance, allocator);
    } else if (cfnRule == "E3046") {  // the instance is one container's LogConfiguration
      rapidjson::Value container(rapidjson::kObjectType);
      container.AddMember("LogConfiguration", instance, allocator);
      rapidjson::Value containers(rapidjson::kArrayType);
      containers.PushBack(container, allocator);
      properties.AddMember("ContainerDefinitions", containers, allocator);
    } else {  // task properties
      properties = instance;
    }
    if (properties.IsObject() && !properties.HasMember("ContainerDefinitions")) {
      properties.AddMember("ContainerDefinitions", rapidjson::Value(rapidjson::kArrayType), allocator);
      properties["ContainerDefinitions"].PushBack(rapidjson::Value(rapidjson::kObjectType), allocator);
    }
    rapidjson::Value resource(rapidjson::kObjectType);
    resource.AddMember("Type", "AWS::ECS::TaskDefinition", allocator);
    resource.AddMember("Properties", properties, allocator);
    rapidjson::Value resources(rapidjson::kObjectType);
    resources.AddMember("TaskDefinition", resource, allocator);
    document.SetObject();
    document.AddMember("Resources", resources, allocator);
  }
  for (auto& resource : document["Resources"].GetObject()) {
    auto& value = resource.value;
    if (!value.IsObject() || !value.HasMember("Properties") || value["Type"] != "AWS::ECS::TaskDefinition")
      continue;
    auto& properties = value["Properties"];
    if (!properties.IsObject() || !properties.HasMember("ContainerDefinitions") ||
        !properties["ContainerDefinitions"].IsArray())
      continue;
    std::size_t index = 0;
    for (auto& container : properties["ContainerDefinitions"].GetArray())
      completeContainer(container, index++, allocator, kTemplateKeys);
  }
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  document.Accept(writer);
  return buffer.GetString();
}

std::string joined(const std::set<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : ",") + id;
  return text.empty() ? "(none)" : text;
}

// cfn-lint's cases (nullptr when ../shared is absent; needShared has skipped, or failed under CI).
const rapidjson::Document* peerCases() {
  static const std::unique_ptr<rapidjson::Document> cases = []() -> std::unique_ptr<rapidjson::Document> {
    const fs::path relative = fs::path("peer-fixtures") / "cfn-lint" / "extracted" / "unit-rule-cases.json";
    if (!needShared(relative)) return nullptr;
    auto document = std::make_unique<rapidjson::Document>();
    const std::string text = readFile(sharedDir() / relative);
    document->Parse(text.c_str());
    REQUIRE(!document->HasParseError());
    return document;
  }();
  return cases.get();
}

// Lints every case as `input` writes it (in a file named `name`) and compares the errors of the
// cfn-lint rule's ecslint family with the case's row.
void checkVerdicts(const std::string& name,
                   const std::function<std::string(const std::string&, const rapidjson::Value&)>& input) {
  const rapidjson::Document* cases = peerCases();
  if (cases == nullptr) return;
  for (const PeerRule& rule : kRules) {
    INFO(std::string(rule.cfnRule));
    for (const std::string& id : rule.family) {
      // A rule of another branch (ECS004/ECS006: schema; ECS502/ECS601: rules-b) until they merge.
      CHECK_MESSAGE(RuleCatalogue::builtIn().find(id) != nullptr, id << " is not implemented in this build");
    }
    const rapidjson::Value& list = (*cases)["files"][rule.file]["cases"];
    const auto rows = std::count_if(std::begin(kCases), std::end(kCases), [&](const PeerCase& c) {
      return std::string(c.cfnRule) == rule.cfnRule;
    });
    REQUIRE_MESSAGE(static_cast<rapidjson::SizeType>(rows) == list.Size(),
                    "every cfn-lint case needs a row here");

    for (const PeerCase& peer : kCases) {
      if (std::string(peer.cfnRule) != rule.cfnRule) continue;
      const rapidjson::Value& testCase = list[static_cast<rapidjson::SizeType>(peer.index)];
      const bool cfnFinds = !testCase["expected"].Empty();
      const std::string text = input(rule.cfnRule, testCase);
      if (std::getenv("ECSLINT_SHOW_PEER") != nullptr)
        MESSAGE(std::string(rule.cfnRule) << " " << peer.index << " " << text);
      INFO("case " << peer.index << ": " << text);

      // cfn-lint's verdict and this row's agree unless the row explains why not.
      if (peer.note == nullptr) CHECK(cfnFinds == !peer.errors.empty());

      std::set<std::string> actual;
      const FileReport report = lintText(text, {}, name);
      for (const Finding& finding : report.findings) {
        const std::string id(finding.rule->id);
        if (finding.severity == Severity::Error && rule.family.count(id) != 0) actual.insert(id);
      }
      const std::set<std::string> expected(peer.errors.begin(), peer.errors.end());
      CHECK_MESSAGE(actual == expected, "ecslint errors " << joined(actual) << ", expected "
                                                          << joined(expected)
                                                          << " (all findings: " << ruleIds(report) << ")");
    }
  }
}

}  // namespace

TEST_CASE("peer conformance: cfn-lint's ECS rule cases draw the same verdicts from ecslint") {
  checkVerdicts("test.json", taskDefinitionFor);
}

// The same cases as templates, as cfn-lint reads them: intrinsic functions are ecslint's to
// evaluate, property names are CloudFormation's, and each task definition is a resource. The
// verdicts are those of the conversion to the API above, notes included: reading a template
// changes nothing cfn-lint and ecslint disagree about.
TEST_CASE("peer conformance: cfn-lint's ECS rule cases, linted as templates, draw the same verdicts") {
  checkVerdicts("peer.template.json", templateFor);
}

// cfn-lint's own template fixtures for E3042 (one ECS resource per case, in YAML): the one task
// definition cfn-lint flags, and only it, draws ECS502; the good template draws none.
TEST_CASE(
    "peer conformance: cfn-lint's essential-container templates draw ECS502 where cfn-lint finds E3042") {
  const fs::path templates = fs::path("peer-fixtures") / "cfn-lint" /
                             "v0-10b6a8b517c0e90ed825fc207982c67506fe8bf6" / "test" / "fixtures" /
                             "templates";
  const fs::path file = fs::path("resources") / "ecs" / "test_ecs_task_definition_essential_container.yml";
  if (!needShared(templates / "bad" / file)) return;
  for (const char* kind : {"bad", "good"}) {
    const fs::path path = sharedDir() / templates / kind / file;
    INFO(path.string());
    const FileReport report = lintText(readFile(path), {}, path.filename().string());
    std::vector<std::string> pointers;
    for (const Finding& finding : report.findings) {
      if (std::string_view(finding.rule->id) == "ECS502") pointers.push_back(finding.pointer);
    }
    if (std::string_view(kind) == "good") {
      CHECK(pointers.empty());
    } else {
      REQUIRE(pointers.size() == 1);
      CHECK(pointers[0].starts_with("/Resources/BadTaskDefinitionNoEssentialContainersSpecified/"));
    }
  }
}

}  // namespace ecslint::test
