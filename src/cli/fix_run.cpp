#include "cli/fix_run.h"

#include <algorithm>

#include "cli/atomic_write.h"
#include "message/message_catalogue.h"

namespace ecslint {

FileReport FixRun::lint(const InputFile& input, InputBytes read, const LintText& lint,
                        std::string& problem) const {
  FileReport report = lintAndFix(lint, std::move(read.bytes));
  // lintAndFix fixes only what it parsed as a task definition; a file over the limit never is. The
  // file is written only when fixes changed it (never its mtime for nothing).
  const bool changed = report.isTaskDefinition && report.fixed > 0 && read.complete && report.unfixedBytes &&
                       *report.unfixedBytes != report.source->bytes();
  if (!options_.fix || input.standardInput || !changed) return report;
  const Language language = options_.language.value_or(Language::English);
  Result<void, std::string> written = makeError(renderMessage(language, "cli.not-regular-file"));
  if (read.regularFile)
    written = replaceFileContent(input.path, report.source->bytes(), *read.regularFile, language);
  if (!written) {
    problem =
        renderMessage(language, "cli.fix-not-written", {{"path", input.path}, {"reason", written.error()}});
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
    return renderMessage(options.language.value_or(Language::English), "cli.diff-format");
  }
  return {};
}

bool fixedDocumentOnStdout(const Options& options) {
  return options.fix && std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end();
}

}  // namespace ecslint
