#pragma once
// gcc-style lines that terminals, editors' quickfix lists and problem matchers understand:
//   path:line:col: severity: message [ECS201 ecr-image-without-execution-role]
// On a terminal, each finding is followed by its source line with a caret under the span.
// Suppressed findings are not shown; the summary counts them.

#include <ostream>

#include "report/reporter.h"

namespace ecslint {

struct TextStyle {
  bool showSource = false;  // the source line and caret under each finding
  bool color = false;       // ANSI colours
  bool quiet = false;       // no summary line
};

class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, TextStyle style) : out_(out), style_(style) {}
  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  void showSource(const SourceText& source, const Finding& finding);

  std::ostream& out_;
  TextStyle style_;
  std::size_t suppressed_ = 0;  // not shown; counted in the summary
};

}  // namespace ecslint
