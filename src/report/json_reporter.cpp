#include "report/json_reporter.h"

#include "report/json_writing.h"
#include "support/utf8.h"
#include "support/version.h"

namespace ecslint {
namespace {

using json_writing::member;
using json_writing::pathMembers;
using json_writing::string;
using json_writing::Writer;

void count(Writer& w, const char* name, std::size_t value) {
  w.Key(name);
  w.Uint64(value);
}

void position(Writer& w, const char* name, Position at, std::optional<std::uint32_t> offset) {
  w.Key(name);
  w.StartObject();
  count(w, "line", at.line);
  count(w, "column", at.column);
  if (offset) count(w, "offset", *offset);
  w.EndObject();
}

void range(Writer& w, const SourceText& source, ByteRange bytes) {
  const Region region = source.region(bytes);
  position(w, "start", region.start, bytes.begin);
  position(w, "end", region.end, bytes.end);
}

void finding(Writer& w, const SourceText& source, const Finding& f,
             const std::vector<Suppression>* suppressions) {
  w.StartObject();
  pathMembers(w, source.name());
  member(w, "rule", f.rule->id);
  member(w, "name", f.rule->name);
  member(w, "severity", severityName(f.severity));
  member(w, "message", f.message);
  member(w, "pointer", f.pointer);
  range(w, source, f.range);
  w.Key("related");
  w.StartArray();
  for (const RelatedLocation& related : f.related) {
    w.StartObject();
    member(w, "message", related.message);
    member(w, "pointer", related.pointer);
    range(w, source, related.range);
    w.EndObject();
  }
  w.EndArray();
  if (suppressions != nullptr) {
    w.Key("suppressions");
    w.StartArray();
    for (const Suppression& s : *suppressions) {
      w.StartObject();
      member(w, "kind", s.kind == SuppressionKind::InSource ? "in_source" : "external");
      member(w, "justification", s.justification);
      pathMembers(w, s.path);
      position(w, "start", s.region.start, std::nullopt);
      position(w, "end", s.region.end, std::nullopt);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

std::size_t countOf(const FileReport& report, Severity severity) {
  std::size_t n = 0;
  for (const Finding& f : report.findings) n += f.severity == severity ? 1 : 0;
  return n;
}

}  // namespace

void JsonReporter::finish(const RunSummary& summary) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("version");
  w.Int(kJsonReportVersion);
  w.Key("tool");
  w.StartObject();
  member(w, "name", "ecslint");
  member(w, "version", kVersion);
  w.EndObject();

  std::size_t suppressed = 0;
  w.Key("files");
  w.StartArray();
  for (const FileReport* report : reports_) {
    suppressed += report->suppressed.size();
    w.StartObject();
    pathMembers(w, report->source->name());
    w.Key("task_definition");
    w.Bool(report->isTaskDefinition);
    count(w, "errors", countOf(*report, Severity::Error));
    count(w, "warnings", countOf(*report, Severity::Warning));
    count(w, "notes", countOf(*report, Severity::Note));
    count(w, "suppressed", report->suppressed.size());
    w.EndObject();
  }
  w.EndArray();

  w.Key("findings");
  w.StartArray();
  for (const FileReport* report : reports_) {
    for (const Finding& f : report->findings) finding(w, *report->source, f, nullptr);
  }
  w.EndArray();

  w.Key("suppressed");
  w.StartArray();
  for (const FileReport* report : reports_) {
    for (const SuppressedFinding& s : report->suppressed)
      finding(w, *report->source, s.finding, &s.suppressions);
  }
  w.EndArray();

  w.Key("summary");
  w.StartObject();
  count(w, "files", summary.files);
  count(w, "errors", summary.errors);
  count(w, "warnings", summary.warnings);
  count(w, "notes", summary.notes);
  count(w, "suppressed", suppressed);
  w.Key("exit_code");
  w.Int(summary.exitCode);
  w.EndObject();
  w.EndObject();
  out_ << buffer.GetString() << '\n';
}

}  // namespace ecslint
