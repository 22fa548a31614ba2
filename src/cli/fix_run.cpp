#include "cli/fix_run.h"

#include <algorithm>
#include <iostream>

#include "cli/atomic_write.h"

namespace ecslint {

FileReport FixRun::lint(const InputFile& input, std::string bytes, const LintText& lint) {
  FileReport report = lintAndFix(lint, std::move(bytes));
  if (!options_.fix) return report;
  const std::string_view fixed = report.source->bytes();
  if (input.standardInput) {
    std::cout << fixed << std::flush;
    return report;
  }
  if (fixed == *report.unfixedBytes) return report;  // never touch a file (or its mtime) for nothing
  if (auto written = writeFileAtomically(input.path, fixed); !written) {
    std::cerr << "ecslint: " << input.path
              << ": cannot write the fixed file (it is unchanged): " << written.error() << '\n';
    writeFailed_ = true;
    return lint(std::move(*report.unfixedBytes));
  }
  return report;
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
