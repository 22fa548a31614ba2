#pragma once
// SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run, every catalogue rule's
// metadata in tool.driver.rules, results with exact regions in UTF-16 columns, snippets, JSON
// pointers as logical locations, and stable partial fingerprints.

#include <filesystem>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/baseline.h"
#include "report/deferred_array.h"
#include "report/reporter.h"

namespace ecslint {

class SarifReporter final : public Reporter {
 public:
  // `root` (absolute; --sarif-root, else the working directory) is %SRCROOT%: files under it are
  // named by relative URIs, files elsewhere by absolute file:// URIs. Relative paths are resolved
  // against `workingDirectory` (absolute; "" for `root`). With a `baseline`, every result has a
  // baselineState, and the baseline's stale entries are "absent" results.
  SarifReporter(std::ostream& out, const RuleCatalogue& catalogue, const std::string& root,
                const std::string& workingDirectory = "", const Baseline* baseline = nullptr,
                Language language = Language::English);

  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  std::string uriFor(std::string_view path) const;

  std::ostream& out_;
  const RuleCatalogue& catalogue_;
  Language language_;                       // of messages and rule help; run.language
  std::filesystem::path root_;              // absolute, normalised
  std::filesystem::path workingDirectory_;  // absolute, normalised
  const Baseline* baseline_;
  // Results follow the invocation, whose exit code only the end of the run knows: each file's are
  // written as it is linted and kept on disk until then.
  DeferredArray results_;
  mutable std::unordered_map<std::string, std::string> uris_;  // by path as reported
};

// A path as a SARIF URI: relative paths percent-encoded (and stripped of "./"), absolute paths
// as file:// URIs.
std::string artifactUri(std::string_view path);

}  // namespace ecslint
