#include "report/diff_reporter.h"

#include <string>

#include "fix/unified_diff.h"

namespace ecslint {
namespace {

std::string plural(std::size_t count, std::string_view word) {
  return std::to_string(count) + " " + std::string(word) + (count == 1 ? "" : "s");
}

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
  notes_ << "Would fix " << plural(summary.fixed.value_or(0), "problem") << " in "
         << plural(changedFiles_, "file") << "; " << plural(remaining, "problem") << " would remain.\n";
}

}  // namespace ecslint
