// ecslint's command line: CLI11 wiring only; the work is in cli/run.cpp (and lsp/ for `ecslint lsp`) and the
// core library.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <unistd.h>

#include "catalogue/severity.h"
#include "cli/choice.h"
#include "cli/options.h"
#include "lsp/stdio_server.h"
#include "message/message_catalogue.h"
#include "model/model_builder.h"
#include "support/git_commit.h"
#include "support/version.h"

namespace {

// A first path that is not a file or directory and looks like a command (`ecslint lsp`,
// `ecslint rule`) is a mistyped command, not a missing file: say so once, with suggestions.
std::optional<std::string> unknownCommand(ecslint::Language language, const std::string& word) {
  if (word.empty() || word.size() > 32) return std::nullopt;
  for (const char c : word) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return std::nullopt;
  }
  std::error_code error;
  if (word.front() == '-' || std::filesystem::exists(word, error)) return std::nullopt;
  static constexpr std::string_view kCommands[] = {"rules", "explain", "docs", "lsp"};
  if (const auto suggestion = ecslint::closestSpelling(word, kCommands)) {
    return ecslint::renderMessage(language, "cli.unknown-command.suggested",
                                  {{"command", word}, {"suggestion", std::string(*suggestion)}});
  }
  return ecslint::renderMessage(language, "cli.unknown-command", {{"command", word}});
}

// The language of main's own messages, before run() resolves the run's: --lang (or --lang=) when
// given and valid, else the locale. CLI11 may fail before it has read --lang, so argv is read here.
ecslint::Language commandLineLanguage(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    std::optional<ecslint::Language> given;
    if (word == "--lang" && i + 1 < argc) given = ecslint::parseLanguage(argv[i + 1]);
    if (word.starts_with("--lang=")) given = ecslint::parseLanguage(word.substr(7));
    if (given) return *given;
  }
  return ecslint::languageFromEnvironment();
}

// CLI11's own error in `language`, for the kinds recognised by type and text (an unexpected
// argument, a missing value or option, options that exclude each other, a missing file); nullopt
// otherwise, and in English, where CLI11's text stays as it is.
std::optional<std::string> translatedParseError(ecslint::Language language, const CLI::ParseError& error) {
  using ecslint::renderMessage;
  if (language == ecslint::Language::English) return std::nullopt;
  const std::string_view text = error.what();
  const std::size_t colon = text.find(": ");
  const std::string before = std::string(text.substr(0, colon));
  const std::string after = colon == std::string_view::npos ? "" : std::string(text.substr(colon + 2));
  if (dynamic_cast<const CLI::ExtrasError*>(&error) && colon != std::string_view::npos) {
    return renderMessage(language, "cli.parse.unexpected", {{"arguments", after}});
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) && after.ends_with(" missing")) {
    return renderMessage(language, "cli.parse.missing-value", {{"option", before}});
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) && text.ends_with(" is required") &&
      text.find(' ') == text.size() - 12) {
    return renderMessage(language, "cli.parse.required",
                         {{"option", std::string(text.substr(0, text.size() - 12))}});
  }
  if (const std::size_t excludes = text.find(" excludes ");
      dynamic_cast<const CLI::ExcludesError*>(&error) && excludes != std::string_view::npos) {
    return renderMessage(language, "cli.parse.excludes",
                         {{"option", std::string(text.substr(0, excludes))},
                          {"other", std::string(text.substr(excludes + 10))}});
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    for (const auto& [prefix, id] :
         {std::pair{std::string_view("File does not exist: "), "cli.parse.no-file"},
          std::pair{std::string_view("Directory does not exist: "), "cli.parse.no-directory"}}) {
      if (after.starts_with(prefix)) {
        return renderMessage(language, id, {{"option", before}, {"path", after.substr(prefix.size())}});
      }
    }
  }
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ecslint;
  Options options;
  CLI::App app{
      "ecslint: a linter for Amazon ECS task definitions.\n\n"
      "Lints RegisterTaskDefinition JSON, describe-task-definition output, container definition "
      "arrays, CloudFormation/SAM/CDK templates and Terraform plans (terraform show -json). Exit status: 0 "
      "no finding at or above --fail-on, 1 findings, "
      "2 usage error, unreadable input or bad configuration.",
      "ecslint"};
  app.set_version_flag("--version", std::string("ecslint ") + kVersion + " (commit " + kGitCommit + ")");
  app.footer(
      "Commands:\n  ecslint rules           list every rule\n"
      "  ecslint explain ID      a rule's documentation with examples\n"
      "  ecslint docs --output-dir DIR   write one Markdown page per rule\n"
      "  ecslint lsp             a language server on standard input and output (editors)\n\n"
      "Configuration: the nearest .ecslint.json above each file (or --config): select, ignore, "
      "severity, per_file_ignores, launch_type, registered_with, rule_options.\n"
      "Suppression: a task-definition tag {\"key\": \"ecslint:ignore\", \"value\": \"ECS205 ECS707\"}.\n\n"
      "Documentation: " +
      std::string(kHomepage));

  app.add_option("paths", options.paths, "Task definition files or directories ('-' reads stdin)");
  // Enum-valued options are read as strings and checked after parsing (cli/choice.h), so that a
  // mistake is explained in words and a number is not taken as an index.
  std::string format;
  CLI::Option* formatOption =
      app.add_option("-f,--format,--output-format", format,
                     "Output format: text (gcc-style), concise (one short line per finding), sarif (SARIF "
                     "2.1.0), json (docs/json-format.md), github (GitHub Actions annotations)")
          ->option_text("text|concise|sarif|json|github");
  app.add_option("-o,--output", options.outputFile, "Write the report to FILE instead of stdout");
  app.add_option("--stdin-filename", options.stdinFilename, "Name for '-' in reports");

  std::string launchType;
  app.add_option("--launch-type", launchType,
                 "Launch type to assume when the file declares no requiresCompatibilities")
      ->option_text("FARGATE|EC2|EXTERNAL|MANAGED_INSTANCES");
  std::string languageName;
  app.add_option("--lang", languageName,
                 "Language of messages and rule pages: en or ja (default: the configuration's lang, else "
                 "the locale: LC_ALL, LC_MESSAGES, LANG)")
      ->option_text("en|ja");
  std::string failOn = "error";
  app.add_option("--fail-on", failOn, "Lowest severity that makes the exit status 1 (default: error)")
      ->option_text("error|warning|note|none");
  app.add_flag("--exit-zero", options.exitZero,
               "Exit with status 0 even when there are findings (2 still reports a usage error)");
  // One value per occurrence (a comma-separated list): without allow_extra_args(false), CLI11
  // would take the paths that follow as more rules.
  app.add_option("--select", options.select,
                 "Run only these rules (ids, names or prefixes such as ECS2), comma-separated")
      ->allow_extra_args(false)
      ->delimiter(',');
  app.add_option("--ignore", options.ignore,
                 "Do not run these rules (ids, names or prefixes), comma-separated")
      ->allow_extra_args(false)
      ->delimiter(',');
  std::string color;
  CLI::Option* colorOption =
      app.add_option("--color", color,
                     "Colour the text output: auto (a terminal, no NO_COLOR), always, never")
          ->option_text("auto|always|never");
  bool noColor = false;
  app.add_flag("--no-color", noColor, "Same as --color never")->excludes(colorOption);
  bool showSource = false;
  bool noShowSource = false;
  CLI::Option* showSourceOption =
      app.add_flag("--show-source", showSource,
                   "Show the source line and a caret under each finding (default: on a terminal)");
  app.add_flag("--no-show-source", noShowSource, "Never show source lines under findings")
      ->excludes(showSourceOption);
  app.add_flag("--statistics", options.statistics,
               "Print the number of findings per rule (and how many are fixable) instead of the findings");
  app.add_flag("-q,--quiet", options.quiet, "No summary line");
  app.add_flag("-v,--verbose", options.verbose,
               "Name the files a directory walk skipped, and why, on standard error");
  CLI::Option* fix =
      app.add_flag("--fix", options.fix,
                   "Apply safe fixes in place (atomically), then report what remains; with '-', "
                   "print the fixed document and send the report to stderr");
  app.add_flag("--diff", options.diff, "Print the safe fixes as a unified diff and change nothing")
      ->excludes(fix);
  app.add_option("--config", options.configFile,
                 "Use this configuration file for every input, instead of the nearest .ecslint.json above "
                 "each file")
      ->check(CLI::ExistingFile);
  std::string registeredWith;
  app.add_option("--registered-with", registeredWith,
                 "The tool that registers the files: aws-cli (as written) or deploy-action "
                 "(aws-actions/amazon-ecs-deploy-task-definition, which drops empty values and "
                 "describe-only members first); replaces the configuration's registered_with")
      ->option_text("aws-cli|deploy-action");
  CLI::Option* baseline =
      app.add_option("--baseline", options.baselineFile,
                     "Report only findings not recorded in this baseline file (docs/baseline-format.md)")
          ->option_text("FILE");
  app.add_option("--write-baseline", options.writeBaselineFile,
                 "Record every current finding in this baseline file, and exit 0")
      ->option_text("FILE")
      ->excludes(baseline);
  app.add_option("--sarif-root", options.sarifRoot,
                 "SARIF artifact paths are relative to this directory (%SRCROOT%; default: the working "
                 "directory)")
      ->check(CLI::ExistingDirectory)
      ->option_text("DIR");
  app.add_option("-j,--jobs", options.jobs,
                 "Lint N files at once (default: one per core); output is the same")
      ->check(CLI::Range(1u, kMaxJobs))
      ->option_text("N");
  app.add_flag("--skip-non-task-definitions", options.skipNonTaskDefinitions,
               "Skip named files that are not task definitions, as a directory walk does (for pre-commit, "
               "which passes every staged JSON file)");

  CLI::App* rules = app.add_subcommand(
      "rules", "List every rule: id, name, severity, default, title (--format json: as JSON)");
  rules->add_option("-f,--format", format, "text (a table) or json")->option_text("text|json");
  CLI::App* docs =
      app.add_subcommand("docs", "Write the rule documentation pages (docs/rules/) from the catalogue");
  docs->add_option("--output-dir", options.docsDirectory, "Directory to write ID.md and README.md into")
      ->required();
  CLI::App* explain = app.add_subcommand("explain", "Print a rule's documentation");
  CLI::App* lsp = app.add_subcommand(
      "lsp",
      "Serve the Language Server Protocol on standard input and output: diagnostics, quick fixes and "
      "rule help in editors (README: Editors)");
  // --lang (and the other global options) may follow the subcommand: `ecslint explain ECS101 --lang ja`.
  for (CLI::App* subcommand : {rules, docs, explain}) subcommand->fallthrough();
  explain
      ->add_option("rule", options.explainRule, "Rule id or name (ECS201, ecr-image-without-execution-role)")
      ->required();

  const Language language = commandLineLanguage(argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (const auto translated = translatedParseError(language, error)) {
      std::cerr << *translated << '\n' << renderMessage(language, "cli.parse.help") << '\n';
      return kExitUsage;
    }
    const int code = app.exit(error);
    // --help and --version print to standard output: a write that failed is an error too.
    if (std::cout.flush(); !std::cout || std::fflush(stdout) != 0) {
      std::cerr << "ecslint: "
                << renderMessage(language, "cli.stdout-failed", {{"error", std::strerror(errno)}}) << '\n';
      return kExitUsage;
    }
    return code == 0 ? kExitClean : kExitUsage;
  }

  if (rules->parsed()) {
    options.command = Command::ListRules;
  } else if (explain->parsed()) {
    options.command = Command::Explain;
  } else if (docs->parsed()) {
    options.command = Command::Docs;
  } else if (lsp->parsed()) {
    options.command = Command::LanguageServer;
  } else if (options.paths.empty()) {
    std::cerr << "ecslint: " << renderMessage(language, "cli.no-input") << '\n';
    return kExitUsage;
  }

  std::string problem;
  const auto choose = [&problem](auto result, auto& into) {
    if (result) {
      into = *result;
    } else if (problem.empty()) {
      problem = result.error();
    }
  };
  if (options.command == Command::ListRules) {
    static constexpr Choice<OutputFormat> kRulesFormats[] = {{"text", OutputFormat::Text},
                                                             {"json", OutputFormat::Json}};
    if (!format.empty())
      choose(parseChoice<OutputFormat>(language, "cli.choice.format", format, kRulesFormats), options.format);
  } else if (*formatOption) {
    static constexpr Choice<OutputFormat> kFormats[] = {{"text", OutputFormat::Text},
                                                        {"sarif", OutputFormat::Sarif},
                                                        {"json", OutputFormat::Json},
                                                        {"github", OutputFormat::Github},
                                                        {"concise", OutputFormat::Concise}};
    choose(parseChoice<OutputFormat>(language, "cli.choice.format", format, kFormats), options.format);
  }
  static constexpr Choice<ColorMode> kColors[] = {
      {"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}};
  if (*colorOption)
    choose(parseChoice<ColorMode>(language, "cli.choice.color", color, kColors), options.color);
  if (noColor) options.color = ColorMode::Never;
  static constexpr Choice<std::optional<Severity>> kFailOn[] = {{"error", Severity::Error},
                                                                {"warning", Severity::Warning},
                                                                {"note", Severity::Note},
                                                                {"none", std::nullopt}};
  choose(parseChoice<std::optional<Severity>>(language, "cli.choice.severity", failOn, kFailOn),
         options.failOn);
  if (!launchType.empty()) {
    static constexpr Choice<std::optional<LaunchType>> kLaunchTypes[] = {
        {"FARGATE", LaunchType::Fargate},
        {"EC2", LaunchType::Ec2},
        {"EXTERNAL", LaunchType::External},
        {"MANAGED_INSTANCES", LaunchType::ManagedInstances}};
    choose(parseChoice<std::optional<LaunchType>>(language, "cli.choice.launch-type", launchType,
                                                  kLaunchTypes, true),
           options.launchType);
  }
  if (!languageName.empty()) {
    static constexpr Choice<std::optional<Language>> kLanguages[] = {{"en", Language::English},
                                                                     {"ja", Language::Japanese}};
    choose(parseChoice<std::optional<Language>>(language, "cli.choice.language", languageName, kLanguages),
           options.language);
  }
  if (!registeredWith.empty()) {
    static constexpr Choice<std::optional<RegisteredWith>> kTools[] = {
        {kRegisteredWithNames[0], RegisteredWith::AwsCli},
        {kRegisteredWithNames[1], RegisteredWith::DeployAction}};
    choose(parseChoice<std::optional<RegisteredWith>>(language, "cli.choice.tool", registeredWith, kTools),
           options.registeredWith);
  }
  if (problem.empty() && options.command == Command::Lint)
    problem = unknownCommand(language, options.paths.front()).value_or("");
  if (!problem.empty()) {
    std::cerr << "ecslint: " << problem << '\n';
    return kExitUsage;
  }
  if (showSource) options.showSource = true;
  if (noShowSource) options.showSource = false;

  // The language server sits above the command line's code (it lints through its settings), so it
  // is started here rather than by run(). Standard output carries the protocol; each document's
  // language is resolved per file.
  if (options.command == Command::LanguageServer)
    return lsp::serveLanguageServer(STDIN_FILENO, STDOUT_FILENO);
  return run(options);
}
