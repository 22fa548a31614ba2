// ecslint in Japanese (--lang ja): golden text, JSON and SARIF output of the bundled examples, an
// API task definition and a CloudFormation template (ECSLINT_UPDATE_GOLDEN=1 rewrites them; review
// the diff). The same runs in English are the goldens beside them.
#include <doctest/doctest.h>

#include "english_left.h"
#include "golden_support.h"
#include "report/json_reporter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"

namespace ecslint::test {
namespace {

const std::vector<std::filesystem::path> kExamples = {"fixtures/examples/pitfalls.json",
                                                      "fixtures/examples/web-template.yaml"};

LintOptions inJapanese() {
  LintOptions options;
  options.language = Language::Japanese;
  return options;
}

}  // namespace

TEST_CASE("japanese goldens: text") {
  std::ostringstream out;
  TextReporter reporter(out, TextStyle{true, false, false}, Language::Japanese);
  const std::string text = render(reporter, out, kExamples, inJapanese());
  compareWithGolden(text, "examples.ja.txt");
  // Every line but the source excerpts and the file:line:col prefix is Japanese.
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(" | ") != std::string::npos || line.starts_with("   |")) continue;  // source excerpt
    const std::size_t label = line.find(": ", line.find(": ") + 1);  // after "path:l:c: error"
    const std::string said = label == std::string::npos ? line : line.substr(label + 2);
    INFO(line);
    CHECK(englishLeft(said.substr(0, said.rfind(" ["))).empty());  // the [ECS101 name] tag stays
  }
}

TEST_CASE("japanese goldens: JSON") {
  std::ostringstream out;
  JsonReporter reporter(out);
  compareWithGolden(render(reporter, out, kExamples, inJapanese()), "examples.ja.json");
}

TEST_CASE("japanese goldens: SARIF, with the messages' ids and arguments and run.language ja-JP") {
  std::ostringstream out;
  SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/", "", nullptr, Language::Japanese);
  const std::string sarif = render(reporter, out, kExamples, inJapanese());
  CHECK(sarif.find("\"language\": \"ja-JP\"") != std::string::npos);
  CHECK(sarif.find("\"messageStrings\"") != std::string::npos);
  CHECK(sarif.find("\"arguments\"") != std::string::npos);
  compareWithGolden(sarif, "examples.ja.sarif");
}

TEST_CASE("japanese goldens: the same findings, at the same places, in either language") {
  for (const std::filesystem::path& file : kExamples) {
    INFO(file.string());
    const std::string text = readFile(sourceDir() / file);
    const FileReport en = lintText(text, {}, file.string());
    const FileReport ja = lintText(text, inJapanese(), file.string());
    REQUIRE(en.findings.size() == ja.findings.size());
    CHECK(!en.findings.empty());
    for (std::size_t i = 0; i < en.findings.size(); ++i) {
      CHECK(en.findings[i].rule == ja.findings[i].rule);
      CHECK(en.findings[i].range.begin == ja.findings[i].range.begin);
      CHECK(en.findings[i].pointer == ja.findings[i].pointer);
      CHECK(en.findings[i].message != ja.findings[i].message);
    }
  }
}

}  // namespace ecslint::test
