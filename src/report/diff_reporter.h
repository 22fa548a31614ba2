#pragma once
// --diff: each file's safe fixes as a unified diff (`git apply`/`patch -p1` can apply it); the
// findings themselves are not listed. The summary goes to a separate stream (standard error) so
// standard output stays a clean patch.

#include <ostream>

#include "message/language.h"
#include "report/reporter.h"

namespace ecslint {

class DiffReporter final : public Reporter {
 public:
  DiffReporter(std::ostream& out, std::ostream& notes, bool quiet, Language language = Language::English)
      : out_(out), notes_(notes), quiet_(quiet), language_(language) {}
  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  std::ostream& notes_;
  bool quiet_;
  Language language_;
  std::size_t changedFiles_ = 0;
};

}  // namespace ecslint
