#pragma once
// --statistics: how many findings each rule drew and how many of them --fix can fix, instead of the
// findings themselves (as ruff's --statistics), most frequent first:
//      64  ECS010  empty-value                  [*] 64 fixable
//      12  ECS301  missing-log-configuration
// then the usual summary; with --format json, a JSON array of {rule, name, count, fixable}.

#include <map>
#include <ostream>

#include "message/language.h"
#include "report/reporter.h"

namespace ecslint {

class StatisticsReporter final : public Reporter {
 public:
  StatisticsReporter(std::ostream& out, bool json, bool quiet, Language language = Language::English)
      : out_(out), json_(json), quiet_(quiet), language_(language) {}
  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  struct Count {
    std::size_t findings = 0;
    std::size_t fixable = 0;
  };
  std::ostream& out_;
  bool json_;
  bool quiet_;
  Language language_;
  std::map<const RuleInfo*, Count> counts_;
  std::size_t suppressed_ = 0;
};

}  // namespace ecslint
