// `ecslint [options] PATH...`: inputs -> configuration -> linter -> reporter -> exit status.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/fix_run.h"
#include "cli/input_files.h"
#include "cli/lint_settings.h"
#include "report/diff_reporter.h"
#include "report/github_reporter.h"
#include "report/json_reporter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"
#include "support/printable.h"

namespace ecslint {
namespace {

// Reads at most `limit` + 1 bytes: enough for the linter to see that a file is over its size limit
// (ECS015) without reading all of a huge file, /dev/zero or an endless pipe.
std::optional<std::string> readFile(const InputFile& input, std::size_t limit, std::string& error) {
  const int fd = input.standardInput ? STDIN_FILENO : ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      if (!input.standardInput) ::close(fd);
      return std::nullopt;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > limit) break;
  }
  if (!input.standardInput) ::close(fd);
  return bytes;
}

// A file found by walking a directory is only linted when it is, or plausibly was meant to be, a
// task definition: other JSON (package.json, tsconfig.json with comments) is none of our business.
bool keepWalkedFile(const FileReport& report) {
  if (report.isTaskDefinition) return true;
  // Not read as JSON: invalid (ECS001), or over a limit (ECS014, ECS015).
  const bool parseFailed = !report.findings.empty() && (report.findings.front().rule->id == "ECS001" ||
                                                        report.findings.front().rule->id == "ECS014" ||
                                                        report.findings.front().rule->id == "ECS015");
  if (!parseFailed) return false;
  const std::string_view text = report.source->bytes();
  return text.find("\"containerDefinitions\"") != std::string_view::npos ||
         text.find("\"taskDefinition\"") != std::string_view::npos;
}

// Colours only for a person: a terminal, unless NO_COLOR (https://no-color.org) or TERM=dumb says
// otherwise; --color always and never override both.
bool useColor(ColorMode mode, bool toTerminal) {
  if (mode != ColorMode::Auto) return mode == ColorMode::Always;
  const char* noColor = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return toTerminal && (noColor == nullptr || *noColor == '\0') &&
         !(term && std::string_view(term) == "dumb");
}

std::unique_ptr<Reporter> makeReporter(const Options& options, std::ostream& out, bool toTerminal) {
  if (options.diff) return std::make_unique<DiffReporter>(out, std::cerr, options.quiet);
  switch (options.format) {
    case OutputFormat::Sarif: {
      std::string cwd = std::filesystem::current_path().string();
      if (!cwd.ends_with('/')) cwd += '/';
      return std::make_unique<SarifReporter>(out, RuleCatalogue::builtIn(), cwd);
    }
    case OutputFormat::Json:
      return std::make_unique<JsonReporter>(out);
    case OutputFormat::Github:
      return std::make_unique<GithubReporter>(out, options.quiet);
    case OutputFormat::Text:
      break;
  }
  return std::make_unique<TextReporter>(
      out, TextStyle{toTerminal, useColor(options.color, toTerminal), options.quiet});
}

void count(const Options& options, const FileReport& report, RunSummary& summary) {
  ++summary.files;
  for (const Finding& finding : report.findings) {
    if (finding.severity == Severity::Error) ++summary.errors;
    if (finding.severity == Severity::Warning) ++summary.warnings;
    if (finding.severity == Severity::Note) ++summary.notes;
    if (options.failOn && finding.severity >= *options.failOn) summary.exitCode = kExitFindings;
  }
}

}  // namespace

int lint(const Options& options, std::ostream& out, bool toTerminal) {
  LintSettings settings(RuleCatalogue::builtIn(), options);
  if (const auto problem = settings.check()) {
    std::cerr << "ecslint: " << printable(*problem) << '\n';
    return kExitUsage;
  }
  if (const std::string problem = fixOptionsProblem(options); !problem.empty()) {
    std::cerr << "ecslint: " << problem << '\n';
    return kExitUsage;
  }
  FixRun fixRun(options);

  const InputFiles inputs = collectInputFiles(options.paths, options.stdinFilename);
  bool usageError = false;
  for (const InputProblem& problem : inputs.problems) {
    std::cerr << "ecslint: " << printable(problem.path) << ": " << problem.message << '\n';
    usageError = true;
  }

  // Every configuration is read before any file is linted: a broken one fails the run (exit 2)
  // before a partial report can pass for a complete one.
  std::vector<const Config*> configs;
  configs.reserve(inputs.files.size());
  bool badConfig = false;
  for (const InputFile& input : inputs.files) {
    auto config = settings.configFor(input);
    if (!config) {
      std::cerr << "ecslint: " << printable(config.error()) << '\n';
      badConfig = true;
      configs.push_back(nullptr);
      continue;
    }
    configs.push_back(*config);
    if (auto linter = settings.linterFor(*config); !linter) {
      std::cerr << "ecslint: " << printable((*config)->path() + ": " + linter.error()) << '\n';
      badConfig = true;
    }
  }
  if (badConfig) return kExitUsage;

  const std::unique_ptr<Reporter> reporter = makeReporter(options, out, toTerminal);
  RunSummary summary;
  std::deque<FileReport> reports;  // reporters keep pointers to them: a deque never moves its elements
  StaleConfigIgnores stale;
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    const InputFile& input = inputs.files[i];
    std::string error;
    std::optional<std::string> bytes = readFile(input, InputLimits::kDefaultMaxBytes, error);
    if (!bytes) {
      std::cerr << "ecslint: " << printable(input.path) << ": cannot read: " << error << '\n';
      usageError = true;
      continue;
    }
    const Linter& linter = **settings.linterFor(configs[i]);
    std::vector<IgnoreOrigin> origins;
    const std::vector<ExternalIgnore> ignores = settings.ignoresFor(configs[i], input, origins);
    FileReport report;
    try {
      // --fix and --diff lint every version of the text the same way: configuration and
      // suppressions included.
      const auto lintBytes = [&](std::string text) {
        return linter.lint(input.path, std::move(text), ignores);
      };
      report =
          fixRun.active() ? fixRun.lint(input, std::move(*bytes), lintBytes) : lintBytes(std::move(*bytes));
    } catch (const std::exception& failure) {
      // A defect in ecslint, not in the file: say so, and fail the run rather than pass it.
      std::cerr << "ecslint: " << printable(input.path)
                << ": internal error, please report it: " << failure.what() << '\n';
      usageError = true;
      continue;
    }
    const bool skippable = !input.explicitlyNamed || options.skipNonTaskDefinitions;
    if (skippable && !keepWalkedFile(report)) continue;
    if (configs[i] != nullptr) stale.record(configs[i], origins, report.externalIgnoresUsed);
    count(options, report, summary);
    if (fixRun.active()) summary.fixed = summary.fixed.value_or(0) + report.fixed;
    // Text is written as each file is linted, so its report can go; other formats refer to the
    // reports until finish(). Keeping every file's bytes made a run's memory grow with the repository.
    if (options.format == OutputFormat::Text) {
      reporter->file(report);
      continue;
    }
    reports.push_back(std::move(report));
    reporter->file(reports.back());
  }
  for (FileReport& report : stale.reports(settings)) {
    count(options, report, summary);
    --summary.files;  // a configuration file is not a linted file
    reports.push_back(std::move(report));
    reporter->file(reports.back());
  }
  if (usageError || fixRun.writeFailed()) summary.exitCode = kExitUsage;
  reporter->finish(summary);
  return summary.exitCode;
}

}  // namespace ecslint
