#include "report/sarif_reporter.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "report/json_writing.h"
#include "support/utf8.h"
#include "support/version.h"

namespace ecslint {
namespace {

using json_writing::key;
using json_writing::member;
using json_writing::string;
using json_writing::Writer;

void message(Writer& w, std::string_view name, std::string_view text) {
  key(w, name);
  w.StartObject();
  member(w, "text", text);
  w.EndObject();
}

std::string_view level(Severity severity) { return severityName(severity); }

// FNV-1a, printed as 16 hex digits: stable across runs, platforms and versions.
std::string fingerprint(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::string helpUri(const RuleInfo& rule) {
  return std::string(kHomepage) + "/blob/main/docs/rules/" + std::string(rule.id) + ".md";
}

void writeRule(Writer& w, const RuleInfo& rule) {
  const auto documentation = parseRuleDocumentation(rule.documentation);
  const std::string summary = documentation ? documentation->summary : std::string(rule.title);
  w.StartObject();
  member(w, "id", rule.id);
  member(w, "name", rule.name);
  message(w, "shortDescription", rule.title);
  message(w, "fullDescription", summary);
  key(w, "help");
  w.StartObject();
  member(w, "text", summary + "\n\nRun `ecslint explain " + std::string(rule.id) + "` for details.");
  member(w, "markdown", rule.documentation);
  w.EndObject();
  member(w, "helpUri", helpUri(rule));
  key(w, "defaultConfiguration");
  w.StartObject();
  member(w, "level", level(rule.severity));
  key(w, "enabled");
  w.Bool(rule.enabledByDefault);
  w.EndObject();
  key(w, "properties");
  w.StartObject();
  key(w, "tags");
  w.StartArray();
  for (std::string_view tag : rule.tags) string(w, tag);
  w.EndArray();
  member(w, "precision", rule.precision);
  if (!rule.securitySeverity.empty()) member(w, "security-severity", rule.securitySeverity);
  w.EndObject();
  w.EndObject();
}

void writePositions(Writer& w, const Region& region) {
  key(w, "startLine");
  w.Uint(region.start.line);
  key(w, "startColumn");
  w.Uint(region.start.column);
  key(w, "endLine");
  w.Uint(region.end.line);
  key(w, "endColumn");
  w.Uint(region.end.column);
}

void writeRegion(Writer& w, const SourceText& source, ByteRange range, bool withSnippet,
                 std::string_view name = "region") {
  key(w, name);
  w.StartObject();
  writePositions(w, source.region(range));
  // The snippet is optional in SARIF: leave it out for spans of more than a few lines (a whole
  // container, a megabyte string), which would make the log many times the size of the files.
  constexpr std::uint32_t kMaxSnippetBytes = 4096;
  if (withSnippet && range.end - range.begin <= kMaxSnippetBytes) {
    key(w, "snippet");
    w.StartObject();
    member(w, "text", source.bytes().substr(range.begin, range.end - range.begin));
    w.EndObject();
  }
  w.EndObject();
}

void writeArtifactLocation(Writer& w, std::string_view path) {
  key(w, "artifactLocation");
  w.StartObject();
  const std::string uri = artifactUri(path);
  member(w, "uri", uri);
  if (!uri.starts_with("file:")) member(w, "uriBaseId", "%SRCROOT%");
  w.EndObject();
}

// A fix as SARIF replacements: each edit's deleted region (empty for an insertion) in the same
// line/UTF-16 column convention as the result's region, and the text it inserts.
void writeFix(Writer& w, const SourceText& source, const Fix& fix) {
  key(w, "fixes");
  w.StartArray();
  w.StartObject();
  message(w, "description", fix.description);
  key(w, "artifactChanges");
  w.StartArray();
  w.StartObject();
  writeArtifactLocation(w, source.name());
  key(w, "replacements");
  w.StartArray();
  for (const TextEdit& edit : fix.edits) {
    w.StartObject();
    writeRegion(w, source, edit.range, false, "deletedRegion");
    if (!edit.replacement.empty()) {
      key(w, "insertedContent");
      w.StartObject();
      member(w, "text", edit.replacement);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndArray();
  w.EndObject();
  w.EndArray();
}

// Where and why a result is suppressed: kind inSource for the ecslint:ignore tag, external for the
// configuration's per_file_ignores, with the place the suppression is written.
void writeSuppressions(Writer& w, const std::vector<Suppression>& suppressions) {
  key(w, "suppressions");
  w.StartArray();
  for (const Suppression& suppression : suppressions) {
    w.StartObject();
    member(w, "kind", suppression.kind == SuppressionKind::InSource ? "inSource" : "external");
    member(w, "status", "accepted");
    member(w, "justification", suppression.justification);
    key(w, "location");
    w.StartObject();
    key(w, "physicalLocation");
    w.StartObject();
    writeArtifactLocation(w, suppression.path);
    key(w, "region");
    w.StartObject();
    writePositions(w, suppression.region);
    w.EndObject();
    w.EndObject();
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
}

void writeResult(Writer& w, const RuleCatalogue& catalogue, const SourceText& source, const Finding& finding,
                 const std::string& fingerprintText, const std::vector<Suppression>* suppressions) {
  w.StartObject();
  member(w, "ruleId", finding.rule->id);
  key(w, "ruleIndex");
  w.Uint64(catalogue.indexOf(*finding.rule));
  member(w, "level", level(finding.severity));
  message(w, "message", finding.message);
  key(w, "locations");
  w.StartArray();
  w.StartObject();
  key(w, "physicalLocation");
  w.StartObject();
  writeArtifactLocation(w, source.name());
  writeRegion(w, source, finding.range, true);
  w.EndObject();
  key(w, "logicalLocations");
  w.StartArray();
  w.StartObject();
  member(w, "fullyQualifiedName", finding.pointer.empty() ? "/" : finding.pointer);
  member(w, "kind", "object");
  w.EndObject();
  w.EndArray();
  w.EndObject();
  w.EndArray();
  if (!finding.related.empty()) {
    key(w, "relatedLocations");
    w.StartArray();
    for (std::size_t i = 0; i < finding.related.size(); ++i) {
      const RelatedLocation& related = finding.related[i];
      w.StartObject();
      key(w, "id");
      w.Uint64(i + 1);
      key(w, "physicalLocation");
      w.StartObject();
      writeArtifactLocation(w, source.name());
      writeRegion(w, source, related.range, true);
      w.EndObject();
      message(w, "message", related.message);
      w.EndObject();
    }
    w.EndArray();
  }
  if (finding.fix) writeFix(w, source, *finding.fix);
  key(w, "partialFingerprints");
  w.StartObject();
  member(w, "ecslint/v1", fingerprint(fingerprintText));
  w.EndObject();
  if (suppressions != nullptr) writeSuppressions(w, *suppressions);
  w.EndObject();
}

// One file's results, suppressed ones included, in position order.
void writeResults(Writer& w, const RuleCatalogue& catalogue, const FileReport& report) {
  struct Item {
    const Finding* finding;
    const std::vector<Suppression>* suppressions;
  };
  std::vector<Item> items;
  for (const Finding& finding : report.findings) items.push_back({&finding, nullptr});
  for (const SuppressedFinding& entry : report.suppressed)
    items.push_back({&entry.finding, &entry.suppressions});
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.finding->range.begin != b.finding->range.begin)
      return a.finding->range.begin < b.finding->range.begin;
    return a.finding->rule->id < b.finding->rule->id;
  });
  // Stable across edits that move lines: the rule, the JSON pointer and the file, not the position;
  // a count tells apart the results that share all three.
  std::map<std::string, int> seen;
  const std::string uri = artifactUri(report.source->name());
  for (const Item& item : items) {
    std::string text = std::string(item.finding->rule->id) + '\0' + item.finding->pointer + '\0' + uri;
    const int occurrence = seen[text]++;
    if (occurrence > 0) text += '\0' + std::to_string(occurrence);
    writeResult(w, catalogue, *report.source, *item.finding, text, item.suppressions);
  }
}

}  // namespace

std::string artifactUri(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  return (path.starts_with('/') ? "file://" : "") + json_writing::percentEncoded(path);
}

void SarifReporter::file(const FileReport& report) { reports_.push_back(&report); }

void SarifReporter::finish(const RunSummary& summary) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  member(w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  member(w, "version", "2.1.0");
  key(w, "runs");
  w.StartArray();
  w.StartObject();

  key(w, "tool");
  w.StartObject();
  key(w, "driver");
  w.StartObject();
  member(w, "name", "ecslint");
  member(w, "version", kVersion);
  member(w, "semanticVersion", kVersion);
  member(w, "informationUri", kHomepage);
  key(w, "rules");
  w.StartArray();
  for (const RuleInfo& rule : catalogue_.rules()) writeRule(w, rule);
  w.EndArray();
  w.EndObject();
  w.EndObject();

  key(w, "originalUriBaseIds");
  w.StartObject();
  key(w, "%SRCROOT%");
  w.StartObject();
  member(w, "uri", artifactUri(workingDirectory_));
  w.EndObject();
  w.EndObject();

  key(w, "invocations");
  w.StartArray();
  w.StartObject();
  key(w, "executionSuccessful");
  w.Bool(summary.exitCode != 2);
  key(w, "exitCode");
  w.Int(summary.exitCode);
  w.EndObject();
  w.EndArray();

  member(w, "columnKind", "utf16CodeUnits");
  key(w, "results");
  w.StartArray();
  for (const FileReport* report : reports_) writeResults(w, catalogue_, *report);
  w.EndArray();

  w.EndObject();
  w.EndArray();
  w.EndObject();
  out_ << buffer.GetString() << '\n';
}

}  // namespace ecslint
