#include "report/sarif_reporter.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>

#include "catalogue/rule_page.h"
#include "engine/fingerprint.h"
#include "message/message_catalogue.h"
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

// The catalogue's messages of one rule ("ECS101.awsvpc", ...), which its results name by the part
// after the rule id (SARIF §3.49.11, messageStrings; §3.11.10, message.id).
std::span<const std::string_view> messageIdsOf(const RuleInfo& rule, std::span<const std::string_view> ids) {
  const std::string prefix = std::string(rule.id) + ".";
  const auto first = std::lower_bound(ids.begin(), ids.end(), std::string_view(prefix));
  auto last = first;
  while (last != ids.end() && last->starts_with(prefix)) ++last;
  return {first, last};
}

void writeRule(Writer& w, const RuleInfo& rule, Language language,
               std::span<const std::string_view> messageIds) {
  const std::string markdown = ruleMarkdown(rule, language);
  const auto documentation = parseRuleDocumentation(markdown);
  const std::string_view title = ruleTitle(rule, language);
  const std::string summary = documentation ? documentation->summary : std::string(title);
  w.StartObject();
  member(w, "id", rule.id);
  member(w, "name", rule.name);
  message(w, "shortDescription", title);
  message(w, "fullDescription", summary);
  if (!messageIds.empty()) {
    key(w, "messageStrings");
    w.StartObject();
    const MessageCatalogue& catalogue = MessageCatalogue::builtIn();
    for (const std::string_view id : messageIds) {
      key(w, id.substr(rule.id.size() + 1));
      w.StartObject();
      member(w, "text", catalogue.positionalText(language, id));
      w.EndObject();
    }
    w.EndObject();
  }
  key(w, "help");
  w.StartObject();
  member(w, "text",
         summary + "\n\n" +
             renderMessage(language, "report.sarif.explain-hint", {{"rule", std::string(rule.id)}}));
  member(w, "markdown", markdown);
  w.EndObject();
  member(w, "helpUri", rulePageUrl(rule, language));
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

// A result's message: its text in the run's language and, when it comes from the rule's
// messageStrings, the id and the arguments in the order of the string's placeholders {0}, {1}...
void writeResultMessage(Writer& w, const Finding& finding) {
  key(w, "message");
  w.StartObject();
  member(w, "text", finding.message);
  const MessageData& data = finding.messageData;
  const std::string_view rule = finding.rule->id;
  if (data.id.size() > rule.size() + 1 && data.id.starts_with(rule) && data.id[rule.size()] == '.') {
    member(w, "id", data.id.substr(rule.size() + 1));
    key(w, "arguments");
    w.StartArray();
    for (const std::string_view name : MessageCatalogue::builtIn().argumentNames(data.id)) {
      const auto argument = std::find_if(data.arguments.begin(), data.arguments.end(),
                                         [&](const MessageArg& a) { return name == a.name; });
      string(w, argument == data.arguments.end() ? std::string_view() : std::string_view(argument->value));
    }
    w.EndArray();
  }
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

// `uri` from SarifReporter::uriFor: relative to %SRCROOT%, or an absolute file:// URI.
void writeArtifactLocation(Writer& w, std::string_view uri) {
  key(w, "artifactLocation");
  w.StartObject();
  member(w, "uri", uri);
  if (!uri.starts_with("file:")) member(w, "uriBaseId", "%SRCROOT%");
  w.EndObject();
}

// The JSON pointer of what a result is about, as its logical location; in a template, first the
// resource (SARIF §3.33: kind "resource"), named by logical id, fully qualified by CDK's construct
// path when there is one.
void writeLogicalLocations(Writer& w, std::string_view pointer, const ResourceLocation* resource) {
  key(w, "logicalLocations");
  w.StartArray();
  if (resource != nullptr) {
    w.StartObject();
    member(w, "name", resource->logicalId);
    member(w, "fullyQualifiedName",
           resource->constructPath.empty() ? resource->logicalId : resource->constructPath);
    member(w, "kind", "resource");
    w.EndObject();
  }
  w.StartObject();
  member(w, "fullyQualifiedName", pointer.empty() ? "/" : pointer);
  member(w, "kind", "object");
  w.EndObject();
  w.EndArray();
}

// A fix as SARIF replacements: each edit's deleted region (empty for an insertion) in the same
// line/UTF-16 column convention as the result's region, and the text it inserts.
void writeFix(Writer& w, const SourceText& source, std::string_view uri, const Fix& fix) {
  key(w, "fixes");
  w.StartArray();
  w.StartObject();
  message(w, "description", fix.description);
  key(w, "artifactChanges");
  w.StartArray();
  w.StartObject();
  writeArtifactLocation(w, uri);
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
void writeSuppressions(Writer& w, const std::vector<Suppression>& suppressions,
                       const std::function<std::string(std::string_view)>& uriFor) {
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
    writeArtifactLocation(w, uriFor(suppression.path));
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

// What every result of one file shares.
struct FileContext {
  const RuleCatalogue& catalogue;
  const SourceText& source;
  std::string uri;
  const std::function<std::string(std::string_view)>& uriFor;
};

void writeResult(Writer& w, const FileContext& file, const Finding& finding, const std::string& fingerprint,
                 const std::vector<Suppression>* suppressions, std::string_view baselineState) {
  const RuleCatalogue& catalogue = file.catalogue;
  const SourceText& source = file.source;
  w.StartObject();
  member(w, "ruleId", finding.rule->id);
  key(w, "ruleIndex");
  w.Uint64(catalogue.indexOf(*finding.rule));
  member(w, "level", level(finding.severity));
  writeResultMessage(w, finding);
  key(w, "locations");
  w.StartArray();
  w.StartObject();
  key(w, "physicalLocation");
  w.StartObject();
  writeArtifactLocation(w, file.uri);
  // Near a value a Terraform plan marks sensitive, a snippet could quote it.
  writeRegion(w, source, finding.range, !finding.nearSensitive);
  w.EndObject();
  writeLogicalLocations(w, finding.pointer, finding.resource.get());
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
      writeArtifactLocation(w, file.uri);
      writeRegion(w, source, related.range, !finding.nearSensitive);
      w.EndObject();
      message(w, "message", related.message);
      w.EndObject();
    }
    w.EndArray();
  }
  if (finding.fix) writeFix(w, source, file.uri, *finding.fix);
  key(w, "partialFingerprints");
  w.StartObject();
  member(w, "ecslint/v1", fingerprint);
  w.EndObject();
  if (suppressions != nullptr) writeSuppressions(w, *suppressions, file.uriFor);
  if (!baselineState.empty()) member(w, "baselineState", baselineState);
  w.EndObject();
}

// One file's results, suppressed (and baselined) ones included, in position order.
void writeResults(Writer& w, const FileContext& file, const FileReport& report, const Baseline* baseline) {
  struct Item {
    const Finding* finding;
    const std::vector<Suppression>* suppressions;
  };
  std::vector<Item> items;
  for (const Finding& finding : report.findings) items.push_back({&finding, nullptr});
  for (const Finding& finding : report.baselined) items.push_back({&finding, nullptr});
  for (const SuppressedFinding& entry : report.suppressed)
    items.push_back({&entry.finding, &entry.suppressions});
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.finding->range.begin != b.finding->range.begin)
      return a.finding->range.begin < b.finding->range.begin;
    return a.finding->rule->id < b.finding->rule->id;
  });
  FingerprintCounter fingerprints(file.uri);
  // With a baseline, every result says whether the baseline holds it (SARIF: all results or none).
  std::optional<FingerprintCounter> baselineFingerprints;
  if (baseline != nullptr) baselineFingerprints.emplace(baseline->fingerprintsFor(report.source->name()));
  for (const Item& item : items) {
    std::string_view state;
    if (baselineFingerprints) {
      state = baseline->contains(baselineFingerprints->next(*item.finding)) ? "unchanged" : "new";
    }
    writeResult(w, file, *item.finding, fingerprints.next(*item.finding), item.suppressions, state);
  }
}

// A baseline entry that no longer matches a finding: a result of kind "pass" (the problem is gone)
// with baselineState "absent", at the file and JSON pointer the entry names.
void writeAbsentResult(Writer& w, const RuleCatalogue& catalogue, const BaselineEntry& entry,
                       std::string_view uri, Language language) {
  w.StartObject();
  member(w, "ruleId", entry.rule);
  if (const RuleInfo* rule = catalogue.find(entry.rule)) {
    key(w, "ruleIndex");
    w.Uint64(catalogue.indexOf(*rule));
  }
  member(w, "kind", "pass");
  member(w, "level", "none");
  message(w, "message",
          renderMessage(language, "report.sarif.absent", {{"rule", entry.rule}, {"pointer", entry.pointer}}));
  key(w, "locations");
  w.StartArray();
  w.StartObject();
  key(w, "physicalLocation");
  w.StartObject();
  writeArtifactLocation(w, uri);
  // Where in the file is unknown (the entry holds no position); code scanning needs a line.
  key(w, "region");
  w.StartObject();
  key(w, "startLine");
  w.Uint(1);
  w.EndObject();
  w.EndObject();
  writeLogicalLocations(w, entry.pointer, nullptr);
  w.EndObject();
  w.EndArray();
  key(w, "partialFingerprints");
  w.StartObject();
  member(w, "ecslint/v1", findingFingerprint(entry.rule, entry.pointer, uri, 0));
  w.EndObject();
  member(w, "baselineState", "absent");
  w.EndObject();
}

}  // namespace

std::string artifactUri(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  return (path.starts_with('/') ? "file://" : "") + json_writing::percentEncoded(path);
}

namespace {

// "/dir/" and "/dir/." normalise with an empty last component; "/" stays itself.
std::filesystem::path directoryPath(const std::string& text) {
  std::filesystem::path path = std::filesystem::path(text).lexically_normal();
  if (!path.has_filename() && path != path.root_path()) path = path.parent_path();
  return path;
}

}  // namespace

SarifReporter::SarifReporter(std::ostream& out, const RuleCatalogue& catalogue, const std::string& root,
                             const std::string& workingDirectory, const Baseline* baseline, Language language)
    : out_(out),
      catalogue_(catalogue),
      language_(language),
      root_(directoryPath(root)),
      workingDirectory_(workingDirectory.empty() ? root_ : directoryPath(workingDirectory)),
      baseline_(baseline),
      results_([](Writer& w) {
        w.StartObject();
        key(w, "runs");
        w.StartArray();
        w.StartObject();
        key(w, "results");
      }) {}

std::string SarifReporter::uriFor(std::string_view path) const {
  const std::string name(path);
  if (const auto known = uris_.find(name); known != uris_.end()) return known->second;
  const std::filesystem::path absolute =
      (workingDirectory_ / name).lexically_normal();  // `name` may be absolute
  const std::filesystem::path relative = absolute.lexically_relative(root_);
  const bool inside = !relative.empty() && *relative.begin() != "..";
  std::string uri = artifactUri(inside ? relative.generic_string() : absolute.generic_string());
  uris_.emplace(name, uri);
  return uri;
}

void SarifReporter::file(const FileReport& report) {
  const std::function<std::string(std::string_view)> uriFor = [this](std::string_view path) {
    return this->uriFor(path);
  };
  const FileContext file{catalogue_, *report.source, uriFor(report.source->name()), uriFor};
  writeResults(results_.writer(), file, report, baseline_);
  results_.keep();
}

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
  const std::vector<std::string_view> messageIds = MessageCatalogue::builtIn().ids();
  for (const RuleInfo& rule : catalogue_.rules())
    writeRule(w, rule, language_, messageIdsOf(rule, messageIds));
  w.EndArray();
  w.EndObject();
  w.EndObject();

  // GitHub code scanning takes the part before the last '/' as the analysis category.
  key(w, "automationDetails");
  w.StartObject();
  member(w, "id", "ecslint/");
  w.EndObject();

  key(w, "originalUriBaseIds");
  w.StartObject();
  key(w, "%SRCROOT%");
  w.StartObject();
  std::string root = root_.string();
  if (!root.ends_with('/')) root += '/';
  member(w, "uri", artifactUri(root));
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

  // The baseline's entries no longer found are known only now, after every file.
  if (baseline_ != nullptr) {
    for (const BaselineEntry* entry : baseline_->stale(catalogue_)) {
      writeAbsentResult(results_.writer(), catalogue_, *entry,
                        uriFor(baseline_->absolutePathOf(*entry).string()), language_);
    }
    results_.keep();
  }
  member(w, "columnKind", "utf16CodeUnits");
  member(w, "language", languageTag(language_));
  key(w, "results");
  results_.writeTo(w, buffer, out_);

  w.EndObject();
  w.EndArray();
  w.EndObject();
  drain(buffer, out_);
  out_ << '\n';
}

}  // namespace ecslint
