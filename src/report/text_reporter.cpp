#include "report/text_reporter.h"

#include <charconv>
#include <iterator>
#include <string>

#include "message/message_catalogue.h"
#include "support/display_width.h"
#include "support/printable.h"
#include "support/utf8.h"

namespace ecslint {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

std::string_view severityColor(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "\x1b[1;31m";
    case Severity::Warning:
      return "\x1b[1;35m";
    case Severity::Note:
      return "\x1b[1;36m";
  }
  return "";
}

}  // namespace

void TextReporter::file(const FileReport& report) {
  suppressed_ += report.suppressed.size();
  const SourceText& source = *report.source;
  // Names and messages quote the input (member names, values, the file's name): control characters
  // in them are shown escaped, so they can neither forge report lines nor drive the terminal.
  const std::string name = printable(source.name());
  std::string line;  // each finding is written whole, once: a stream insertion per piece costs more
  const auto appendNumber = [&line](std::uint32_t number) {
    char digits[16];
    line.append(digits, std::to_chars(std::begin(digits), std::end(digits), number).ptr);
  };
  for (const Finding& finding : report.findings) {
    const Position at = source.position(finding.range.begin);
    line.clear();
    if (style_.color) line.append(kBold);
    line.append(name).append(":");
    appendNumber(at.line);
    line.append(":");
    appendNumber(at.column);
    line.append(":");
    if (style_.concise) {
      if (style_.color) line.append(kReset);
      line.append(" ").append(finding.rule->id).append(finding.fix ? " [*] " : " ");
      line.append(ruleTitle(*finding.rule, language_)).append("\n");
      out_ << line;
      continue;
    }
    if (style_.color) {
      line.append(kReset).append(" ").append(severityColor(finding.severity));
      line.append(severityName(finding.severity)).append(":").append(kReset).append(" ");
    } else {
      line.append(" ").append(severityName(finding.severity)).append(": ");
    }
    if (finding.fix) line.append("[*] ");
    // In a template, which task definition: "TaskDefinition 'WebTask': image '...' ...".
    if (finding.resource) {
      appendPrintable(line, describeResource(*finding.resource));
      line.append(": ");
    }
    appendPrintable(line, finding.message);
    line.append(" [").append(finding.rule->id).append(" ");
    line.append(finding.rule->name).append("]\n");
    out_ << line;
    // Near a sensitive value (a Terraform plan's), the source would quote it: the message alone.
    if (style_.showSource && !finding.nearSensitive) showSource(source, finding);
  }
}

// Prints the first line of the span with '^' under its first character and '~' under the rest
// (to the end of that line), as compilers do.
void TextReporter::showSource(const SourceText& source, const Finding& finding) {
  const Position start = source.position(finding.range.begin);
  const Position end = source.position(finding.range.end);
  const std::string_view line = source.line(start.line);
  const std::string number = std::to_string(start.line);
  const std::string gutter(number.size(), ' ');
  // A long line (a minified file is one line) is shown as a window around the span's start, so
  // the terminal gets something readable and many findings on one line cost no more than a few.
  constexpr std::size_t kBefore = 60;
  constexpr std::size_t kAfter = 100;
  const auto isContinuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  const auto lineBegin = static_cast<std::uint32_t>(line.data() - source.bytes().data());
  std::size_t from = 0;
  std::size_t to = line.size();
  if (line.size() > kBefore + kAfter) {
    const std::size_t at = std::min<std::size_t>(finding.range.begin - lineBegin, line.size());
    from = at > kBefore ? at - kBefore : 0;
    to = std::min(line.size(), at + kAfter);
    while (from > 0 && isContinuation(line[from])) --from;
    while (to < line.size() && isContinuation(line[to])) ++to;
  }
  // Display columns: a code point's cells on a terminal (two for CJK, none for a combining mark:
  // display_width.h), tabs kept so the caret lines up under them; a control character is shown as
  // its escape (printable.h), as wide as the escape.
  const std::string raw = toValidUtf8(line.substr(from, to - from));
  std::string text;
  std::string marker = from > 0 ? "   " : "";  // under the "..." that marks a cut
  std::uint32_t column = source.position(lineBegin + static_cast<std::uint32_t>(from)).column;
  const std::uint32_t lastColumn = end.line == start.line ? end.column : UINT32_MAX;
  for (std::size_t i = 0; i < raw.size();) {
    const auto lead = static_cast<unsigned char>(raw[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view character = std::string_view(raw).substr(i, length);
    const std::size_t before = text.size();
    appendPrintable(text, character);
    const bool escaped = text.size() - before != character.size();
    const std::size_t width =
        escaped ? text.size() - before : static_cast<std::size_t>(codePointWidth(decodeUtf8(character)));
    const char filler = raw[i] == '\t' ? '\t' : ' ';
    if (column < start.column) {
      marker.append(width, filler);
    } else if (column == start.column) {
      marker.append("^").append(width > 1 ? width - 1 : 0, '~');
    } else if (column < lastColumn) {
      marker.append(width, '~');
    }
    column += length == 4 ? 2 : 1;
    i += length;
  }
  if (start.column >= column) marker += '^';  // a span at the end of the line (or an empty line)
  if (from > 0) text.insert(0, "...");
  if (to < line.size()) text += "...";
  out_ << ' ' << number << " | " << text << '\n' << ' ' << gutter << " | ";
  if (style_.color) out_ << severityColor(finding.severity);
  out_ << marker;
  if (style_.color) out_ << kReset;
  out_ << '\n';
}

std::string problemsLine(Language language, const RunSummary& summary, std::string_view notShown) {
  const std::size_t problems = summary.errors + summary.warnings + summary.notes;
  return renderMessage(language, "report.summary.found",
                       {{"problems", renderCount(language, "report.summary.problems", problems)},
                        {"errors", renderCount(language, "report.summary.errors", summary.errors)},
                        {"warnings", renderCount(language, "report.summary.warnings", summary.warnings)},
                        {"notes", renderCount(language, "report.summary.notes", summary.notes)},
                        {"files", renderCount(language, "report.summary.files", summary.files)},
                        {"not_shown", std::string(notShown)}});
}

void writeTextSummary(std::ostream& out, Language language, const RunSummary& summary,
                      std::size_t suppressed) {
  if (summary.fixed) {
    out << renderMessage(language, "report.summary.fixed",
                         {{"problems", renderCount(language, "report.summary.problems", *summary.fixed)}})
        << "\n";
  }
  const std::string suppressedCount = std::to_string(suppressed);
  const std::string baselinedCount = std::to_string(summary.baselined);
  std::string notShown;
  if (suppressed != 0 && summary.baselined != 0) {
    notShown = renderMessage(language, "report.summary.not-shown.both",
                             {{"suppressed", suppressedCount}, {"baselined", baselinedCount}});
  } else if (suppressed != 0) {
    notShown =
        renderMessage(language, "report.summary.not-shown.suppressed", {{"suppressed", suppressedCount}});
  } else if (summary.baselined != 0) {
    notShown = renderMessage(language, "report.summary.not-shown.baselined", {{"baselined", baselinedCount}});
  }
  if (!notShown.empty()) notShown = " (" + notShown + ")";
  std::string line =
      summary.errors + summary.warnings + summary.notes == 0
          ? renderMessage(language, "report.summary.none",
                          {{"files", renderCount(language, "report.summary.files", summary.files)},
                           {"not_shown", notShown}})
          : problemsLine(language, summary, notShown);
  // Files a directory walk found but did not lint (--verbose names them).
  if (summary.skipped != 0) line += " " + renderCount(language, "report.summary.skipped", summary.skipped);
  out << line << "\n";
  if (summary.fixable != 0) {
    out << renderMessage(language, "report.summary.fixable", {{"count", std::to_string(summary.fixable)}})
        << "\n";
  }
}

void TextReporter::finish(const RunSummary& summary) {
  if (style_.quiet) return;
  writeTextSummary(out_, language_, summary, suppressed_);
}

}  // namespace ecslint
