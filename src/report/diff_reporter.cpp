#include "report/diff_reporter.h"

#include <string>

#include "fix/unified_diff.h"
#include "message/message_catalogue.h"

namespace ecslint {
namespace {

const char* const kProblems = "report.summary.problems";

}  // namespace

void DiffReporter::file(const FileReport& report) {
  if (!report.unfixedBytes) return;
  const std::string diff = unifiedDiff(*report.unfixedBytes, report.source->bytes(), report.source->name());
  if (diff.empty()) return;
  ++changedFiles_;
  out_ << diff;
}

void DiffReporter::finish(const RunSummary& summary) {
  if (quiet_) return;
  const std::size_t remaining = summary.errors + summary.warnings + summary.notes;
  notes_ << renderMessage(language_, "report.diff.summary",
                          {{"problems", renderCount(language_, kProblems, summary.fixed.value_or(0))},
                           {"files", renderCount(language_, "report.summary.files", changedFiles_)},
                           {"remaining", renderCount(language_, kProblems, remaining)}})
         << '\n';
}

}  // namespace ecslint
