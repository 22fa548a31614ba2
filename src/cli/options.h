#pragma once
// Everything the command line can ask for, parsed by main.cpp (CLI11) and executed by run().

#include <optional>
#include <string>
#include <vector>

#include "catalogue/severity.h"
#include "check/registered_with.h"
#include "message/language.h"
#include "model/task_definition.h"

namespace ecslint {

// Concise: one short line per finding (path:line:col: ECS101 [*] title), like ruff's concise.
enum class OutputFormat { Text, Sarif, Json, Github, Concise };
enum class ColorMode { Auto, Always, Never };
enum class Command { Lint, ListRules, Explain, Docs, LanguageServer };

struct Options {
  Command command = Command::Lint;
  std::vector<std::string> paths;  // files, directories, or "-" for standard input
  std::string explainRule;
  std::string docsDirectory;  // `ecslint docs --output-dir DIR`
  OutputFormat format = OutputFormat::Text;
  std::string outputFile;     // empty: standard output
  std::string stdinFilename;  // how "-" is named in reports
  std::optional<LaunchType> launchType;
  std::optional<Severity> failOn = Severity::Error;  // nullopt: never fail ("none")
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  ColorMode color = ColorMode::Auto;
  bool quiet = false;
  bool fix = false;        // --fix: apply safe fixes in place (cli/fix_run.h)
  bool diff = false;       // --diff: print them as a unified diff instead
  std::string configFile;  // --config: this file for every input, instead of discovery
  // Named files that are not task definitions are skipped as in a directory walk (pre-commit
  // passes every staged JSON file).
  bool skipNonTaskDefinitions = false;
  std::optional<bool> showSource;    // --show-source / --no-show-source; unset: on a terminal
  bool statistics = false;           // --statistics: findings per rule instead of the findings
  bool exitZero = false;             // --exit-zero: findings never make the exit status 1
  bool verbose = false;              // --verbose: name the files a directory walk skipped, and why
  std::string baselineFile;          // --baseline: report only findings not recorded in it
  std::string writeBaselineFile;     // --write-baseline: record today's findings in it
  std::string sarifRoot;             // --sarif-root: SARIF paths are relative to it (default: cwd)
  std::optional<Language> language;  // --lang; unset: the configuration's, else the locale
  std::optional<RegisteredWith> registeredWith;  // --registered-with: replaces the configuration's
  unsigned jobs = 0;  // -j: files linted at once (0: one per core); the output does not depend on it
};

// Exit codes (stable: CI depends on them).
inline constexpr int kExitClean = 0;       // no finding at or above --fail-on
inline constexpr int kExitFindings = 1;    // findings at or above --fail-on
inline constexpr int kExitUsage = 2;       // bad command line, unreadable file, bad configuration
inline constexpr unsigned kMaxJobs = 256;  // -j at most (signal_cleanup.h has a slot per file written)

int run(const Options& options);

// The language of the run: --lang, else the "lang" of the configuration that governs the working
// directory (--config, or the nearest .ecslint.json), else the locale.
Language runLanguage(const Options& options);

}  // namespace ecslint
