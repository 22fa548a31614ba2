// What the command line prints itself, in the run's language: summary lines, usage errors, CLI11's
// parse errors. English output is covered by the other test_cli_* files and the goldens.
#include <doctest/doctest.h>

#include <sstream>

#include "cli_runner.h"
#include "report/text_reporter.h"

namespace ecslint::test {

TEST_CASE("cli language: the summary line counts in Japanese, the same counts in English") {
  RunSummary summary;
  summary.files = 1;
  summary.errors = 2;
  summary.warnings = 1;
  summary.fixable = 1;
  summary.skipped = 2;
  std::ostringstream english;
  writeTextSummary(english, Language::English, summary, 1);
  CHECK(english.str() ==
        "3 problems (2 errors, 1 warning, 0 notes) in 1 file (1 suppressed). 2 other files skipped: not task "
        "definitions, nor templates or plans with one.\n[*] 1 fixable with --fix.\n");
  std::ostringstream japanese;
  writeTextSummary(japanese, Language::Japanese, summary, 1);
  CHECK(japanese.str() ==
        "1 ファイルに 3 件の問題があります (エラー 2、警告 1、注記 0) (抑制 1 件)。 ほかの 2 "
        "ファイルはタスク定義でも、タスク定義を含むテンプレートやプランでもないため、スキップしました。\n"
        "[*] 1 件は --fix で自動修正できます。\n");
  summary = RunSummary{};
  summary.files = 2;
  summary.baselined = 3;
  japanese.str("");
  writeTextSummary(japanese, Language::Japanese, summary, 0);
  CHECK(japanese.str() == "2 ファイルに問題は見つかりませんでした (ベースライン 3 件)。\n");
}

TEST_CASE("cli language: a lint run with --lang ja or a Japanese locale ends with a Japanese summary") {
  const CliResult flag = runCli(CliCall{"--lang ja -", {}, "", kErrorTask});
  INFO(flag.out);
  CHECK(flag.exitCode == 1);
  CHECK(contains(flag.out, "1 ファイルに "));
  CHECK(contains(flag.out, "件の問題があります (エラー "));
  const CliResult locale = runCli(CliCall{"-", {}, "LC_ALL= LC_MESSAGES= LANG=ja_JP.UTF-8", kErrorTask});
  CHECK(contains(locale.out, "件の問題があります (エラー "));
  const CliResult github = runCli(CliCall{"--lang ja --format github -", {}, "", kErrorTask});
  CHECK(contains(github.out, "ecslint: 1 ファイルに "));
}

TEST_CASE("cli language: usage errors and CLI11's parse errors in Japanese, CLI11's text in English") {
  const auto japanese = [](const std::string& arguments) {
    return runCli(CliCall{arguments, {}, "LC_ALL= LC_MESSAGES= LANG=ja_JP.UTF-8", ""});
  };
  CliResult run = japanese("");
  CHECK(run.exitCode == 2);
  CHECK(contains(run.err, "ecslint: 入力がありません。"));
  run = japanese("--format sarf task.json");
  CHECK(run.exitCode == 2);
  CHECK(
      contains(run.err, "ecslint: 出力形式 'sarf' は指定できません。'sarif' のことですか? (指定できる値: "));
  run = japanese("rule");
  CHECK(contains(run.err, "'rule' というコマンドはありません"));
  run = japanese("--bogus task.json");
  CHECK(run.exitCode == 2);
  CHECK(run.err == "想定していない引数です: --bogus\n詳しくは ecslint --help を実行してください。\n");
  run = japanese("task.json --format");
  CHECK(run.exitCode == 2);
  CHECK(contains(run.err, "--format には値が必要です\n"));
  run = japanese("--fix --diff task.json");
  CHECK(contains(run.err, "--fix と --diff は同時に指定できません\n"));
  run = japanese("docs");
  CHECK(contains(run.err, "--output-dir を指定してください\n"));
  run = japanese("--config missing.json task.json");
  CHECK(contains(run.err, "--config: ファイルがありません: missing.json\n"));
  // --lang wins over the locale, even when CLI11 fails before reading it.
  run = runCli(CliCall{"--bogus --lang en task.json", {}, "LANG=ja_JP.UTF-8", ""});
  CHECK(run.err ==
        "The following argument was not expected: --bogus\nRun with --help for more information.\n");
  run = runCli(CliCall{"task.json --format", {}, "LC_ALL= LC_MESSAGES= LANG=C", ""});
  CHECK(run.err == "--format: 1 required TEXT missing\nRun with --help for more information.\n");
}

}  // namespace ecslint::test
