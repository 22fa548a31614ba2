#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/input_files.h"
#include "cli/options.h"
#include "engine/linter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"

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

int listRules(std::ostream& out) {
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    std::string name(rule.name);
    name.resize(std::max<std::size_t>(name.size(), 46), ' ');
    std::string severity(severityName(rule.severity));
    severity.resize(8, ' ');
    out << rule.id << "  " << name << ' ' << severity << ' ' << (rule.enabledByDefault ? "enabled" : "opt-in ")
        << "  " << rule.title << '\n';
  }
  return kExitClean;
}

int explainRule(std::ostream& out, const std::string& idOrName) {
  const RuleInfo* rule = RuleCatalogue::builtIn().find(idOrName);
  if (rule == nullptr) {
    auto matches = matchRules(RuleCatalogue::builtIn(), idOrName);
    std::cerr << "ecslint: " << (matches ? "'" + idOrName + "' names several rules; give one id" : matches.error())
              << '\n';
    return kExitUsage;
  }
  out << rule->id << ' ' << rule->name << " (" << severityName(rule->severity)
      << (rule->enabledByDefault ? "" : ", opt-in") << ")\n"
      << rule->title << "\n\n"
      << rule->documentation;
  return kExitClean;
}

bool useColor(ColorMode mode, bool toTerminal) {
  if (mode != ColorMode::Auto) return mode == ColorMode::Always;
  const char* noColor = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return toTerminal && (noColor == nullptr || *noColor == '\0') && !(term && std::string_view(term) == "dumb");
}

int lint(const Options& options, std::ostream& out, bool toTerminal) {
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  auto selection = RuleSelection::make(catalogue, options.select, options.ignore);
  if (!selection) {
    std::cerr << "ecslint: " << selection.error() << '\n';
    return kExitUsage;
  }
  const Linter linter(catalogue, std::move(*selection), LintOptions{options.launchType});

  std::unique_ptr<Reporter> reporter;
  if (options.format == OutputFormat::Sarif) {
    std::string cwd = std::filesystem::current_path().string();
    if (!cwd.ends_with('/')) cwd += '/';
    reporter = std::make_unique<SarifReporter>(out, catalogue, cwd);
  } else {
    reporter = std::make_unique<TextReporter>(
        out, TextStyle{toTerminal, useColor(options.color, toTerminal), options.quiet});
  }

  const InputFiles inputs = collectInputFiles(options.paths, options.stdinFilename);
  bool usageError = false;
  for (const InputProblem& problem : inputs.problems) {
    std::cerr << "ecslint: " << problem.path << ": " << problem.message << '\n';
    usageError = true;
  }

  RunSummary summary;
  std::vector<FileReport> reports;
  reports.reserve(inputs.files.size());
  for (const InputFile& input : inputs.files) {
    std::string error;
    std::optional<std::string> bytes = readFile(input, InputLimits::kDefaultMaxBytes, error);
    if (!bytes) {
      std::cerr << "ecslint: " << input.path << ": cannot read: " << error << '\n';
      usageError = true;
      continue;
    }
    FileReport report;
    try {
      report = linter.lint(input.path, std::move(*bytes));
    } catch (const std::exception& failure) {
      // A defect in ecslint, not in the file: say so, and fail the run rather than pass it.
      std::cerr << "ecslint: " << input.path << ": internal error, please report it: " << failure.what() << '\n';
      usageError = true;
      continue;
    }
    if (!input.explicitlyNamed && !keepWalkedFile(report)) continue;
    ++summary.files;
    for (const Finding& finding : report.findings) {
      if (finding.severity == Severity::Error) ++summary.errors;
      if (finding.severity == Severity::Warning) ++summary.warnings;
      if (finding.severity == Severity::Note) ++summary.notes;
      if (options.failOn && finding.severity >= *options.failOn) summary.exitCode = kExitFindings;
    }
    // Text is written as each file is linted, so its report can go; other formats refer to the
    // reports until finish(). Keeping every file's bytes made a run's memory grow with the repository.
    if (options.format == OutputFormat::Text) {
      reporter->file(report);
      continue;
    }
    reports.push_back(std::move(report));
    reporter->file(reports.back());
  }
  if (usageError) summary.exitCode = kExitUsage;
  reporter->finish(summary);
  return summary.exitCode;
}

}  // namespace

int run(const Options& options) {
  std::ofstream file;
  if (!options.outputFile.empty()) {
    file.open(options.outputFile, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "ecslint: cannot write " << options.outputFile << ": " << std::strerror(errno) << '\n';
      return kExitUsage;
    }
  }
  std::ostream& out = options.outputFile.empty() ? std::cout : file;
  const bool toTerminal = options.outputFile.empty() && isatty(STDOUT_FILENO) == 1;

  int code = kExitClean;
  switch (options.command) {
    case Command::ListRules: code = listRules(out); break;
    case Command::Explain: code = explainRule(out, options.explainRule); break;
    case Command::Lint: code = lint(options, out, toTerminal); break;
  }
  out.flush();
  if (!out) {
    std::cerr << "ecslint: cannot write the report\n";
    return kExitUsage;
  }
  return code;
}

}  // namespace ecslint
