#pragma once
// gcc-style lines that terminals, editors' quickfix lists and problem matchers understand:
//   path:line:col: severity: message [ECS201 ecr-image-without-execution-role]
// On a terminal (or with --show-source), each finding is followed by its source line with a caret
// under the span. A finding with a safe fix is marked "[*]" before its message, as in ruff.
// Concise output (--format concise) is one short line per finding instead:
//   path:line:col: ECS201 [*] title of the rule
// Suppressed and baselined findings are not shown; the summary counts them.

#include <ostream>
#include <string>
#include <string_view>

#include "message/language.h"
#include "report/reporter.h"

namespace ecslint {

struct TextStyle {
  bool showSource = false;  // the source line and caret under each finding
  bool color = false;       // ANSI colours
  bool quiet = false;       // no summary line
  bool concise = false;     // one short line per finding: the rule's title, not the message
};

// The summary line(s) text, concise and statistics output end with, in `language`:
//   5 problems (3 errors, 2 warnings, 0 notes) in 2 files (1 suppressed). 3 other files skipped.
//   [*] 2 fixable with --fix.
void writeTextSummary(std::ostream& out, Language language, const RunSummary& summary,
                      std::size_t suppressed);
// "5 problems (3 errors, 2 warnings, 0 notes) in 2 files" + `notShown` + ".", in `language`.
std::string problemsLine(Language language, const RunSummary& summary, std::string_view notShown);

class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, TextStyle style, Language language = Language::English)
      : out_(out), style_(style), language_(language) {}
  void file(const FileReport& report) override;
  void finish(const RunSummary& summary) override;

 private:
  void showSource(const SourceText& source, const Finding& finding);

  std::ostream& out_;
  TextStyle style_;
  Language language_;
  std::size_t suppressed_ = 0;  // not shown; counted in the summary
};

}  // namespace ecslint
