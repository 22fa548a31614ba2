#pragma once
// GitHub Actions workflow commands, one per finding, which the runner turns into annotations on
// the pull request's diff:
//   ::error file=taskdefs/web.json,line=12,col=23,endLine=12,endColumn=27,title=ECS101
//   awsvpc-host-port-mismatch::message
// (notes become ::notice). Columns count UTF-16 code units and endColumn is exclusive, as in SARIF.
// GitHub shows at most 10 annotations of each kind per step, so a plain summary line follows.

#include <ostream>
#include <string>

#include "message/language.h"
#include "report/reporter.h"

namespace ecslint {

class GithubReporter final : public Reporter {
 public:
  GithubReporter(std::ostream& out, bool quiet, Language language = Language::English)
      : out_(out), quiet_(quiet), language_(language) {}
  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  bool quiet_;
  Language language_;
};

// Workflow-command escaping: a message ("data") escapes '%', CR and LF; a property value also
// escapes ':' and ','.
std::string escapeWorkflowData(std::string_view text);
std::string escapeWorkflowProperty(std::string_view text);

}  // namespace ecslint
