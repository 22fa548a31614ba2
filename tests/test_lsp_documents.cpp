// The language server's documents: which get diagnostics, what a diagnostic holds, incremental
// edits that add and remove findings (debounced), UTF-16 and UTF-8 ranges over Japanese text,
// configuration reloads, the language of messages, and pulled diagnostics.
#include <malloc.h>

#include "catalogue/rule_page.h"
#include "cli_runner.h"
#include "lsp_session.h"

namespace ecslint::test {
namespace {

// What malloc holds: its arenas' allocated chunks and its mmapped ones.
std::size_t heapInUse() {
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

std::string uriOf(const std::filesystem::path& path) { return "file://" + path.string(); }

const rapidjson::Value& onlyDiagnostic(const Json& publication) {
  const auto& diagnostics = publication["params"]["diagnostics"];
  REQUIRE(diagnostics.Size() == 1);
  return diagnostics[0];
}

std::string rangeText(const rapidjson::Value& range) {
  return std::to_string(range["start"]["line"].GetInt()) + ":" +
         std::to_string(range["start"]["character"].GetInt()) + "-" +
         std::to_string(range["end"]["line"].GetInt()) + ":" +
         std::to_string(range["end"]["character"].GetInt());
}

}  // namespace

TEST_CASE("lsp documents: a task definition's findings as diagnostics, at once on open") {
  LspSession session;
  session.initialize();
  session.open("file:///nowhere/task.json", hostPortMismatchTask(), 7);
  const std::vector<Json> published = session.published();
  REQUIRE(published.size() == 1);
  CHECK(str(published[0]["params"]["uri"]) == "file:///nowhere/task.json");
  CHECK(published[0]["params"]["version"].GetInt() == 7);
  const auto& diagnostic = onlyDiagnostic(published[0]);
  CHECK(str(diagnostic["code"]) == "ECS101");
  CHECK(str(diagnostic["source"]) == "ecslint");
  CHECK(diagnostic["severity"].GetInt() == 1);
  CHECK(str(diagnostic["codeDescription"]["href"]) ==
        rulePageUrl(*RuleCatalogue::builtIn().find("ECS101"), Language::English));
  // Line 10 (0-based 9): `    "portMappings": [{"containerPort": 80, "hostPort": 8080}],`; 8080 is the value.
  CHECK(rangeText(diagnostic["range"]) == "9:55-9:59");
  CHECK(str(diagnostic["message"]).starts_with("hostPort 8080 differs from containerPort 80"));
}

TEST_CASE(
    "lsp documents: suppressions as on the command line, an unused one faded, related locations linked") {
  // The task's ecslint:ignore tag suppresses ECS101; without the finding the tag is unused (ECS012),
  // which editors fade (DiagnosticTag.Unnecessary).
  const auto tagged = [](std::string text) {
    text.insert(text.find("\"containerDefinitions\""),
                "\"tags\": [{\"key\": \"ecslint:ignore\", \"value\": \"ECS101\"}],\n  ");
    return text;
  };
  LspSession session;
  session.initialize();
  session.open("file:///p/suppressed.json", tagged(hostPortMismatchTask()));
  CHECK(session.publishedRules().empty());
  session.open("file:///p/unused.json", tagged(kCleanTask));
  std::vector<Json> published = session.published();
  REQUIRE(published.size() == 1);
  const auto& unused = onlyDiagnostic(published[0]);
  CHECK(str(unused["code"]) == "ECS012");
  CHECK(jsonText(unused["tags"]) == "[1]");

  // Two containers named "web": ECS501 at the second name, linked to the first.
  std::string twice = kCleanTask;
  const std::size_t first = twice.find("{\n    \"name\"");
  const std::size_t end = twice.find("\n  }]") + 4;
  twice.insert(end, ", " + twice.substr(first, end - first));
  session.open("file:///p/twice.json", twice);
  published = session.published();
  REQUIRE(published.size() == 1);
  bool linked = false;
  for (const auto& diagnostic : published[0]["params"]["diagnostics"].GetArray()) {
    if (str(diagnostic["code"]) != "ECS501") continue;
    const auto& related = diagnostic["relatedInformation"];
    REQUIRE(related.Size() == 1);
    CHECK(str(related[0]["location"]["uri"]) == "file:///p/twice.json");
    CHECK(rangeText(related[0]["location"]["range"]) == "8:12-8:17");  // the first "web"
    CHECK_FALSE(str(related[0]["message"]).empty());
    linked = true;
  }
  CHECK(linked);
}

TEST_CASE("lsp documents: other JSON and YAML get no diagnostics, a broken task definition does") {
  LspSession session;
  session.initialize();
  session.open("file:///p/package.json", R"({"name": "web", "version": "1.0.0"})");
  CHECK(session.publishedRules().empty());  // not ECS013
  session.open("file:///p/workflow.yaml", "on: push\njobs: {}\n");
  CHECK(session.publishedRules().empty());
  session.open("file:///p/.ecslint.json", R"({"select": ["ECS1"]})");
  CHECK(session.publishedRules().empty());
  session.open("file:///p/tsconfig.json", "{ // comments\n}");
  CHECK(session.publishedRules().empty());
  // Text that says what it is: its parse error shows.
  session.open("file:///p/task.json", R"({"containerDefinitions": [)");
  CHECK(session.publishedRules() == "ECS001");

  // A task definition broken by an edit keeps showing its parse error, whatever is left of it.
  session.open("file:///p/web.json", kCleanTask);
  CHECK(session.publishedRules().empty());
  session.notify(
      "textDocument/didChange",
      R"({"textDocument":{"uri":"file:///p/web.json","version":2},"contentChanges":[{"text":"{\"family\": "}]})");
  session.advance(200);
  CHECK(session.publishedRules() == "ECS001");
}

TEST_CASE("lsp documents: a CloudFormation template in YAML gets diagnostics") {
  LspSession session;
  session.initialize();
  const std::string uri = "file:///p/template.yaml";
  session.open(uri, readFile(sourceDir() / "fixtures/ECS101/bad-template-short-forms.yaml"));
  const std::string rules = session.publishedRules();
  CHECK(rules.find("ECS101") != std::string::npos);
}

TEST_CASE("lsp documents: incremental edits add and remove findings, debounced to the newest text") {
  LspSession session;
  session.initialize();
  const std::string uri = "file:///p/task.json";
  session.open(uri, kCleanTask);
  CHECK(session.publishedRules().empty());
  // Line 9 (0-based 8) is `    "name": "web",`: type a port mapping after it, in three edits.
  session.change(uri, 2, 8, 18, 8, 18, "\n    \"portMappings\": [");
  session.advance(50);
  session.change(uri, 3, 9, 21, 9, 21, "{\"containerPort\": 80, \"hostPort\": 8080}");
  session.advance(50);
  session.change(uri, 4, 9, 61, 9, 61, "],");
  session.advance(100);
  CHECK(session.published().empty());  // still typing: 100 ms since the last edit
  session.advance(50);
  const std::vector<Json> published = session.published();
  REQUIRE(published.size() == 1);  // once, on the newest text
  CHECK(published[0]["params"]["version"].GetInt() == 4);
  CHECK(str(onlyDiagnostic(published[0])["code"]) == "ECS101");
  CHECK(rangeText(onlyDiagnostic(published[0])["range"]) == "9:55-9:59");

  // Replace 8080 by 80: the finding goes.
  session.change(uri, 5, 9, 55, 9, 59, "80");
  session.advance(150);
  CHECK(session.publishedRules().empty());
  CHECK(session.server().nextLintAt() == std::nullopt);

  // A request that needs the findings lints a dirty document first.
  session.change(uri, 6, 9, 55, 9, 57, "8080");
  CHECK(session
            .request("textDocument/hover",
                     R"({"textDocument":{"uri":"file:///p/task.json"},"position":{"line":9,"character":56}})")
                ["result"]
            .IsObject());
  CHECK(session.publishedRules() == "ECS101");

  // Positions past the end clamp: a change at line 1000 appends.
  session.change(uri, 7, 1000, 0, 1000, 5, "\n");
  session.advance(150);
  CHECK(session.publishedRules() == "ECS101");
  session.notify("textDocument/didClose", R"({"textDocument":{"uri":"file:///p/task.json"}})");
  CHECK(session.publishedRules().empty());
  CHECK(session.server().documents().all().empty());
}

TEST_CASE("lsp documents: ranges in UTF-16 code units over Japanese text, or UTF-8 bytes when negotiated") {
  // `"dockerLabels": {"note": "日本語😀"}, ` before the finding: 3 BMP characters (3 bytes each) and
  // one outside it (2 UTF-16 units, 4 bytes).
  std::string text = hostPortMismatchTask();
  text.insert(text.find("\"portMappings\""), "\"dockerLabels\": {\"note\": \"日本語😀\"}, ");
  LspSession session;
  session.initialize();
  session.open("file:///p/task.json", text);
  std::vector<Json> published = session.published();
  REQUIRE(published.size() == 1);
  CHECK(rangeText(onlyDiagnostic(published[0])["range"]) == "9:90-9:94");  // 55 + 30 + 5 UTF-16 units
  // An edit in UTF-16 units after the emoji: 8080 -> 80.
  session.change("file:///p/task.json", 2, 9, 90, 9, 94, "80");
  session.advance(150);
  CHECK(session.publishedRules().empty());

  LspSession utf8;
  utf8.initialize(R"({"general":{"positionEncodings":["utf-8"]}})");
  utf8.open("file:///p/task.json", text);
  published = utf8.published();
  REQUIRE(published.size() == 1);
  CHECK(rangeText(onlyDiagnostic(published[0])["range"]) == "9:98-9:102");  // 55 + 30 + 13 bytes
}

TEST_CASE("lsp documents: a save lints at once, and a saved .ecslint.json re-lints the open documents") {
  const ScratchDirectory project("lsp-save");
  const std::filesystem::path task = project.write("task.json", kCleanTask);
  LspSession session;
  session.initialize();
  session.open(uriOf(task), kCleanTask);
  CHECK(session.publishedRules().empty());
  session.notify("textDocument/didChange", R"({"textDocument":{"uri":)" + jsonQuoted(uriOf(task)) +
                                               R"(,"version":2},"contentChanges":[{"text":)" +
                                               jsonQuoted(hostPortMismatchTask()) + "}]}");
  CHECK(session.published().empty());
  session.notify("textDocument/didSave", R"({"textDocument":{"uri":)" + jsonQuoted(uriOf(task)) + "}}");
  CHECK(session.publishedRules() == "ECS101");  // no time has passed: the save did not wait

  const std::filesystem::path config = project.write(".ecslint.json", R"({"ignore": ["ECS101"]})");
  session.open(uriOf(config), R"({"ignore": ["ECS101"]})");
  CHECK(session.publishedRules().empty());  // the configuration itself gets nothing
  session.notify("textDocument/didSave", R"({"textDocument":{"uri":)" + jsonQuoted(uriOf(config)) + "}}");
  std::vector<Json> published = session.published();
  REQUIRE(published.size() == 2);  // both documents again
  for (const Json& publication : published) CHECK(publication["params"]["diagnostics"].Size() == 0);
}

TEST_CASE("lsp documents: a changed .ecslint.json re-lints the open documents") {
  const ScratchDirectory project("lsp-config");
  const std::filesystem::path task = project.write("services/web.json", hostPortMismatchTask());
  LspSession session;
  session.initialize();
  session.open(uriOf(task), hostPortMismatchTask());
  CHECK(session.publishedRules() == "ECS101");

  project.write(".ecslint.json", R"({"ignore": ["ECS101"]})");
  session.notify(
      "workspace/didChangeWatchedFiles",
      R"({"changes":[{"uri":)" + jsonQuoted(uriOf(project.path() / ".ecslint.json")) + R"(,"type":1}]})");
  CHECK(session.publishedRules().empty());

  // A broken configuration is said at the top of the document, as the command line would refuse it.
  project.write(".ecslint.json", R"({"ignore": ["ECS101"], "colour": true})");
  session.notify("workspace/didChangeConfiguration", R"({"settings":{}})");
  std::vector<Json> published = session.published();
  REQUIRE(published.size() == 1);
  const auto& problem = onlyDiagnostic(published[0]);
  CHECK(rangeText(problem["range"]) == "0:0-0:0");
  CHECK(str(problem["message"]).starts_with("ecslint cannot use its configuration for this file: "));
  // ... only on the documents that are ecslint's business.
  session.open(uriOf(project.path() / "package.json"), R"({"name": "web"})");
  CHECK(session.publishedRules().empty());

  // Other files changing re-lint nothing.
  session.notify("workspace/didChangeWatchedFiles",
                 R"({"changes":[{"uri":)" + jsonQuoted(uriOf(task)) + R"(,"type":2}]})");
  CHECK(session.published().empty());
}

TEST_CASE("lsp documents: per_file_ignores resolve by the file's path, on the buffer's text") {
  const ScratchDirectory project("lsp-ignores");
  project.write(".ecslint.json", R"({"per_file_ignores": {"services/web.json": ["ECS101"]}})");
  // On disk the file is clean; the buffer has the finding. Only its path decides the ignore.
  const std::filesystem::path web = project.write("services/web.json", kCleanTask);
  const std::filesystem::path api = project.write("services/api.json", kCleanTask);
  LspSession session;
  session.initialize();
  session.open(uriOf(web), hostPortMismatchTask());
  CHECK(session.publishedRules().empty());
  session.open(uriOf(api), hostPortMismatchTask());
  CHECK(session.publishedRules() == "ECS101");
}

TEST_CASE("lsp documents: messages in the configuration's language, else the client's locale") {
  const ScratchDirectory project("lsp-language");
  const std::filesystem::path task = project.write("task.json", hostPortMismatchTask());
  LspSession japanese;
  japanese.initialize("{}", R"(,"locale":"ja-JP")");
  japanese.open(uriOf(task), hostPortMismatchTask());
  std::vector<Json> published = japanese.published();
  REQUIRE(published.size() == 1);
  const std::string message = str(onlyDiagnostic(published[0])["message"]);
  CHECK(message.find("コンテナ") != std::string::npos);
  CHECK(str(onlyDiagnostic(published[0])["codeDescription"]["href"]).ends_with("/docs/rules/ja/ECS101.md"));

  project.write(".ecslint.json", R"({"lang": "en"})");
  LspSession english;
  english.initialize("{}", R"(,"locale":"ja")");
  english.open(uriOf(task), hostPortMismatchTask());
  published = english.published();
  REQUIRE(published.size() == 1);
  CHECK(str(onlyDiagnostic(published[0])["message"]).starts_with("hostPort 8080"));
}

TEST_CASE("lsp documents: pulled diagnostics, when the client asks for them, and nothing pushed") {
  LspSession session;
  session.initialize(R"({"textDocument":{"diagnostic":{}}})");
  session.open("file:///p/task.json", hostPortMismatchTask());
  CHECK(session.published().empty());
  const Json report =
      session.request("textDocument/diagnostic", R"({"textDocument":{"uri":"file:///p/task.json"}})");
  CHECK(str(report["result"]["kind"]) == "full");
  REQUIRE(report["result"]["items"].Size() == 1);
  CHECK(str(report["result"]["items"][0]["code"]) == "ECS101");
  session.change("file:///p/task.json", 2, 9, 55, 9, 59, "80");
  session.advance(1000);
  CHECK(session.published().empty());
  session.notify("workspace/didChangeConfiguration", R"({"settings":{}})");
  CHECK(session.take().empty());  // the client cannot be told to pull again: it was not asked to
  CHECK(session
            .request("textDocument/diagnostic",
                     R"({"textDocument":{"uri":"file:///p/task.json"}})")["result"]["items"]
            .Size() == 0);
}

TEST_CASE(
    "lsp documents: a client that can refresh pulled diagnostics is told to when the configuration changes") {
  LspSession session;
  session.initialize(
      R"({"textDocument":{"diagnostic":{}},"workspace":{"diagnostics":{"refreshSupport":true}}})");
  session.open("file:///p/task.json", hostPortMismatchTask());
  session.notify("workspace/didChangeConfiguration", R"({"settings":{}})");
  const std::vector<Json> messages = session.take();
  REQUIRE(messages.size() == 1);
  CHECK(str(messages[0]["method"]) == "workspace/diagnostic/refresh");
  CHECK(messages[0]["id"].IsInt());
}

TEST_CASE("lsp documents: memory stays flat over 100,000 edits") {
  LspSession session;
  session.initialize();
  const std::string uri = "file:///p/task.json";
  session.open(uri, hostPortMismatchTask());
  session.published();
  const std::size_t size = session.server().documents().all().begin()->second.text.size();
  std::size_t heapAfterFirstLints = 0;
  // Type and delete a character, over and over; lint now and then, as pauses in typing would.
  for (int version = 2; version < 100'002; version += 2) {
    session.change(uri, version, 2, 0, 2, 0, "x");
    session.change(uri, version + 1, 2, 0, 2, 1, "");
    if (version % 2000 == 0) {
      session.advance(150);
      CHECK(session.publishedRules() == "ECS101");
      if (version == 10'000) heapAfterFirstLints = heapInUse();
    }
  }
  // What malloc holds after 10,000 edits and after 100,000: a few bytes kept per edit would be
  // hundreds of KiB here.
  const std::size_t heap = heapInUse();
  CHECK(heap < heapAfterFirstLints + 64 * 1024);
  const lsp::OpenDocument& document = session.server().documents().all().begin()->second;
  CHECK(document.text.size() == size);
  CHECK(document.text.capacity() < 2 * size + 64);
  CHECK(session.server().documents().all().size() == 1);
}

}  // namespace ecslint::test
