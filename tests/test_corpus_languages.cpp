// The real corpus (../shared/corpus, when present) through the executable in English and in
// Japanese: the same exit status, and the same findings at the same places (concise output, whose
// titles are each language's own).
#include <doctest/doctest.h>

#include <sstream>

#include "catalogue/rule_catalogue.h"
#include "cli_runner.h"

namespace ecslint::test {
namespace {

// "path:line:col: ECS101 [*]" of every concise line: what must not depend on the language.
std::string places(const std::string& concise) {
  std::string result;
  std::istringstream lines(concise);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t rule = line.find(": ECS");
    if (rule == std::string::npos) continue;
    const bool fixable = line.compare(rule + 8, 4, " [*]") == 0;
    result += line.substr(0, rule + 8) + (fixable ? " [*]" : "") + "\n";
  }
  return result;
}

}  // namespace

TEST_CASE("corpus languages: English and Japanese report the same findings, places and exit status") {
  if (!needShared("corpus/real")) return;
  const std::string folders = quoted((sharedDir() / "corpus" / "real").string());
  const CliResult english = runCli("--format concise --lang en " + folders);
  const CliResult japanese = runCli("--format concise --lang ja " + folders);
  CHECK(english.exitCode == 1);
  CHECK(japanese.exitCode == english.exitCode);
  const std::string englishPlaces = places(english.out);
  CHECK(englishPlaces.size() > 1000);
  CHECK(places(japanese.out) == englishPlaces);
  // Each line's title is the rule's Japanese one.
  const std::string japaneseTitle(RuleCatalogue::builtInWithJapanese().find("ECS301")->japaneseTitle);
  CHECK(japanese.out.find(" ECS301 " + japaneseTitle + "\n") != std::string::npos);
}

}  // namespace ecslint::test
