#include "cli/fix_run.h"

#include <algorithm>

#include "cli/atomic_write.h"

namespace ecslint {

FileReport FixRun::lint(const InputFile& input, InputBytes read, const LintText& lint,
                        std::string& problem) const {
  FileReport report = lintAndFix(lint, std::move(read.bytes));
  // lintAndFix fixes only what it parsed as a task definition; a file over the limit never is. The
  // file is written only when fixes changed it (never its mtime for nothing).
  const bool changed = report.isTaskDefinition && report.fixed > 0 && read.complete && report.unfixedBytes &&
                       *report.unfixedBytes != report.source->bytes();
  if (!options_.fix || input.standardInput || !changed) return report;
  Result<void, std::string> written = makeError(std::string("it is not a regular file"));
  if (read.regularFile) written = replaceFileContent(input.path, report.source->bytes(), *read.regularFile);
  if (!written) {
    problem = input.path + ": cannot write the fixed file (it is unchanged): " + written.error();
    return lint(std::move(*report.unfixedBytes));  // the report is the original's
  }
  return report;
}

std::optional<std::string_view> FixRun::document(const FileReport& report, bool readWhole) const {
  if (!readWhole) return std::nullopt;
  return report.source->bytes();
}

std::string fixOptionsProblem(const Options& options) {
  if (options.diff && options.format != OutputFormat::Text) {
    return "--diff prints the fixes as a unified diff; it cannot be combined with --format";
  }
  return {};
}

bool fixedDocumentOnStdout(const Options& options) {
  return options.fix && std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end();
}

}  // namespace ecslint
