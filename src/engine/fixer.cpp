#include "engine/fixer.h"

#include <stdexcept>

#include "engine/apply_fixes.h"

namespace ecslint {

FileReport lintAndFix(const Linter& linter, std::string name, std::string bytes) {
  return lintAndFix([&](std::string text) { return linter.lint(name, std::move(text)); }, std::move(bytes));
}

FileReport lintAndFix(const LintText& lint, std::string bytes) {
  std::string original = bytes;
  FileReport report = lint(std::move(bytes));
  // Only a task definition is fixed. Anything else (invalid JSON, other JSON, a file over the size
  // limit whose report holds only its start) has no fixed version to write or diff against.
  if (!report.isTaskDefinition) return report;
  std::size_t fixed = 0;
  for (int pass = 0; pass < kMaxFixPasses; ++pass) {
    const FixSelection selection = selectFixes(report.findings);
    if (selection.fixed == 0) break;
    FileReport next = lint(applyEdits(report.source->bytes(), selection.edits));
    // Every fix keeps the document valid JSON of the same shape; if one did not, stop before
    // anything is written rather than hand back a corrupted file.
    if (!next.isTaskDefinition) {
      throw std::logic_error("a fix would have left " + report.source->name() +
                             " unparsable; the file was not changed");
    }
    fixed += selection.fixed;
    report = std::move(next);
  }
  report.unfixedBytes = std::move(original);
  report.fixed = fixed;
  return report;
}

}  // namespace ecslint
