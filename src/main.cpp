// ecslint's command line: CLI11 wiring only; the work is in cli/run.cpp and the core library.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>

#include "catalogue/severity.h"
#include "cli/options.h"
#include "model/model_builder.h"
#include "support/version.h"

int main(int argc, char** argv) {
  using namespace ecslint;
  Options options;
  CLI::App app{
      "ecslint: a linter for Amazon ECS task definitions.\n\n"
      "Lints RegisterTaskDefinition JSON, describe-task-definition output and container "
      "definition arrays. Exit status: 0 no finding at or above --fail-on, 1 findings, "
      "2 usage error, unreadable input or bad configuration.",
      "ecslint"};
  app.set_version_flag("--version", std::string("ecslint ") + kVersion);
  app.footer(
      "Commands:\n  ecslint rules           list every rule\n"
      "  ecslint explain ID      a rule's documentation with examples\n"
      "  ecslint docs --output-dir DIR   write one Markdown page per rule\n\n"
      "Configuration: the nearest .ecslint.json above each file (or --config): select, ignore, "
      "severity, per_file_ignores, launch_type, rule_options.\n"
      "Suppression: a task-definition tag {\"key\": \"ecslint:ignore\", \"value\": \"ECS205 ECS707\"}.\n\n"
      "Documentation: " +
      std::string(kHomepage));

  app.add_option("paths", options.paths, "Task definition files or directories ('-' reads stdin)");
  const std::map<std::string, OutputFormat> formats{{"text", OutputFormat::Text},
                                                    {"sarif", OutputFormat::Sarif},
                                                    {"json", OutputFormat::Json},
                                                    {"github", OutputFormat::Github}};
  app.add_option("-f,--format", options.format,
                 "Output format: text (gcc-style), sarif (SARIF 2.1.0), json (docs/json-format.md), github "
                 "(GitHub Actions annotations)")
      ->transform(CLI::CheckedTransformer(formats))
      ->option_text("text|sarif|json|github");
  app.add_option("-o,--output", options.outputFile, "Write the report to FILE instead of stdout");
  app.add_option("--stdin-filename", options.stdinFilename, "Name for '-' in reports");

  std::string launchType;
  app.add_option("--launch-type", launchType,
                 "Launch type to assume when the file declares no requiresCompatibilities")
      ->check(CLI::IsMember({"FARGATE", "EC2", "EXTERNAL", "MANAGED_INSTANCES"}, CLI::ignore_case))
      ->option_text("FARGATE|EC2|EXTERNAL|MANAGED_INSTANCES");
  std::string failOn = "error";
  app.add_option("--fail-on", failOn, "Lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}))
      ->option_text("error|warning|note|none");
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
  const std::map<std::string, ColorMode> colors{
      {"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}};
  app.add_option("--color", options.color,
                 "Colour the text output: auto (a terminal, no NO_COLOR), always, never")
      ->transform(CLI::CheckedTransformer(colors))
      ->option_text("auto|always|never");
  app.add_flag("-q,--quiet", options.quiet, "No summary line");
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
  app.add_option("-j,--jobs", options.jobs,
                 "Lint N files at once (default: one per core); output is the same")
      ->check(CLI::Range(1u, kMaxJobs))
      ->option_text("N");
  app.add_flag("--skip-non-task-definitions", options.skipNonTaskDefinitions,
               "Skip named files that are not task definitions, as a directory walk does (for pre-commit, "
               "which passes every staged JSON file)");

  CLI::App* rules = app.add_subcommand("rules", "List every rule: id, name, severity, default, title");
  CLI::App* docs =
      app.add_subcommand("docs", "Write the rule documentation pages (docs/rules/) from the catalogue");
  docs->add_option("--output-dir", options.docsDirectory, "Directory to write ID.md and README.md into")
      ->required();
  CLI::App* explain = app.add_subcommand("explain", "Print a rule's documentation");
  explain
      ->add_option("rule", options.explainRule, "Rule id or name (ECS201, ecr-image-without-execution-role)")
      ->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    // --help and --version print to standard output: a write that failed is an error too.
    if (std::cout.flush(); !std::cout || std::fflush(stdout) != 0) {
      std::cerr << "ecslint: cannot write to standard output: " << std::strerror(errno) << '\n';
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
  } else if (options.paths.empty()) {
    std::cerr << "ecslint: no input; give task definition files or directories ('-' for stdin), "
                 "or see ecslint --help\n";
    return kExitUsage;
  }
  if (!launchType.empty()) {
    for (char& c : launchType) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    options.launchType = parseLaunchType(launchType);
  }
  options.failOn = failOn == "none" ? std::nullopt : parseSeverity(failOn);

  return run(options);
}
