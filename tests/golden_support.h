#pragma once
// Helpers for the reporter tests: render lint reports of fixture files through a reporter, and
// compare output with a golden file under tests/golden/ (ECSLINT_UPDATE_GOLDEN=1 rewrites them).

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "report/reporter.h"
#include "test_support.h"

namespace ecslint::test {

// The report of `files` (paths relative to the source tree), as `reporter` writes it to `out`.
inline std::string render(Reporter& reporter, std::ostringstream& out,
                          const std::vector<std::filesystem::path>& files, const LintOptions& options = {}) {
  std::vector<FileReport> reports;
  RunSummary summary;
  for (const std::filesystem::path& file : files) {
    reports.push_back(lintText(readFile(sourceDir() / file), options, file.string()));
  }
  for (const FileReport& report : reports) {
    reporter.file(report);
    summary.files++;
    for (const Finding& finding : report.findings) {
      (finding.severity == Severity::Error     ? summary.errors
       : finding.severity == Severity::Warning ? summary.warnings
                                               : summary.notes)++;
    }
  }
  summary.exitCode = summary.errors > 0 ? 1 : 0;
  reporter.finish(summary);
  return out.str();
}

inline void compareWithGolden(const std::string& actual, const std::filesystem::path& golden) {
  const std::filesystem::path path = sourceDir() / "tests" / "golden" / golden;
  if (std::getenv("ECSLINT_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  REQUIRE_MESSAGE(std::filesystem::exists(path), path.string()
                                                     << " is missing (ECSLINT_UPDATE_GOLDEN=1 writes it)");
  CHECK_MESSAGE(actual == readFile(path), golden.string() << " differs; ECSLINT_UPDATE_GOLDEN=1 rewrites it");
}

}  // namespace ecslint::test
