#pragma once
// ecslint's own JSON report, for scripts: one document per run, versioned ("version": 1) and
// documented in docs/json-format.md. Fields are only ever added within a version; a change that
// removes or renames one bumps the version.

#include <ostream>
#include <vector>

#include "report/reporter.h"

namespace ecslint {

inline constexpr int kJsonReportVersion = 1;

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}
  void file(const FileReport& report) override { reports_.push_back(&report); }
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  std::vector<const FileReport*> reports_;
};

}  // namespace ecslint
