// The message catalogues (rules/messages/*.txt, rules/ja/messages/*.txt): complete in both
// languages, the same arguments in both, no English left in Japanese, every id used by the code and
// every id the code uses defined; and rendering as SARIF and the text reporter need it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "english_left.h"
#include "message/message_catalogue.h"
#include "test_support.h"

namespace ecslint {
extern const std::span<const EmbeddedFile> kEmbeddedEnglishMessages;
extern const std::span<const EmbeddedFile> kEmbeddedJapaneseMessages;
}  // namespace ecslint

namespace ecslint::test {

namespace {

// Every message the suite renders must exist and get exactly its arguments (a mistake throws).
const bool kStrictMessages = [] {
  MessageCatalogue::setStrict(true);
  return true;
}();

Result<MessageCatalogue, std::string> parseTexts(std::string_view english, std::string_view japanese) {
  const EmbeddedFile en[] = {{"test.txt", english}};
  const EmbeddedFile ja[] = {{"test.txt", japanese}};
  return MessageCatalogue::parse(en, ja);
}

std::string parseError(std::string_view english, std::string_view japanese) {
  auto parsed = parseTexts(english, japanese);
  return parsed ? std::string() : parsed.error();
}

}  // namespace

TEST_CASE("messages: the built-in catalogue parses: every id in both languages, with the same arguments") {
  CHECK(kStrictMessages);
  auto parsed = MessageCatalogue::parse(kEmbeddedEnglishMessages, kEmbeddedJapaneseMessages);
  REQUIRE_MESSAGE(parsed.has_value(), (parsed ? "" : parsed.error()));
  // builtIn() reads the same files without the checks: it must read them the same.
  const MessageCatalogue& builtIn = MessageCatalogue::builtIn();
  REQUIRE(parsed->ids() == builtIn.ids());
  for (const std::string_view id : parsed->ids()) {
    INFO(id);
    for (const Language language : kLanguages)
      CHECK(parsed->text(language, id) == builtIn.text(language, id));
    const auto expected = parsed->argumentNames(id);
    const auto actual = builtIn.argumentNames(id);
    CHECK(std::vector<std::string_view>(expected.begin(), expected.end()) ==
          std::vector<std::string_view>(actual.begin(), actual.end()));
  }
  CHECK(!parsed->ids().empty());
}

TEST_CASE("messages: the parser refuses an incomplete or inconsistent catalogue") {
  CHECK(parseError("a.b: x {name}\n", "a.b: y {name}\n").empty());
  CHECK(parseError("a.b: x\nc.d: y\n", "a.b: x\n").find("'c.d' has no Japanese text") != std::string::npos);
  CHECK(parseError("a.b: x\n", "a.b: x\nc.d: y\n").find("'c.d' has no English text") != std::string::npos);
  CHECK(parseError("a.b: x {name}\n", "a.b: y {other}\n").find("exactly the English text's arguments") !=
        std::string::npos);
  CHECK(parseError("a.b: x {name}\n", "a.b: y\n").find("exactly") != std::string::npos);
  CHECK(parseError("a.b: x } y\n", "a.b: y\n").find("lone '}'") != std::string::npos);
  CHECK(parseError("a.b: x { y\n", "a.b: y\n").find("without its '}'") != std::string::npos);
  CHECK(parseError("a.b: x {0}\n", "a.b: y {0}\n").find("not a lower_case name") != std::string::npos);
  CHECK(parseError("a.b: x {Name}\n", "a.b: y {Name}\n").find("not a lower_case name") != std::string::npos);
  CHECK(parseError("a.b: x\na.b: y\n", "a.b: y\n").find("defined twice") != std::string::npos);
  CHECK(parseError("a.b x\n", "a.b: y\n").find("test.txt:1: expected 'id: text'") != std::string::npos);
  CHECK(parseError("# comment\n\na.b: {{literal}} {name}\n", "a.b: {name} {{x}}\n").empty());
}

TEST_CASE("messages: rendering with named arguments, in either language, and in SARIF's positional form") {
  auto parsed = parseTexts("a.b: {container} has {count} ports; {{braces}} stay\n",
                           "a.b: {count} 個のポートが {container} にあります {{x}}\n");
  REQUIRE(parsed.has_value());
  const MessageArgs arguments{{"container", "container 'web'"}, {"count", "2"}};
  CHECK(parsed->render(Language::English, "a.b", arguments) == "container 'web' has 2 ports; {braces} stay");
  CHECK(parsed->render(Language::Japanese, "a.b", arguments) ==
        "2 個のポートが container 'web' にあります {x}");
  CHECK(parsed->positionalText(Language::English, "a.b") == "{0} has {1} ports; {{braces}} stay");
  CHECK(parsed->positionalText(Language::Japanese, "a.b") == "{1} 個のポートが {0} にあります {{x}}");
  CHECK(parsed->argumentNames("a.b").size() == 2);
  // Strict (the test suite): an unknown id or other arguments are defects of the caller.
  CHECK_THROWS_AS(parsed->render(Language::English, "a.c", {}), std::logic_error);
  CHECK_THROWS_AS(parsed->render(Language::English, "a.b", {{"container", "x"}}), std::logic_error);
  MessageCatalogue::setStrict(false);
  // A release run never throws: the id, or the placeholder, stands in.
  CHECK(parsed->render(Language::English, "a.c", {}) == "a.c");
  CHECK(parsed->render(Language::English, "a.b", {{"container", "x"}}) ==
        "x has {count} ports; {braces} stay");
  MessageCatalogue::setStrict(true);
}

TEST_CASE("messages: renderCount picks .one or .other") {
  CHECK(renderCount(Language::English, "report.summary.files", 1) == "1 file");
  CHECK(renderCount(Language::English, "report.summary.files", 2) == "2 files");
  CHECK(renderCount(Language::Japanese, "report.summary.files", 2) == "2 ファイル");
}

TEST_CASE("messages: no English sentence is left in a Japanese text") {
  CHECK(englishLeft("the task has its own network") == "the task has");
  CHECK(englishLeft("コンテナ 'web' の hostPort 8080 が containerPort 80 と異なります").empty());
  CHECK(englishLeft(
            "AWS は \"When networkMode=awsvpc, the host ports and container ports must match.\" と返します")
            .empty());
  CHECK(englishLeft("{container} の awslogs-group がありません (--launch-type で指定)").empty());
  const MessageCatalogue& catalogue = MessageCatalogue::builtIn();
  for (const std::string_view id : catalogue.ids()) {
    INFO(id);
    const std::string_view text = catalogue.text(Language::Japanese, id);
    CHECK_MESSAGE(englishLeft(text).empty(), "English left: " << englishLeft(text));
  }
}

// Every id the catalogue defines is used by the code (no dead entries), and every id the code names
// is defined. An id is a string literal of the form "ECS101.awsvpc" or "report.summary.files"
// (renderCount adds ".one" or ".other").
TEST_CASE("messages: the code and the catalogue name the same ids") {
  const std::regex literal(
      R"re("((?:ECS[0-9]{3}|common|report|cli|config|input|docs|lsp|terraform)\.[a-z0-9.-]*[a-z0-9])")re");
  std::set<std::string> used;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(sourceDir() / "src")) {
    if (!entry.is_regular_file()) continue;
    const std::string text = readFile(entry.path());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), literal); it != std::sregex_iterator();
         ++it) {
      const std::string id = (*it)[1].str();
      if (!id.ends_with(".md") && !id.ends_with(".json")) used.insert(id);  // "ECS101.md" is a file
    }
  }
  const MessageCatalogue& catalogue = MessageCatalogue::builtIn();
  std::set<std::string> defined;
  for (const std::string_view id : catalogue.ids()) {
    std::string name(id);
    for (const std::string_view plural : {".one", ".other"}) {
      if (name.ends_with(plural)) name.resize(name.size() - plural.size());
    }
    // A rule message's Terraform variant is used wherever the message is
    // (FindingReporter::preferTerraformWording, check/rule_context.h).
    if (name.starts_with("ECS") && name.ends_with(".terraform")) {
      const std::string base = name.substr(0, name.size() - std::string_view(".terraform").size());
      INFO(id);
      CHECK_MESSAGE(catalogue.contains(base), "a Terraform variant of no message");
      auto baseArguments = catalogue.argumentNames(base);
      auto variantArguments = catalogue.argumentNames(id);
      std::sort(baseArguments.begin(), baseArguments.end());
      std::sort(variantArguments.begin(), variantArguments.end());
      CHECK_MESSAGE(baseArguments == variantArguments, "a Terraform variant takes its message's arguments");
      continue;
    }
    defined.insert(name);
    INFO(id);
    CHECK_MESSAGE(used.count(name) == 1, "defined but never used in src/");
  }
  for (const std::string& id : used) {
    INFO(id);
    CHECK_MESSAGE(defined.count(id) == 1, "used in src/ but not in rules/messages/");
  }
}

}  // namespace ecslint::test
