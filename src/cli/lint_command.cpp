// `ecslint [options] PATH...`: inputs -> configuration -> linter -> reporter -> exit status.
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "cli/baseline_run.h"
#include "cli/commands.h"
#include "cli/fix_run.h"
#include "cli/input_files.h"
#include "cli/lint_settings.h"
#include "cli/meant_as_task_definition.h"
#include "cli/ordered_jobs.h"
#include "cli/read_input.h"
#include "message/message_catalogue.h"
#include "report/diff_reporter.h"
#include "report/github_reporter.h"
#include "report/json_reporter.h"
#include "report/sarif_reporter.h"
#include "report/statistics_reporter.h"
#include "report/text_reporter.h"
#include "support/printable.h"

namespace ecslint {
namespace {

// Why meantAsTaskDefinition() said no, for --verbose.
std::string skipReason(Language language, const FileReport& report) {
  if (report.isTemplate) return renderMessage(language, "cli.skipped.template");
  if (report.isTerraformPlan) return renderMessage(language, "cli.skipped.terraform");
  if (!parseFailed(report)) return renderMessage(language, "cli.skipped.not-task-definition");
  return renderMessage(language, "cli.skipped.unreadable",
                       {{"rule", std::string(report.findings.front().rule->id)}});
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

std::unique_ptr<Reporter> makeReporter(const Options& options, std::ostream& out, bool toTerminal,
                                       const Baseline* baseline) {
  const Language language = options.language.value_or(Language::English);  // run.cpp resolved it
  if (options.diff) return std::make_unique<DiffReporter>(out, std::cerr, options.quiet, language);
  if (options.statistics) {
    return std::make_unique<StatisticsReporter>(out, options.format == OutputFormat::Json, options.quiet,
                                                language);
  }
  switch (options.format) {
    case OutputFormat::Sarif: {
      std::error_code error;
      const std::string cwd = std::filesystem::current_path(error).string();
      const std::string root =
          options.sarifRoot.empty() ? cwd : std::filesystem::absolute(options.sarifRoot, error).string();
      return std::make_unique<SarifReporter>(out, RuleCatalogue::builtIn(), root, cwd, baseline,
                                             options.language.value_or(Language::English));
    }
    case OutputFormat::Json:
      return std::make_unique<JsonReporter>(out);
    case OutputFormat::Github:
      return std::make_unique<GithubReporter>(out, options.quiet, language);
    case OutputFormat::Text:
    case OutputFormat::Concise:
      break;
  }
  return std::make_unique<TextReporter>(
      out,
      TextStyle{options.showSource.value_or(toTerminal), useColor(options.color, toTerminal), options.quiet,
                options.format == OutputFormat::Concise},
      language);
}

void count(const Options& options, const FileReport& report, RunSummary& summary) {
  ++summary.files;
  summary.baselined += report.baselined.size();
  for (const Finding& finding : report.findings) {
    if (finding.fix) ++summary.fixable;
    if (finding.severity == Severity::Error) ++summary.errors;
    if (finding.severity == Severity::Warning) ++summary.warnings;
    if (finding.severity == Severity::Note) ++summary.notes;
    if (options.failOn && finding.severity >= *options.failOn) summary.exitCode = kExitFindings;
  }
}

// One file's outcome, produced on a worker thread and reported in input order.
struct LintedFile {
  std::optional<FileReport> report;  // nullopt: it could not be read, or linting it failed
  std::string problem;               // for standard error ("" when none)
  bool failed = false;               // exit status 2: unreadable, internal error, fix not written
  bool readWhole = true;
  std::vector<IgnoreOrigin> origins;
};

// Reads, lints and (with --fix) fixes one file. Called on several threads at once: it reads only
// what every thread may share (linters, settings, options) and writes only its own file.
LintedFile lintFile(Language language, const InputFile& input, const Linter& linter,
                    const LintSettings& settings, const Config* config, const FixRun& fixRun) {
  LintedFile result;
  try {
    auto read = readInput(input, InputLimits::kDefaultMaxBytes);
    if (!read) {
      result.problem =
          renderMessage(language, "cli.cannot-read", {{"path", input.path}, {"reason", read.error()}});
      result.failed = true;
      return result;
    }
    result.readWhole = read->complete;
    std::vector<ExternalIgnore> ignores;
    {
      // The configuration's SourceText, which all workers share, builds a column index on first use.
      static std::mutex configSources;
      const std::lock_guard lock(configSources);
      ignores = settings.ignoresFor(config, input, result.origins);
    }
    // --fix and --diff lint every version of the text the same way: configuration and
    // suppressions included.
    const auto lintBytes = [&](std::string text) {
      return linter.lint(input.path, std::move(text), ignores);
    };
    if (fixRun.active()) {
      result.report = fixRun.lint(input, std::move(*read), lintBytes, result.problem);
      result.failed = !result.problem.empty();
    } else {
      result.report = lintBytes(std::move(read->bytes));
    }
  } catch (const std::exception& failure) {
    // A defect in ecslint, not in the file: say so, and fail the run rather than pass it.
    result.report.reset();
    result.problem =
        renderMessage(language, "cli.internal-error", {{"path", input.path}, {"error", failure.what()}});
    result.failed = true;
  }
  return result;
}

// The -o file must not be one the run reads: writing the report would destroy an input (a
// task definition named or found in a walk, through a link or not) or a configuration.
std::optional<std::string> outputProblem(Language language, const ReportOutput& output,
                                         const InputFiles& inputs,
                                         const std::vector<const Config*>& configs) {
  const std::optional<FileIdentity> report = output.existingFile();
  if (!report) return std::nullopt;
  for (const InputFile& input : inputs.files) {
    if (input.identity == report) {
      return renderMessage(language, "cli.report-is-input", {{"path", input.path}});
    }
  }
  for (const Config* config : std::set<const Config*>(configs.begin(), configs.end())) {
    if (config != nullptr && identityOf(config->path()) == report) {
      return renderMessage(language, "cli.report-is-config", {{"path", config->path()}});
    }
  }
  return std::nullopt;
}

// --jobs 0 (the default): one per core this process may run on (a container's or taskset's
// share, not the machine's).
unsigned defaultJobs() {
  cpu_set_t cores;
  if (::sched_getaffinity(0, sizeof cores, &cores) == 0 && CPU_COUNT(&cores) > 0) {
    return std::min<unsigned>(static_cast<unsigned>(CPU_COUNT(&cores)), kMaxJobs);
  }
  return std::clamp(std::thread::hardware_concurrency(), 1u, kMaxJobs);
}

// Under an address-space cap (ulimit -v), each thread's stack (8 MiB) and malloc arena (up to 64 MiB
// reserved) come out of the same space as the heap and the main thread's stack. Threads started up
// to the cap left nothing for the main stack to grow into, which crashed (SIGSEGV) rather than
// failing cleanly: keep the threads' reservations within half of the cap.
unsigned jobsWithinAddressSpace(unsigned jobs) {
  rlimit space{};
  if (::getrlimit(RLIMIT_AS, &space) != 0 || space.rlim_cur == RLIM_INFINITY) return jobs;
  constexpr rlim_t kPerThread = rlim_t{72} << 20;
  const rlim_t fit = space.rlim_cur / 2 / kPerThread;
  return static_cast<unsigned>(std::clamp<rlim_t>(fit, 1, jobs));
}

}  // namespace

int lint(const Options& options, ReportOutput& output, bool toTerminal) {
  const Language language = options.language.value_or(Language::English);  // run.cpp resolved it
  LintSettings settings(RuleCatalogue::builtIn(), options);
  if (const auto problem = settings.check()) {
    std::cerr << "ecslint: " << printable(*problem) << '\n';
    return kExitUsage;
  }
  if (const std::string problem = fixOptionsProblem(options); !problem.empty()) {
    std::cerr << "ecslint: " << problem << '\n';
    return kExitUsage;
  }
  if (options.statistics && options.format != OutputFormat::Text && options.format != OutputFormat::Concise &&
      options.format != OutputFormat::Json) {
    std::cerr << "ecslint: " << renderMessage(language, "cli.statistics-format") << '\n';
    return kExitUsage;
  }
  const FixRun fixRun(options);
  auto baselineRun = BaselineRun::make(options);
  if (!baselineRun) {
    std::cerr << "ecslint: " << baselineRun.error() << '\n';
    return kExitUsage;
  }

  const InputFiles inputs = collectInputFiles(options.paths, options.stdinFilename, language);
  bool usageError = false;
  for (const InputProblem& problem : inputs.problems) {
    std::cerr << "ecslint: " << printable(problem.path) << ": " << problem.message << '\n';
    usageError = true;
  }

  // Every configuration is read, and every linter built, before any file is linted: a broken one
  // fails the run (exit 2) before a partial report can pass for a complete one, and the workers
  // then only read them.
  std::vector<const Config*> configs;
  std::vector<const Linter*> linters;
  configs.reserve(inputs.files.size());
  linters.reserve(inputs.files.size());
  bool badConfig = false;
  for (const InputFile& input : inputs.files) {
    auto config = settings.configFor(input);
    configs.push_back(config ? *config : nullptr);
    linters.push_back(nullptr);
    if (!config) {
      std::cerr << "ecslint: " << printable(config.error()) << '\n';
      badConfig = true;
      continue;
    }
    if (auto linter = settings.linterFor(*config); !linter) {
      std::cerr << "ecslint: " << printable((*config)->path() + ": " + linter.error()) << '\n';
      badConfig = true;
    } else {
      linters.back() = *linter;
    }
  }
  if (badConfig) return kExitUsage;
  if (const auto problem = outputProblem(language, output, inputs, configs)) {
    std::cerr << "ecslint: " << printable(*problem) << '\n';
    return kExitUsage;
  }
  if (auto opened = output.open(language); !opened) {
    std::cerr << "ecslint: " << printable(opened.error()) << '\n';
    return kExitUsage;
  }
  std::ostream& out = output.stream();
  // Standard output carries the fixed document with `--fix -` (the report then goes elsewhere).
  std::optional<FdOutput> document;
  if (fixedDocumentOnStdout(options)) document.emplace(STDOUT_FILENO);

  const std::unique_ptr<Reporter> reporter = makeReporter(options, out, toTerminal, baselineRun->baseline());
  RunSummary summary;
  StaleConfigIgnores stale;
  const unsigned jobs = jobsWithinAddressSpace(options.jobs == 0 ? defaultJobs() : options.jobs);
  runInOrder<LintedFile>(
      inputs.files.size(), jobs,
      [&](std::size_t i) {
        return lintFile(language, inputs.files[i], *linters[i], settings, configs[i], fixRun);
      },
      [&](std::size_t i, LintedFile&& linted) {
        const InputFile& input = inputs.files[i];
        if (!linted.problem.empty()) {
          out.flush();  // the report may share standard error: keep the order
          std::cerr << "ecslint: " << printable(linted.problem) << '\n';
        }
        usageError = usageError || linted.failed;
        if (!linted.report) return;
        FileReport& report = *linted.report;
        if (document && input.standardInput) {
          if (const auto text = fixRun.document(report, linted.readWhole)) document->stream() << *text;
        }
        const bool skippable = !input.explicitlyNamed || options.skipNonTaskDefinitions;
        if (skippable && !meantAsTaskDefinition(report)) {
          // The baseline file itself is ecslint's, not a file the user expects linted.
          if (baselineRun->isBaselineFile(input.path)) return;
          ++summary.skipped;
          if (options.verbose) {
            out.flush();
            std::cerr << "ecslint: "
                      << renderMessage(
                             language, "cli.skipped",
                             {{"path", printable(input.path)}, {"reason", skipReason(language, report)}})
                      << '\n';
          }
          return;
        }
        baselineRun->file(report, *linters[i]);
        if (configs[i] != nullptr) stale.record(configs[i], linted.origins, report.externalIgnoresUsed);
        count(options, report, summary);
        if (fixRun.active()) summary.fixed = summary.fixed.value_or(0) + report.fixed;
        reporter->file(report);  // reporters write it out now: nothing keeps a file's report
      });
  for (const FileReport& report : stale.reports(settings)) {
    count(options, report, summary);
    --summary.files;  // a configuration file is not a linted file
    reporter->file(report);
  }
  if (std::optional<FileReport> staleEntries = baselineRun->staleReport(RuleCatalogue::builtIn())) {
    count(options, *staleEntries, summary);
    --summary.files;  // the baseline is not a linted file
    reporter->file(*staleEntries);
  }
  if (document) {
    if (const std::string error = document->finish(); !error.empty()) {
      std::cerr << "ecslint: " << renderMessage(language, "cli.fixed-document-failed", {{"error", error}})
                << '\n';
      usageError = true;
    }
  }
  if (options.exitZero && summary.exitCode == kExitFindings) summary.exitCode = kExitClean;
  if (usageError || !baselineRun->finish()) summary.exitCode = kExitUsage;
  reporter->finish(summary);
  return summary.exitCode;
}

}  // namespace ecslint
