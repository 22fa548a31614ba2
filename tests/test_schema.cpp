// The schema stage: the embedded schema against the ECS API model, a task definition using every
// member, wrong types at every level, valijson's wording, placeholders and hostile values.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>
#include <set>

#include "json/json_loader.h"
#include "schema/task_definition_schema.h"
#include "schema/templated_value.h"
#include "schema/violations.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

const std::set<std::string_view> kSchemaRules = {"ECS003", "ECS004", "ECS005", "ECS006",
                                                 "ECS007", "ECS008", "ECS010"};

bool isSchemaRule(const Finding& finding) { return kSchemaRules.count(finding.rule->id) == 1; }

// Every rule, opt-in ones included: a check that crashes or double-reports should not hide behind
// a default.
FileReport lintWithEveryRule(std::string text) {
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  auto selection = RuleSelection::make(catalogue, {"ECS"}, {});
  REQUIRE(selection.has_value());
  const Linter linter(catalogue, *std::move(selection), LintOptions{});
  return linter.lint("test.json", std::move(text));
}

std::string findingsText(const FileReport& report) {
  std::string text;
  for (const Finding& finding : report.findings) {
    text += "\n  " + std::string(finding.rule->id) + " " + finding.pointer + "  " + finding.message;
  }
  return text;
}

std::vector<const Finding*> findingsAt(const FileReport& report, std::string_view pointer) {
  std::vector<const Finding*> found;
  for (const Finding& finding : report.findings) {
    if (finding.pointer == pointer) found.push_back(&finding);
  }
  return found;
}

// --- The schema against the ECS API model -----------------------------------------------------

class ModelComparison {
 public:
  explicit ModelComparison(const rapidjson::Value& shapes) : shapes_(shapes) {}

  void compare(std::string_view shapeName, const SchemaNode& schema, const std::string& path, bool taskRoot) {
    const rapidjson::Value& shape = shapes_[std::string(shapeName).c_str()];
    const std::string_view type = shape["type"].GetString();
    if (!schema.valid()) return problem(path, "is not in the schema");
    if (type == "structure") {
      if (schema.type() != "object" || schema.isMap())
        return problem(path, "is not an object with properties");
      compareMembers(shape, schema, path, taskRoot);
    } else if (type == "list") {
      if (schema.type() != "array") return problem(path, "is not an array");
      compare(shape["member"]["shape"].GetString(), schema.items(), path + "[]", false);
    } else if (type == "map") {
      if (!schema.isMap()) return problem(path, "is not a map");
      compare(shape["value"]["shape"].GetString(), schema.property("any key"), path + ".*", false);
    } else if (shape.HasMember("enum")) {
      std::set<std::string_view> model, ours;
      for (const auto& value : shape["enum"].GetArray()) model.insert(value.GetString());
      for (std::string_view value : schema.enumValues()) ours.insert(value);
      if (model != ours) problem(path, "has other enum values than the model's " + std::string(shapeName));
    } else if (type == "string" || type == "integer" || type == "boolean") {
      if (schema.type() != type) problem(path, "is not of type " + std::string(type));
    } else {
      problem(path, "has a model type the schema does not handle: " + std::string(type));
    }
  }

  const std::vector<std::string>& problems() const { return problems_; }

 private:
  void compareMembers(const rapidjson::Value& shape, const SchemaNode& schema, const std::string& path,
                      bool taskRoot) {
    std::set<std::string_view> members;
    for (const auto& member : shape["members"].GetObject()) {
      const std::string_view name = member.name.GetString();
      members.insert(name);
      const std::string childPath = path.empty() ? std::string(name) : path + "." + std::string(name);
      if (!schema.declares(name)) {
        problem(childPath, "is missing from the schema");
        continue;
      }
      compare(member.value["shape"].GetString(), schema.property(name), childPath, false);
    }
    if (shape.HasMember("required")) {
      for (const auto& required : shape["required"].GetArray()) {
        if (!schema.isRequired(required.GetString()))
          problem(path, std::string("does not require ") + required.GetString());
      }
    }
    // Nothing beyond the model, except describe-only members of the task, declared readOnly.
    const rapidjson::Value& describeOnly = shapes_["TaskDefinition"]["members"];
    for (std::string_view name : schema.propertyNames()) {
      if (members.count(name) == 1) continue;
      const bool allowed =
          taskRoot && schema.property(name).readOnly() && describeOnly.HasMember(std::string(name).c_str());
      if (!allowed) problem(path, "declares '" + std::string(name) + "', which the model does not have");
    }
  }

  void problem(const std::string& path, const std::string& what) {
    problems_.push_back((path.empty() ? std::string("the task definition") : path) + " " + what);
  }

  const rapidjson::Value& shapes_;
  std::vector<std::string> problems_;
};

// --- Documents built from the schema -------------------------------------------------------------

using Path = std::vector<std::string>;  // member names, "0" for the first array element

std::string pointerOf(const Path& path) {
  std::string pointer;
  for (const std::string& token : path) pointer += "/" + token;
  return pointer;
}

// Every object schema with declared properties, with the path to one instance of it.
void forEachObjectSchema(const SchemaNode& schema, Path& path,
                         const std::function<void(const Path&, const SchemaNode&)>& visit, int depth = 0) {
  REQUIRE(depth < 16);
  visit(path, schema);
  for (std::string_view name : schema.propertyNames()) {
    const SchemaNode child = schema.property(name);
    path.emplace_back(name);
    if (child.type() == "object" && !child.isMap()) forEachObjectSchema(child, path, visit, depth + 1);
    if (child.type() == "array" && child.items().type() == "object" && !child.items().isMap()) {
      path.emplace_back("0");
      forEachObjectSchema(child.items(), path, visit, depth + 1);
      path.pop_back();
    }
    path.pop_back();
  }
}

// A value of any JSON type but the one `schema` wants.
rapidjson::Value wrongValue(const SchemaNode& schema, rapidjson::Document::AllocatorType& allocator) {
  const std::string_view type = schema.type();
  if (type == "string") return rapidjson::Value(42);
  if (type == "integer") return rapidjson::Value("42", allocator);
  if (type == "boolean") return rapidjson::Value("yes", allocator);
  if (type == "array") return rapidjson::Value("x", allocator);
  rapidjson::Value array(rapidjson::kArrayType);
  array.PushBack(1, allocator);
  return array;
}

// A small valid task definition with the object at `path` created (arrays of one object on the way).
rapidjson::Value& makePath(rapidjson::Document& document, const Path& path) {
  document.Parse(
      R"({"family": "wrong-types", "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]})");
  auto& allocator = document.GetAllocator();
  rapidjson::Value* at = &document;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == "0") {
      if (at->Empty()) at->PushBack(rapidjson::Value(rapidjson::kObjectType), allocator);
      at = &(*at)[0];
      continue;
    }
    const bool array = i + 1 < path.size() && path[i + 1] == "0";
    if (!at->HasMember(path[i].c_str())) {
      at->AddMember(rapidjson::Value(path[i].c_str(), allocator),
                    rapidjson::Value(array ? rapidjson::kArrayType : rapidjson::kObjectType), allocator);
    }
    at = &(*at)[path[i].c_str()];
  }
  return *at;
}

std::string serialize(const rapidjson::Document& document) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  document.Accept(writer);
  return buffer.GetString();
}

// Wrong values must draw exactly one ECS004 each, and nothing else may point at or inside them.
void checkWrongValues(const FileReport& report, const std::vector<std::string>& wrongPointers) {
  for (const std::string& pointer : wrongPointers) {
    INFO(pointer);
    const auto at = findingsAt(report, pointer);
    CHECK(at.size() == 1);
    if (at.size() == 1) CHECK(at.front()->rule->id == std::string_view("ECS004"));
  }
  for (const Finding& finding : report.findings) {
    if (finding.rule->id == std::string_view("ECS004")) continue;
    for (const std::string& pointer : wrongPointers) {
      const bool inside = finding.pointer == pointer || finding.pointer.starts_with(pointer + "/");
      CHECK_MESSAGE(!inside, finding.rule->id << " also reports the wrongly typed " << pointer << ": "
                                              << finding.message);
    }
  }
}

}  // namespace

TEST_CASE("schema: compiled once per process") {
  CHECK(&TaskDefinitionSchema::instance() == &TaskDefinitionSchema::instance());
  CHECK(TaskDefinitionSchema::instance().containerDefinitionNode().declares("essential"));
  CHECK(TaskDefinitionSchema::instance().tagsNode().items().declares("key"));
}

TEST_CASE("schema: every member and enum value of the ECS API model is in the schema") {
  if (!needShared("reference/ecs-service-2.json")) return;
  rapidjson::Document model;
  const std::string text = readFile(sharedDir() / "reference" / "ecs-service-2.json");
  model.Parse(text.c_str());
  REQUIRE(!model.HasParseError());
  ModelComparison comparison(model["shapes"]);
  comparison.compare("RegisterTaskDefinitionRequest", TaskDefinitionSchema::instance().taskDefinitionNode(),
                     "", true);
  std::string problems;
  for (const std::string& problem : comparison.problems()) problems += "\n  " + problem;
  CHECK_MESSAGE(comparison.problems().empty(), "the schema and the ECS API model differ:" << problems);
}

TEST_CASE("schema: a port mapping needs containerPort unless it has a containerPortRange") {
  // The model marks no member of PortMapping required, yet ECS rejects a mapping with neither
  // ("Invalid 'containerPort' setting for container 'web'."): the schema says so on its own,
  // the one nested member it requires beyond the model.
  if (needShared("reference/ecs-service-2.json")) {
    rapidjson::Document model;
    const std::string text = readFile(sharedDir() / "reference" / "ecs-service-2.json");
    model.Parse(text.c_str());
    REQUIRE(!model.HasParseError());
    CHECK_MESSAGE(!model["shapes"]["PortMapping"].HasMember("required"),
                  "the model now marks PortMapping members required: the schema's own rule may go");
  }
  FileReport report =
      lintText(R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1",
    "portMappings": [{"hostPort": 8080, "protocol": "tcp"}]}]})");
  const auto missing = findingsAt(report, "/containerDefinitions/0/portMappings/0");
  REQUIRE(missing.size() == 1);
  CHECK(missing.front()->rule->id == "ECS006");
  CHECK(missing.front()->message.find("Invalid 'containerPort' setting for container 'web'.") !=
        std::string::npos);
  report = lintText(R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1",
    "portMappings": [{"containerPortRange": "8000-8010"}]}]})");
  CHECK(ruleIds(report).find("ECS006") == std::string::npos);
}

TEST_CASE("schema: a task definition using every member draws no schema finding") {
  const fs::path fixture = sourceDir() / "fixtures" / "ECS003" / "good-every-member.json";
  const std::string text = readFile(fixture);
  rapidjson::Document document;
  document.Parse(text.c_str());
  REQUIRE(!document.HasParseError());

  // The fixture really uses every member of every structure.
  std::vector<std::string> unused;
  std::function<void(const SchemaNode&, const std::vector<const rapidjson::Value*>&, const std::string&)>
      cover = [&](const SchemaNode& schema, const std::vector<const rapidjson::Value*>& values,
                  const std::string& path) {
        if (schema.type() == "array") {
          std::vector<const rapidjson::Value*> items;
          for (const rapidjson::Value* value : values) {
            if (!value->IsArray()) continue;
            for (const auto& item : value->GetArray()) items.push_back(&item);
          }
          if (!items.empty() || values.empty()) cover(schema.items(), items, path + "[]");
          return;
        }
        if (schema.type() != "object" || schema.isMap()) return;
        for (std::string_view name : schema.propertyNames()) {
          if (schema.property(name).readOnly()) continue;
          std::vector<const rapidjson::Value*> members;
          for (const rapidjson::Value* value : values) {
            const auto it = value->FindMember(std::string(name).c_str());
            if (it != value->MemberEnd()) members.push_back(&it->value);
          }
          const std::string childPath = path + "." + std::string(name);
          if (members.empty())
            unused.push_back(childPath);
          else
            cover(schema.property(name), members, childPath);
        }
      };
  cover(TaskDefinitionSchema::instance().taskDefinitionNode(), {&document}, "");
  std::string list;
  for (const std::string& path : unused) list += "\n  " + path;
  CHECK_MESSAGE(unused.empty(), "good-every-member.json does not use:" << list);

  const FileReport report = lintWithEveryRule(text);
  for (const Finding& finding : report.findings) {
    CHECK_MESSAGE(!isSchemaRule(finding),
                  finding.rule->id << " " << finding.pointer << ": " << finding.message);
  }
}

TEST_CASE("schema: wrong types at every level draw one ECS004 each and nothing else") {
  Path path;
  int documents = 0;
  forEachObjectSchema(
      TaskDefinitionSchema::instance().taskDefinitionNode(), path,
      [&](const Path& objectPath, const SchemaNode& schema) {
        // Every member of the object of the wrong type; then every list member holding one wrong element.
        for (const bool elements : {false, true}) {
          rapidjson::Document document;
          rapidjson::Value& object = makePath(document, objectPath);
          std::vector<std::string> wrong;
          for (std::string_view name : schema.propertyNames()) {
            const SchemaNode member = schema.property(name);
            if (member.readOnly() || (elements && member.type() != "array")) continue;
            Path memberPath = objectPath;
            memberPath.emplace_back(name);
            rapidjson::Value value;
            if (elements) {
              value.SetArray();
              value.PushBack(wrongValue(member.items(), document.GetAllocator()), document.GetAllocator());
              memberPath.emplace_back("0");
            } else {
              value = wrongValue(member, document.GetAllocator());
            }
            object.RemoveMember(std::string(name).c_str());
            object.AddMember(rapidjson::Value(std::string(name).c_str(), document.GetAllocator()), value,
                             document.GetAllocator());
            wrong.push_back(pointerOf(memberPath));
          }
          if (wrong.empty()) continue;
          const std::string text = serialize(document);
          INFO(text);
          FileReport report;
          REQUIRE_NOTHROW(report = lintWithEveryRule(text));
          INFO("findings:" << findingsText(report));
          checkWrongValues(report, wrong);
          ++documents;
        }
      });
  CHECK(documents > 40);
}

TEST_CASE("schema: valijson's error wording is recognised") {
  std::string property;
  CHECK(classifyValijsonError("Object contains a property that could not be validated using 'properties' or "
                              "'additionalProperties' constraints: 'x'.",
                              nullptr) == ViolationKind::UnknownProperty);
  CHECK(classifyValijsonError("Missing required property 'family'.", &property) ==
        ViolationKind::MissingProperty);
  CHECK(property == "family");
  CHECK(classifyValijsonError("Value type not permitted by 'type' constraint.", nullptr) ==
        ViolationKind::WrongType);
  CHECK(classifyValijsonError("Failed to match against any enum values.", nullptr) ==
        ViolationKind::NotInEnum);
  CHECK(classifyValijsonError("Expected number greater than or equal to 5.000000", nullptr) ==
        ViolationKind::OutOfRange);
  CHECK(classifyValijsonError("Array should contain no more than 50 elements.", nullptr) ==
        ViolationKind::OutOfRange);
  CHECK(classifyValijsonError("String should be no more than 255 characters in length.", nullptr) ==
        ViolationKind::BadFormat);
  CHECK(classifyValijsonError("Target should not validate against schema specified in 'not' constraint.",
                              nullptr) == ViolationKind::BadFormat);
  CHECK_FALSE(classifyValijsonError("Failed to validate against schema associated with property name 'cpu'.",
                                    nullptr));
  CHECK_FALSE(classifyValijsonError("Failed to validate item #0 in array.", nullptr));

  // And valijson still words every kind that way: each document fails one constraint kind.
  const std::vector<std::pair<const char*, ViolationKind>> cases = {
      {R"({"family": "a", "containerDefinitions": [], "x": 1})", ViolationKind::UnknownProperty},
      {R"({"containerDefinitions": [{"name": "a", "image": "b"}]})", ViolationKind::MissingProperty},
      {R"({"family": "a", "cpu": 256, "containerDefinitions": [{"name": "a", "image": "b"}]})",
       ViolationKind::WrongType},
      {R"({"family": "a", "networkMode": "AWSVPC", "containerDefinitions": [{"name": "a", "image": "b"}]})",
       ViolationKind::NotInEnum},
      {R"({"family": "a b", "containerDefinitions": [{"name": "a", "image": "b"}]})",
       ViolationKind::BadFormat},
      {R"({"family": "a", "ephemeralStorage": {"sizeInGiB": 10},
          "containerDefinitions": [{"name": "a", "image": "b"}]})",
       ViolationKind::OutOfRange},
  };
  for (const auto& testCase : cases) {
    // Not structured bindings: clang before 16 cannot capture one in doctest's INFO lambda.
    const char* const text = testCase.first;
    const ViolationKind kind = testCase.second;
    INFO(text);
    const SourceText source("test.json", text);
    auto document = loadJson(source);
    REQUIRE(document.has_value());
    const SchemaScope scope(*document, Document::rootId(), SchemaScope::Kind::TaskDefinition,
                            Dialect::EcsApi);
    const auto violations = findViolations(scope);
    CHECK(std::any_of(violations.begin(), violations.end(),
                      [&](const Violation& v) { return v.kind == kind; }));
  }
}

TEST_CASE("schema: template placeholders are unknown values, never wrong") {
  CHECK(looksTemplated("${CPU}"));
  CHECK(looksTemplated("$awsAccount.dkr.ecr.us-east-1.amazonaws.com/app:latest"));
  CHECK(looksTemplated("$Image"));
  CHECK(looksTemplated("app:build-&&BUILD_ID&&"));
  CHECK(looksTemplated("app:@@TAG@@"));
  CHECK_FALSE(looksTemplated("price: $a"));
  CHECK_FALSE(looksTemplated("$5"));
  CHECK_FALSE(looksTemplated("a && b"));
  CHECK_FALSE(looksTemplated("user@@example"));

  const FileReport report = lintText(R"({
    "family": "{{ family }}",
    "cpu": "${TASK_CPU}",
    "networkMode": "${NETWORK_MODE}",
    "containerDefinitions": [{
      "name": "<CONTAINER_NAME>",
      "image": "$Image",
      "cpu": "${CPU}",
      "memory": "%MEMORY%",
      "essential": "{{ essential }}",
      "portMappings": [{"containerPort": "${PORT}", "hostPort": "__HOST_PORT__", "protocol": "${PROTOCOL}"}],
      "user": "${USER}",
      "command": "${COMMAND}",
      "logConfiguration": "${LOG_CONFIGURATION}"
    }]
  })");
  for (const Finding& finding : report.findings) {
    CHECK_MESSAGE(!isSchemaRule(finding),
                  finding.rule->id << " " << finding.pointer << ": " << finding.message);
  }
}

TEST_CASE("schema: one finding per problem") {
  // A misspelt required member is reported as misspelt, not also as missing.
  FileReport report =
      lintText(R"({"family": "web", "containerDefinitions": [{"name": "web", "Image": "nginx:1"}]})");
  CHECK(ruleIds(report).find("ECS006") == std::string::npos);
  CHECK(ruleIds(report).find("ECS003") != std::string::npos);
  // A secret's "value" is meant to be "valueFrom".
  report = lintText(R"({"family": "web", "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
    "containerDefinitions": [{"name": "web", "image": "nginx:1",
                              "secrets": [{"name": "A", "value": "arn"}]}]})");
  REQUIRE(findingsAt(report, "/containerDefinitions/0/secrets/0/value").size() == 1);
  CHECK(findingsAt(report, "/containerDefinitions/0/secrets/0/value").front()->message.find("valueFrom") !=
        std::string::npos);
  CHECK(ruleIds(report).find("ECS006") == std::string::npos);
  // Every unknown member of an object, not only the first one valijson names.
  report = lintText(R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1",
    "essental": true, "memmory": 512, "hostnme": "a"}]})");
  CHECK(findingsAt(report, "/containerDefinitions/0/essental").size() == 1);
  CHECK(findingsAt(report, "/containerDefinitions/0/memmory").size() == 1);
  CHECK(findingsAt(report, "/containerDefinitions/0/hostnme").size() == 1);
  // A wrong type is not also an enum or format problem.
  report = lintText(
      R"({"family": "web", "networkMode": 5, "containerDefinitions": [{"name": 7, "image": "nginx:1"}]})");
  CHECK(findingsAt(report, "/networkMode").size() == 1);
  CHECK(findingsAt(report, "/containerDefinitions/0/name").size() == 1);
}

TEST_CASE("schema: describe output and bare container lists") {
  // Inside describe output, read-only members are ECS009's; the tags beside the definition are checked.
  FileReport report = lintText(R"({"taskDefinition": {"family": "web", "revision": 3, "status": "ACTIVE",
    "registeredAt": null, "requiresAttributes": [{"name": "x"}],
    "containerDefinitions": [{"name": "web", "image": "nginx:1"}]},
    "tags": [{"key": "team", "value": 5}], "ResponseMetadata": {}})");
  for (const Finding& finding : report.findings) {
    INFO(finding.rule->id << " " << finding.pointer);
    CHECK((finding.rule->id == std::string_view("ECS009") || finding.pointer == "/tags/0/value" ||
           finding.pointer == "/ResponseMetadata" || !isSchemaRule(finding)));
  }
  CHECK(findingsAt(report, "/tags/0/value").size() == 1);
  CHECK(findingsAt(report, "/ResponseMetadata").size() == 1);

  // A container list has no task level: no family is missing; each container is checked.
  report = lintText(R"([{"name": "web", "image": "nginx:1", "essental": true},
                         {"name": "db", "image": "", "memory": "1"}])");
  CHECK(ruleIds(report).find("ECS006") != std::string::npos);  // the empty image
  CHECK(findingsAt(report, "/0/essental").size() == 1);
  CHECK(findingsAt(report, "/1/memory").size() == 1);
  CHECK(findingsAt(report, "").empty());
}

TEST_CASE("schema: a large document is checked piece by piece with the same findings") {
  // More than 4096 nodes in containerDefinitions, tags and a wrongly typed member: each is split.
  std::string containers;
  for (int i = 0; i < 1500; ++i) {
    containers +=
        std::string(i ? "," : "") + R"({"name": "c)" + std::to_string(i) +
        R"(", "image": "nginx:1", "memory": "512", "essental": true, "portMappings": [{"containerPort": 80}]})";
  }
  std::string tags;
  for (int i = 0; i < 2100; ++i)
    tags += std::string(i ? "," : "") + R"({"key": "k)" + std::to_string(i) + R"("})";
  std::string platform;
  for (int i = 0; i < 5000; ++i) platform += std::string(i ? "," : "") + "1";
  const std::string text = R"({"family": "big", "tags": [)" + tags + R"(], "runtimePlatform": [)" + platform +
                           R"(], "containerDefinitions": [)" + containers + "]}";
  const FileReport report = lintText(text);
  std::map<std::string, int> counts;
  for (const Finding& finding : report.findings) {
    if (isSchemaRule(finding)) ++counts[std::string(finding.rule->id)];
  }
  CHECK(counts["ECS004"] == 1500 + 1);  // every container's memory, and runtimePlatform
  CHECK(counts["ECS003"] == 1500);      // every container's "essental"
  CHECK(counts["ECS007"] == 1);         // 2100 tags, 50 allowed
  CHECK(counts.size() == 3);
  CHECK(findingsAt(report, "/tags").size() == 1);
  CHECK(findingsAt(report, "/runtimePlatform").size() == 1);
  CHECK(findingsAt(report, "/containerDefinitions/1499/memory").size() == 1);
  CHECK(findingsAt(report, "/containerDefinitions/1499/essental").size() == 1);
}

TEST_CASE("schema: hostile values are reported, not crashed on") {
  const std::string huge(1 << 20, 'a');
  const std::string withSpace = huge + " b";
  for (const char* member : {"family", "name", "image", "user", "portName", "range", "tagKey", "hostname"}) {
    const std::string m = member;
    INFO(m);
    const std::string value = m == "hostname" ? huge : withSpace;
    std::string text = R"({"family": ")" + (m == "family" ? value : std::string("web")) +
                       R"(", "containerDefinitions": [{"name": ")" +
                       (m == "name" ? value : std::string("web")) + R"(", "image": ")" +
                       (m == "image" ? value : std::string("nginx:1")) + R"(")";
    if (m == "user") text += R"(, "user": ")" + value + R"(")";
    if (m == "hostname") text += R"(, "hostname": ")" + value + R"(")";
    if (m == "portName" || m == "range") {
      text += R"(, "portMappings": [{")" + std::string(m == "portName" ? "name" : "containerPortRange") +
              R"(": ")" + value + R"("}])";
    }
    text += "}]";
    if (m == "tagKey") text += R"(, "tags": [{"key": ")" + value + R"("}])";
    text += "}";
    FileReport report;
    REQUIRE_NOTHROW(report = lintText(text));
    // A malformed containerPortRange is ECS110's (it explains ranges); every other value ECS008's.
    if (m != "hostname") CHECK(ruleIds(report).find(m == "range" ? "ECS110" : "ECS008") != std::string::npos);
  }
}

}  // namespace ecslint::test
