#include "in_process.h"

#include <rapidjson/document.h>

#include <streambuf>

#include "engine/linter.h"
#include "report/text_reporter.h"
#include "timing.h"

namespace ecslint::bench {
namespace {

// An ostream target that drops everything, so formatting is measured but not terminal I/O.
class NullBuffer final : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

}  // namespace

InProcessResult measureInProcess(const std::vector<InputFile>& files, int passes) {
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  // What `ecslint FILE...` does with text output: every default rule, no fix edits (only SARIF,
  // --fix and --diff ask for them).
  LintOptions options;
  options.computeFixes = false;
  const Linter linter(catalogue, RuleSelection(catalogue), options);
  NullBuffer nullBuffer;
  std::ostream nullStream(&nullBuffer);
  TextReporter reporter(nullStream, TextStyle{});

  std::vector<double> parse;
  std::vector<double> lint;
  std::size_t sink = 0;  // keeps the optimiser from dropping the work
  for (int pass = 0; pass < passes; ++pass) {
    parse.push_back(microsecondsPerFile(files, [&](const InputFile& file) {
      rapidjson::Document document;
      document.Parse(file.bytes.data(), file.bytes.size());
      sink += document.HasParseError() ? 1u : 0u;
    }));
    lint.push_back(microsecondsPerFile(files, [&](const InputFile& file) {
      const FileReport report = linter.lint(file.name, file.bytes);
      reporter.file(report);
      sink += report.findings.size();
    }));
  }
  if (sink == 1) nullStream << ' ';
  return InProcessResult{median(parse), median(lint)};
}

}  // namespace ecslint::bench
