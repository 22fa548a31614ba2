#include "report/github_reporter.h"

#include "check/finding.h"
#include "report/text_reporter.h"
#include "support/printable.h"

namespace ecslint {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string result;
  result.reserve(text.size());
  // GitHub's own escapes for '%', '\r', '\n' (and ':', ',' in properties); every other control
  // character as a visible escape (printable.h), which the runner shows as it is.
  for (const char c : printable(text, PrintableOptions{.keepLineBreaks = true})) {
    switch (c) {
      case '%':
        result += "%25";
        break;
      case '\r':
        result += "%0D";
        break;
      case '\n':
        result += "%0A";
        break;
      case ':':
        result += property ? "%3A" : ":";
        break;
      case ',':
        result += property ? "%2C" : ",";
        break;
      default:
        result += c;
    }
  }
  return result;
}

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "notice";
  }
  return "error";
}

}  // namespace

std::string escapeWorkflowData(std::string_view text) { return escape(text, false); }
std::string escapeWorkflowProperty(std::string_view text) { return escape(text, true); }

void GithubReporter::file(const FileReport& report) {
  const SourceText& source = *report.source;
  std::string path = source.name();
  while (path.starts_with("./")) path.erase(0, 2);
  for (const Finding& finding : report.findings) {
    const Region region = source.region(finding.range);
    // Which resource, as the text reporter says it: in a template or a one-line Terraform plan the
    // line alone does not tell the task definitions apart.
    const std::string message =
        finding.resource ? describeResource(*finding.resource) + ": " + finding.message : finding.message;
    out_ << "::" << command(finding.severity) << " file=" << escapeWorkflowProperty(path)
         << ",line=" << region.start.line << ",col=" << region.start.column << ",endLine=" << region.end.line
         << ",endColumn=" << region.end.column << ",title="
         << escapeWorkflowProperty(std::string(finding.rule->id) + " " + std::string(finding.rule->name))
         << "::" << escapeWorkflowData(message) << '\n';
  }
}

void GithubReporter::finish(const RunSummary& summary) {
  if (quiet_) return;
  out_ << "ecslint: " << problemsLine(language_, summary, "") << '\n';
}

}  // namespace ecslint
