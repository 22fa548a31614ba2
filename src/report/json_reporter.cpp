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
  // The template resource the finding is in, or null outside templates.
  w.Key("resource");
  if (f.resource) {
    w.StartObject();
    member(w, "type", f.resource->type);
    member(w, "logical_id", f.resource->logicalId);
    w.Key("construct_path");
    if (f.resource->constructPath.empty()) {
      w.Null();
    } else {
      string(w, f.resource->constructPath);
    }
    w.EndObject();
  } else {
    w.Null();
  }
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
  // The safe fix --fix would apply: byte-range edits of the file as linted, or null.
  w.Key("fix");
  if (f.fix) {
    w.StartObject();
    member(w, "description", f.fix->description);
    w.Key("edits");
    w.StartArray();
    for (const TextEdit& edit : f.fix->edits) {
      w.StartObject();
      range(w, source, edit.range);
      member(w, "replacement", edit.replacement);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  } else {
    w.Null();
  }
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

// Items of the arrays that are members of the report's top-level object.
void openTopLevelArray(Writer& w) {
  w.StartObject();
  w.Key("items");
}

}  // namespace

JsonReporter::JsonReporter(std::ostream& out)
    : out_(out), writer_(buffer_), findings_(openTopLevelArray), suppressed_(openTopLevelArray) {
  writer_.SetIndent(' ', 2);
}

void JsonReporter::begin() {
  if (begun_) return;
  begun_ = true;
  Writer& w = writer_;
  w.StartObject();
  w.Key("version");
  w.Int(kJsonReportVersion);
  w.Key("tool");
  w.StartObject();
  member(w, "name", "ecslint");
  member(w, "version", kVersion);
  w.EndObject();
  w.Key("files");
  w.StartArray();
}

void JsonReporter::file(const FileReport& report) {
  begin();
  Writer& w = writer_;
  suppressedCount_ += report.suppressed.size();
  w.StartObject();
  pathMembers(w, report.source->name());
  w.Key("task_definition");
  w.Bool(report.isTaskDefinition);
  count(w, "errors", countOf(report, Severity::Error));
  count(w, "warnings", countOf(report, Severity::Warning));
  count(w, "notes", countOf(report, Severity::Note));
  count(w, "suppressed", report.suppressed.size());
  w.EndObject();
  drain(buffer_, out_);

  for (const Finding& f : report.findings) finding(findings_.writer(), *report.source, f, nullptr);
  findings_.keep();
  for (const SuppressedFinding& s : report.suppressed) {
    finding(suppressed_.writer(), *report.source, s.finding, &s.suppressions);
  }
  suppressed_.keep();
}

void JsonReporter::finish(const RunSummary& summary) {
  begin();
  Writer& w = writer_;
  w.EndArray();
  w.Key("findings");
  findings_.writeTo(w, buffer_, out_);
  w.Key("suppressed");
  suppressed_.writeTo(w, buffer_, out_);

  w.Key("summary");
  w.StartObject();
  count(w, "files", summary.files);
  count(w, "errors", summary.errors);
  count(w, "warnings", summary.warnings);
  count(w, "notes", summary.notes);
  count(w, "suppressed", suppressedCount_);
  count(w, "baselined", summary.baselined);
  count(w, "fixable", summary.fixable);
  count(w, "skipped", summary.skipped);
  w.Key("exit_code");
  w.Int(summary.exitCode);
  w.EndObject();
  w.EndObject();
  drain(buffer_, out_);
  out_ << '\n';
}

}  // namespace ecslint
