// JsonEditor and fix application: each operation edits only the bytes it must, in the file's own
// layout, and fixes that touch the same bytes are never applied in the same pass.
#include <doctest/doctest.h>

#include <functional>

#include "engine/apply_fixes.h"
#include "engine/fixer.h"
#include "fix/json_editor.h"
#include "json/json_loader.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// `text` after the edits `build` makes ("<declined>" when the editor gives up).
std::string edited(const std::string& text, const std::function<void(JsonEditor&, const Document&)>& build) {
  const SourceText source("test.json", text);
  auto document = loadJson(source);
  REQUIRE(document.has_value());
  JsonEditor editor(*document);
  build(editor, *document);
  const std::optional<Fix> fix = std::move(editor).finish("test");
  if (!fix) return "<declined>";
  const std::string result = applyEdits(text, fix->edits);
  const SourceText after("after.json", result);
  CHECK_MESSAGE(loadJson(after).has_value(), "not JSON any more:\n" << result);
  return result;
}

std::string removing(const std::string& text, const std::string& pointer) {
  return edited(text, [&](JsonEditor& e, const Document& d) { e.removeMember(d.find(pointer)); });
}

}  // namespace

TEST_CASE("fix edits: removing a member on one line takes its comma and nothing else") {
  const std::string text = R"({"containerPort": 80, "hostPort": 8080})";
  CHECK(removing(text, "/hostPort") == R"({"containerPort": 80})");
  CHECK(removing(text, "/containerPort") == R"({"hostPort": 8080})");
  CHECK(removing(R"({"a": 1, "b": 2, "c": 3})", "/b") == R"({"a": 1, "c": 3})");
  CHECK(removing(R"({ "a": 1 })", "/a") == R"({})");
  CHECK(removing(R"([1, 2, 3])", "/2") == R"([1, 2])");
  CHECK(removing(R"([1,2,3])", "/0") == R"([2,3])");
}

TEST_CASE("fix edits: a member on its own line disappears with its line") {
  CHECK(removing("{\n  \"a\": 1,\n  \"b\": {\n    \"x\": 2\n  },\n  \"c\": 3\n}\n", "/b") ==
        "{\n  \"a\": 1,\n  \"c\": 3\n}\n");
  CHECK(removing("{\n  \"a\": 1,\n  \"b\": 2\n}\n", "/b") == "{\n  \"a\": 1\n}\n");
  CHECK(removing("{\n  \"a\": 1,\n  \"b\": 2   \n}\n", "/b") == "{\n  \"a\": 1\n}\n");
  CHECK(removing("{\r\n  \"a\": 1,\r\n  \"b\": 2,\r\n  \"c\": 3\r\n}\r\n", "/b") ==
        "{\r\n  \"a\": 1,\r\n  \"c\": 3\r\n}\r\n");
  CHECK(removing("{\n\t\"a\": 1,\n\t\"b\": 2\n}", "/a") == "{\n\t\"b\": 2\n}");
  CHECK(removing("{\n  \"a\": 1\n}", "/a") == "{}");
  // A comma at the start of the next line (an unusual style) stays valid.
  CHECK(removing("{\n  \"a\": 1\n  , \"b\": 2\n}", "/a") == "{\n  \"b\": 2\n}");
}

TEST_CASE("fix edits: replacing, renaming and swapping touch only the value or key") {
  const std::string text = "{\"A\": \"x\",  \"b\" : \"y\"}";
  CHECK(edited(text, [](JsonEditor& e, const Document& d) { e.replaceString(d.find("/A"), "q\"\\"); }) ==
        "{\"A\": \"q\\\"\\\\\",  \"b\" : \"y\"}");
  CHECK(edited(text, [](JsonEditor& e, const Document& d) { e.renameKey(d.find("/A"), "a"); }) ==
        "{\"a\": \"x\",  \"b\" : \"y\"}");
  CHECK(edited(text, [](JsonEditor& e, const Document& d) { e.swapValues(d.find("/A"), d.find("/b")); }) ==
        "{\"A\": \"y\",  \"b\" : \"x\"}");
  // Nothing to change is no fix at all.
  CHECK(edited(text, [](JsonEditor& e, const Document& d) { e.replaceString(d.find("/A"), "x"); }) ==
        "<declined>");
  CHECK(edited(text, [](JsonEditor& e, const Document&) { e.removeMember(kNoNode); }) == "<declined>");
}

TEST_CASE("fix edits: a new member is laid out like its siblings") {
  const NewValue block =
      NewValue::object({{"logDriver", NewValue::string("awslogs")},
                        {"options", NewValue::object({{"awslogs-group", NewValue::string("/ecs/web")}})}});
  const auto adding = [&](const std::string& text, const std::string& pointer) {
    return edited(text,
                  [&](JsonEditor& e, const Document& d) { e.setMember(d.find(pointer), "log", block); });
  };
  CHECK(adding("{\n    \"name\": \"web\"\n}\n", "") ==
        "{\n    \"name\": \"web\",\n    \"log\": {\n        \"logDriver\": \"awslogs\",\n        "
        "\"options\": {\n"
        "            \"awslogs-group\": \"/ecs/web\"\n        }\n    }\n}\n");
  CHECK(adding("[\n\t{\n\t\t\"name\": \"web\"\n\t}\n]", "/0") ==
        "[\n\t{\n\t\t\"name\": \"web\",\n\t\t\"log\": {\n\t\t\t\"logDriver\": "
        "\"awslogs\",\n\t\t\t\"options\": {\n"
        "\t\t\t\t\"awslogs-group\": \"/ecs/web\"\n\t\t\t}\n\t\t}\n\t}\n]");
  CHECK(adding("{\"name\":\"web\",\"image\":\"x\"}", "") ==
        "{\"name\":\"web\",\"image\":\"x\",\"log\":{\"logDriver\":\"awslogs\",\"options\":{\"awslogs-group\":"
        "\"/ecs/web\"}}}");
  CHECK(
      adding("{\r\n  \"name\": \"web\"\r\n}", "") ==
      "{\r\n  \"name\": \"web\",\r\n  \"log\": {\r\n    \"logDriver\": \"awslogs\",\r\n    \"options\": {\r\n"
      "      \"awslogs-group\": \"/ecs/web\"\r\n    }\r\n  }\r\n}");
  CHECK(adding("{}", "") ==
        "{\"log\": {\"logDriver\": \"awslogs\", \"options\": {\"awslogs-group\": \"/ecs/web\"}}}");
  // An existing member (a null) has its value replaced rather than a duplicate key added.
  CHECK(adding("{\n  \"log\": null,\n  \"name\": \"web\"\n}", "") ==
        "{\n  \"log\": {\n    \"logDriver\": \"awslogs\",\n    \"options\": {\n      \"awslogs-group\": "
        "\"/ecs/web\"\n"
        "    }\n  },\n  \"name\": \"web\"\n}");
}

TEST_CASE("fix edits: hoisting unwraps an object, dedents it, and carries what would be lost") {
  const std::array<std::string_view, 1> tags{"tags"};
  const auto hoisting = [&](const std::string& text) {
    return edited(text,
                  [&](JsonEditor& e, const Document& d) { e.hoistMember(d.find("/taskDefinition"), tags); });
  };
  CHECK(
      hoisting("{\n  \"taskDefinition\": {\n    \"family\": \"web\",\n    \"cpu\": [\n      1\n    ]\n  },\n"
               "  \"tags\": []\n}\n") == "{\n  \"family\": \"web\",\n  \"cpu\": [\n    1\n  ]\n}\n");
  CHECK(hoisting("{\"taskDefinition\": {\"family\": \"web\"}}") == "{\"family\": \"web\"}");
  CHECK(
      hoisting("{\n  \"tags\": [\n    {\"key\": \"team\", \"value\": \"a\"}\n  ],\n  \"taskDefinition\": {\n"
               "    \"family\": \"web\"\n  }\n}") ==
      "{\n  \"family\": \"web\",\n  \"tags\": [\n    {\"key\": \"team\", \"value\": \"a\"}\n  ]\n}");
  // Mixed indentation: lines that do not start with the level being removed are left alone.
  CHECK(hoisting(
            "{\n    \"taskDefinition\": {\n\t\t\"family\": \"web\",\n        \"cpu\": \"256\"\n    }\n}") ==
        "{\n\t\t\"family\": \"web\",\n    \"cpu\": \"256\"\n}");
  // Something that cannot be carried declines rather than being dropped.
  CHECK(hoisting("{\"taskDefinition\": {\"family\": \"web\"}, \"other\": 1}") == "<declined>");
  CHECK(hoisting("{\"taskDefinition\": {\"family\": \"web\", \"tags\": []}, \"tags\": [1]}") == "<declined>");
}

TEST_CASE("fix edits: fixes that touch the same bytes are applied in different passes") {
  const auto fixOf = [](std::vector<TextEdit> edits) {
    Finding finding;
    finding.fix = Fix{"test", std::move(edits)};
    return finding;
  };
  const TextEdit deleteAB{{0, 2}, ""};
  const TextEdit deleteBC{{1, 3}, ""};
  const TextEdit deleteCD{{2, 4}, ""};
  const TextEdit insertAt2{{2, 2}, "x"};
  const TextEdit insertAt5{{5, 5}, "y"};
  CHECK(editsConflict(deleteAB, deleteBC));
  CHECK_FALSE(editsConflict(deleteAB, deleteCD));  // adjacent deletions are independent
  CHECK(editsConflict(deleteAB, insertAt2));       // an insertion at the edge of a deletion is not
  CHECK(editsConflict(insertAt2, insertAt2));
  CHECK_FALSE(editsConflict(insertAt2, insertAt5));

  const std::vector<Finding> findings{fixOf({deleteAB}), fixOf({deleteBC, insertAt5}), fixOf({deleteCD}),
                                      fixOf({deleteCD}), Finding{}};
  const FixSelection selection = selectFixes(findings);
  CHECK(selection.fixed == 3);  // the second fix waits: one of its edits conflicts, so none applies
  REQUIRE(selection.edits.size() == 2);
  CHECK(applyEdits("abcdef", selection.edits) == "ef");
}

TEST_CASE("fixer: conflicting fixes are applied in later passes, and the result is whole") {
  // Removing "revision" takes the comma before "status"; removing "status" (the last member) takes
  // the comma after "revision": one pass may apply only one of them.
  const std::string text =
      "\xEF\xBB\xBF{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\", \"image\": "
      "\"nginx:1\", \"memory\": 512,\n"
      "  \"logConfiguration\": {\"logDriver\": \"json-file\"}}], \"revision\": 3, \"status\": \"ACTIVE\"}\n";
  const FileReport before = lintText(text);
  REQUIRE(ruleIds(before) == "ECS009,ECS009");
  REQUIRE(selectFixes(before.findings).fixed == 1);
  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), LintOptions{});
  const FileReport after = lintAndFix(linter, "test.json", text);
  CHECK(after.fixed == 2);
  CHECK(ruleIds(after).empty());
  CHECK(after.source->bytes() ==
        "\xEF\xBB\xBF{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\", \"image\": "
        "\"nginx:1\", \"memory\": 512,\n"
        "  \"logConfiguration\": {\"logDriver\": \"json-file\"}}]}\n");
  CHECK(*after.unfixedBytes == text);
}

}  // namespace ecslint::test
