#pragma once
// SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run, every catalogue rule's
// metadata in tool.driver.rules, results with exact regions in UTF-16 columns, snippets, JSON
// pointers as logical locations, and stable partial fingerprints.

#include <ostream>
#include <vector>

#include "report/deferred_array.h"
#include "report/reporter.h"

namespace ecslint {

class SarifReporter final : public Reporter {
 public:
  // `workingDirectory` (absolute, ending in '/') is the base of relative artifact URIs.
  SarifReporter(std::ostream& out, const RuleCatalogue& catalogue, std::string workingDirectory);

  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  const RuleCatalogue& catalogue_;
  std::string workingDirectory_;
  // Results follow the invocation, whose exit code only the end of the run knows: each file's are
  // written as it is linted and kept on disk until then.
  DeferredArray results_;
};

// A path as a SARIF URI: relative paths percent-encoded (and stripped of "./"), absolute paths
// as file:// URIs.
std::string artifactUri(std::string_view path);

}  // namespace ecslint
