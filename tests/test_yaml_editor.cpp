#include <doctest/doctest.h>

#include <string>

#include "engine/apply_fixes.h"
#include "fix/yaml_editor.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

const char* const kTask = R"(Resources:
  Task:
    Type: AWS::ECS::TaskDefinition  # the web task
    Properties:
      Memory: '512'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: web
          Image: "nginx:1"
          PortMappings:
            - ContainerPort: 8080
              HostPort: 80 # must match under awsvpc
            - ContainerPort: 9090
          Command: >-
            run
            it
          Essential: true
)";

// Runs `operate` on a fresh editor over kTask (or `text`) and returns the edited text, or "" when
// the fix declined. Every edited text must load again.
template <class Operate>
std::string edited(Operate operate, const char* text = kTask) {
  const SourceText source("t.yaml", text);
  auto document = loadYaml(source);
  REQUIRE(document);
  YamlEditor editor(*document);
  operate(editor, *document);
  const auto fix = std::move(editor).finish("test");
  if (!fix) return "";
  std::string result = applyEdits(source.bytes(), fix->edits);
  const SourceText after("t.yaml", result);
  CHECK_MESSAGE(loadYaml(after), result);
  return result;
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("yaml editor: a member and its comment go with their line, nothing else moves") {
  const std::string result = edited([](YamlEditor& e, const Document& d) {
    e.removeMember(d.find("/Resources/Task/Properties/ContainerDefinitions/0/PortMappings/0/HostPort"));
  });
  CHECK(result == replaced(kTask, "              HostPort: 80 # must match under awsvpc\n", ""));
}

TEST_CASE("yaml editor: a sequence element that starts its line is removed whole") {
  const std::string result = edited([](YamlEditor& e, const Document& d) {
    e.removeMember(d.find("/Resources/Task/Properties/ContainerDefinitions/0/PortMappings/1"));
  });
  CHECK(result == replaced(kTask, "            - ContainerPort: 9090\n", ""));
}

TEST_CASE("yaml editor: a member whose value is a block scalar takes exactly its lines") {
  const std::string result = edited([](YamlEditor& e, const Document& d) {
    e.removeMember(d.find("/Resources/Task/Properties/ContainerDefinitions/0/Command"));
  });
  CHECK(result == replaced(kTask, "          Command: >-\n            run\n            it\n", ""));
}

TEST_CASE("yaml editor: replacing a string keeps the way it was quoted") {
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.replaceString(d.find("/Resources/Task/Properties/Memory"), "1024");
        }) == replaced(kTask, "'512'", "'1024'"));
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.replaceString(d.find("/Resources/Task/Properties/ContainerDefinitions/0/Image"), "nginx:2");
        }) == replaced(kTask, "\"nginx:1\"", "\"nginx:2\""));
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.replaceString(d.find("/Resources/Task/Properties/NetworkMode"), "bridge");
        }) == replaced(kTask, "awsvpc", "bridge"));
  // A plain value that would no longer read as a string is quoted.
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.replaceString(d.find("/Resources/Task/Properties/NetworkMode"), "on");
        }) == replaced(kTask, "awsvpc", "\"on\""));
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.replaceString(d.find("/Resources/Task/Properties/NetworkMode"), "a: b");
        }) == replaced(kTask, "awsvpc", "\"a: b\""));
}

TEST_CASE("yaml editor: renaming a key keeps its value and its comment") {
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.renameKey(d.find("/Resources/Task/Type"), "Kind");
        }) == replaced(kTask, "    Type:", "    Kind:"));
}

TEST_CASE("yaml editor: what it cannot do safely declines the whole fix") {
  // The first member of a `- ` item shares its line with the indicator.
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.removeMember(d.find("/Resources/Task/Properties/ContainerDefinitions/0/Name"));
        }).empty());
  // The only member: its mapping would become null.
  CHECK(edited([](YamlEditor& e, const Document& d) { e.removeMember(d.find("/a/b")); }, "a:\n  b: 1\nc: 2\n")
            .empty());
  // Flow collections.
  CHECK(edited([](YamlEditor& e, const Document& d) { e.removeMember(d.find("/a/b")); }, "a: {b: 1, c: 2}\n")
            .empty());
  // A block scalar is not replaced.
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.replaceString(d.find("/Resources/Task/Properties/ContainerDefinitions/0/Command"), "x");
        }).empty());
  // One declined operation declines the edits made before it.
  CHECK(edited([](YamlEditor& e, const Document& d) {
          e.replaceString(d.find("/Resources/Task/Properties/NetworkMode"), "bridge");
          e.removeMember(d.find("/Resources/Task/Properties/ContainerDefinitions/0/Name"));
        }).empty());
}

TEST_CASE("yaml editor: yamlString writes plain only what reads back as the same string") {
  CHECK(yamlString("awsvpc") == "awsvpc");
  CHECK(yamlString("nginx:1.25") == "nginx:1.25");
  CHECK(yamlString("true") == "\"true\"");
  CHECK(yamlString("512") == "\"512\"");
  CHECK(yamlString("") == "\"\"");
  CHECK(yamlString("- x") == "\"- x\"");
  CHECK(yamlString("a #b") == "\"a #b\"");
  CHECK(yamlString("line\nbreak") == "\"line\\nbreak\"");
}

}  // namespace ecslint
