#pragma once
// Reporters turn findings into one output format. They receive each file's report as it is
// linted and a summary at the end. A reporter writes what it needs of a report before file()
// returns and keeps no reference to it, so a run's memory does not grow with its files (what
// SARIF and JSON write after the summary waits on disk: deferred_array.h).

#include <optional>
#include <ostream>
#include <vector>

#include "engine/file_report.h"

namespace ecslint {

struct RunSummary {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;
  int exitCode = 0;
  std::optional<std::size_t> fixed = std::nullopt;  // --fix and --diff: findings the fixes resolved
  std::size_t fixable = 0;                          // findings with a safe fix (--fix would apply it)
  std::size_t skipped = 0;    // files a directory walk found and skipped (not task definitions)
  std::size_t baselined = 0;  // --baseline: findings it already records, not shown
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void file(const FileReport& report) = 0;
  virtual void finish(const RunSummary& summary) = 0;
};

}  // namespace ecslint
