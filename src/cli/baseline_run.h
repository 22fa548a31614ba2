#pragma once
// --baseline FILE and --write-baseline FILE in a lint run (engine/baseline.h): each linted file's
// report loses the findings the baseline records (or, when writing, all of them, recorded); at the
// end, stale entries become ECS012 findings in the baseline file, or the new baseline is written.

#include <optional>
#include <string>

#include "cli/options.h"
#include "engine/baseline.h"

namespace ecslint {

class BaselineRun {
 public:
  // Reads --baseline's file; the error is a message for standard error.
  static Result<BaselineRun, std::string> make(const Options& options);

  // The baseline a SARIF report compares against (nullptr: no baseline in this run).
  const Baseline* baseline() const { return baseline_ ? &*baseline_ : nullptr; }
  // Whether `path` names the baseline file (a directory walk finds it among the JSON files).
  bool isBaselineFile(const std::string& path) const;
  // After a file is linted, before it is counted and reported.
  void file(FileReport& report, const Linter& linter);
  // --baseline: ECS012 in the baseline file for its stale entries.
  std::optional<FileReport> staleReport(const RuleCatalogue& catalogue) const;
  // --write-baseline: writes the file (false, with a message on standard error, when it cannot).
  bool finish() const;

 private:
  std::optional<Baseline> baseline_;
  bool writing_ = false;
  Language language_ = Language::English;  // of its messages
};

}  // namespace ecslint
