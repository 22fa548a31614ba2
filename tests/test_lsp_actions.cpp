// The language server's code actions (quick fixes, fix all, ignore a rule through the
// configuration) and hover (the rule's explanation).
#include "catalogue/rule_page.h"
#include "cli_runner.h"
#include "lsp/positions.h"
#include "lsp_session.h"

namespace ecslint::test {
namespace {

std::string uriOf(const std::filesystem::path& path) { return "file://" + path.string(); }

std::string codeActionParams(const std::string& uri, int line, int character, const std::string& only = "") {
  const std::string position =
      R"({"line":)" + std::to_string(line) + R"(,"character":)" + std::to_string(character) + "}";
  return R"({"textDocument":{"uri":)" + jsonQuoted(uri) + R"(},"range":{"start":)" + position + R"(,"end":)" +
         position + R"(},"context":{"diagnostics":[])" +
         (only.empty() ? "" : R"(,"only":[)" + jsonQuoted(only) + "]") + "}}";
}

// Applies a TextEdit array to `text` (edits do not overlap; applied from the last).
std::string applied(std::string text, const rapidjson::Value& edits) {
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>> changes;
  for (const auto& edit : edits.GetArray()) {
    const auto at = [&](const char* end) {
      return lsp::offsetAt(text,
                           {edit["range"][end]["line"].GetUint(), edit["range"][end]["character"].GetUint()},
                           lsp::PositionEncoding::Utf16);
    };
    changes.emplace_back(at("start"), at("end"), str(edit["newText"]));
  }
  std::sort(changes.rbegin(), changes.rend());
  for (const auto& [begin, end, replacement] : changes) text.replace(begin, end - begin, replacement);
  return text;
}

}  // namespace

TEST_CASE("lsp actions: a quick fix per safe fix under the cursor, preferred when it is the only one") {
  LspSession session;
  session.initialize(R"({"workspace":{"workspaceEdit":{"documentChanges":true}}})");
  const std::string uri = "file:///p/task.json";
  session.open(uri, hostPortMismatchTask(), 3);
  session.published();
  const Json response = session.request("textDocument/codeAction", codeActionParams(uri, 9, 56, "quickfix"));
  const auto& actions = response["result"];
  REQUIRE(actions.Size() == 1);  // no configuration, and the client cannot create one: no ignore action
  const auto& fix = actions[0];
  CHECK(str(fix["title"]) == "remove hostPort 8080");
  CHECK(str(fix["kind"]) == "quickfix");
  CHECK(fix["isPreferred"].GetBool() == true);
  CHECK(str(fix["diagnostics"][0]["code"]) == "ECS101");
  const auto& change = fix["edit"]["documentChanges"][0];
  CHECK(change["textDocument"]["version"].GetInt() == 3);
  const std::string fixed = applied(hostPortMismatchTask(), change["edits"]);
  CHECK(fixed.find("hostPort") == std::string::npos);
  CHECK(ruleIds(lintText(fixed)).empty());

  // Elsewhere in the file: nothing to fix there.
  CHECK(
      session.request("textDocument/codeAction", codeActionParams(uri, 1, 3, "quickfix"))["result"].Size() ==
      0);
}

TEST_CASE("lsp actions: fix all safe problems in the file, as one edit, when asked for source actions") {
  LspSession session;
  session.initialize();  // no documentChanges: the edit is in `changes`
  const std::string uri = "file:///p/task.json";
  std::string text = hostPortMismatchTask();
  text.replace(text.find("\"executionRoleArn\""), 18,
               "\"executionRoleARN\"");  // ECS004: a misspelt key, fixable
  session.open(uri, text);
  const std::string rules = session.publishedRules();
  REQUIRE(rules.find("ECS101") != std::string::npos);
  const Json response =
      session.request("textDocument/codeAction", codeActionParams(uri, 0, 0, "source.fixAll"));
  const auto& actions = response["result"];
  REQUIRE(actions.Size() == 1);
  CHECK(str(actions[0]["kind"]) == "source.fixAll.ecslint");
  CHECK(str(actions[0]["title"]) == "Fix all safe problems in this file (ecslint)");
  const auto& edits = actions[0]["edit"]["changes"][uri.c_str()];
  REQUIRE(edits.Size() == 1);
  const std::string fixed = applied(text, edits);
  CHECK(ruleIds(lintText(fixed)).find("ECS101") == std::string::npos);
  CHECK(fixed.find("executionRoleArn") != std::string::npos);
  // Quick fixes only: no source action.
  CHECK(
      session.request("textDocument/codeAction", codeActionParams(uri, 0, 0, "quickfix"))["result"].Size() ==
      0);
}

TEST_CASE("lsp actions: ignore a rule in this file through the configuration, never the document") {
  const ScratchDirectory project("lsp-ignore");
  const std::filesystem::path config =
      project.write(".ecslint.json", "{\n  \"launch_type\": \"FARGATE\"\n}\n");
  const std::filesystem::path task = project.write("services/web.json", hostPortMismatchTask());
  LspSession session;
  session.initialize(R"({"workspace":{"workspaceEdit":{"documentChanges":true}}})");
  session.open(uriOf(task), hostPortMismatchTask());
  CHECK(session.publishedRules() == "ECS101");
  Json response =
      session.request("textDocument/codeAction", codeActionParams(uriOf(task), 9, 56, "quickfix"));
  REQUIRE(response["result"].Size() == 2);
  const auto& ignore = response["result"][1];
  CHECK(str(ignore["title"]) == "Ignore ECS101 in this file (.ecslint.json per_file_ignores)");
  const auto& change = ignore["edit"]["documentChanges"][0];
  CHECK(str(change["textDocument"]["uri"]) == uriOf(config));
  CHECK(change["textDocument"]["version"].IsNull());
  const std::string edited = applied(readFile(config), change["edits"]);
  CHECK(
      edited ==
      "{\"per_file_ignores\": {\"services/web.json\": [\"ECS101\"]}, \n  \"launch_type\": \"FARGATE\"\n}\n");
  project.write(".ecslint.json", edited);
  session.notify("workspace/didChangeWatchedFiles",
                 R"({"changes":[{"uri":)" + jsonQuoted(uriOf(config)) + R"(,"type":2}]})");
  CHECK(session.publishedRules().empty());

  // A second rule joins the entry's array.
  std::string text = hostPortMismatchTask();
  text.replace(text.find("\"executionRoleArn\""), 18, "\"executionRoleARN\"");
  session.change(uriOf(task), 2, 0, 0, 1000, 0, text);
  session.advance(150);
  const std::string rules = session.publishedRules();
  REQUIRE_FALSE(rules.empty());
  const std::string rule = rules.substr(0, 6);
  response = session.request("textDocument/codeAction", codeActionParams(uriOf(task), 6, 5, "quickfix"));
  std::string added;
  for (const auto& action : response["result"].GetArray()) {
    if (str(action["title"]).starts_with("Ignore"))
      added = applied(edited, action["edit"]["documentChanges"][0]["edits"]);
  }
  CHECK(added.find("[\"ECS101\", \"" + rule + "\"]") != std::string::npos);

  // The configuration open in the editor with unsaved changes: its text is not what the edit would
  // be made on, so the action is not offered.
  session.open(uriOf(config), edited + " ");
  response = session.request("textDocument/codeAction", codeActionParams(uriOf(task), 6, 5, "quickfix"));
  for (const auto& action : response["result"].GetArray())
    CHECK_FALSE(str(action["title"]).starts_with("Ignore"));
}

TEST_CASE("lsp actions: without a configuration, ignoring creates one where the client can create files") {
  const ScratchDirectory project("lsp-ignore-create");
  std::filesystem::create_directories(project.path() / ".git");
  const std::filesystem::path task = project.write("web.json", hostPortMismatchTask());
  LspSession session;
  session.initialize(
      R"({"workspace":{"workspaceEdit":{"documentChanges":true,"resourceOperations":["create"]}}})");
  session.open(uriOf(task), hostPortMismatchTask());
  session.published();
  const Json response = session.request("textDocument/codeAction", codeActionParams(uriOf(task), 9, 56));
  const auto& actions = response["result"];
  REQUIRE(actions.Size() == 3);  // the quick fix, the ignore, and fix all (no `only`: every kind)
  const auto& changes = actions[1]["edit"]["documentChanges"];
  CHECK(str(changes[0]["kind"]) == "create");
  CHECK(str(changes[0]["uri"]) == uriOf(project.path() / ".ecslint.json"));
  const std::string created = applied("", changes[1]["edits"]);
  CHECK(created == "{\n  \"per_file_ignores\": {\n    \"./web.json\": [\"ECS101\"]\n  }\n}\n");
  // What it creates is a valid configuration that ignores the rule for this file.
  project.write(".ecslint.json", created);
  session.notify(
      "workspace/didChangeWatchedFiles",
      R"({"changes":[{"uri":)" + jsonQuoted(uriOf(project.path() / ".ecslint.json")) + R"(,"type":1}]})");
  CHECK(session.publishedRules().empty());
}

TEST_CASE("lsp actions: hover over a finding shows the rule's explanation, as ecslint explain prints it") {
  LspSession session;
  session.initialize();
  const std::string uri = "file:///p/task.json";
  session.open(uri, hostPortMismatchTask());
  session.published();
  Json hover = session.request(
      "textDocument/hover",
      R"({"textDocument":{"uri":"file:///p/task.json"},"position":{"line":9,"character":57}})");
  const RuleInfo& rule = *RuleCatalogue::builtIn().find("ECS101");
  CHECK(str(hover["result"]["contents"]["kind"]) == "markdown");
  CHECK(str(hover["result"]["contents"]["value"]) == ruleExplanation(rule, Language::English));
  CHECK(str(hover["result"]["contents"]["value"]).starts_with("ECS101 awsvpc-host-port-mismatch (error)\n"));
  hover = session.request(
      "textDocument/hover",
      R"({"textDocument":{"uri":"file:///p/task.json"},"position":{"line":1,"character":3}})");
  CHECK(hover["result"].IsNull());

  LspSession japanese;
  japanese.initialize("{}", R"(,"locale":"ja")");
  japanese.open(uri, hostPortMismatchTask());
  hover = japanese.request(
      "textDocument/hover",
      R"({"textDocument":{"uri":"file:///p/task.json"},"position":{"line":9,"character":57}})");
  CHECK(str(hover["result"]["contents"]["value"]) == ruleExplanation(rule, Language::Japanese));
  const Json actions = japanese.request("textDocument/codeAction", codeActionParams(uri, 0, 0, "source"));
  REQUIRE(actions["result"].Size() == 1);
  CHECK(str(actions["result"][0]["title"]) == "このファイルの安全に直せる問題をすべて修正 (ecslint)");
}

}  // namespace ecslint::test
