#pragma once
// ecslint's own JSON report, for scripts: one document per run, versioned ("version": 1) and
// documented in docs/json-format.md. Fields are only ever added within a version; a change that
// removes or renames one bumps the version.

#include <ostream>
#include <vector>

#include "report/deferred_array.h"
#include "report/reporter.h"

namespace ecslint {

inline constexpr int kJsonReportVersion = 1;

// Streams: each file's entry is written as the file is linted, its findings kept on disk for the
// arrays that follow the file list (deferred_array.h).
class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out);
  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  void begin();

  std::ostream& out_;
  rapidjson::StringBuffer buffer_;
  json_writing::Writer writer_;
  bool begun_ = false;
  DeferredArray findings_;
  DeferredArray suppressed_;
  std::size_t suppressedCount_ = 0;
};

}  // namespace ecslint
