#include "engine/baseline.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <tuple>

#include "json/json_loader.h"
#include "message/message_catalogue.h"

namespace ecslint {

namespace fs = std::filesystem;

namespace {

fs::path absoluteDirectoryOf(const std::string& file) {
  std::error_code error;
  fs::path absolute = fs::absolute(file, error);
  if (error) absolute = fs::path(file);
  return absolute.lexically_normal().parent_path();
}

void appendJsonString(std::string& out, std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  out.append(buffer.GetString(), buffer.GetSize());
}

}  // namespace

Baseline::Baseline(const std::string& file) : file_(file), directory_(absoluteDirectoryOf(file)) {}

Result<Baseline, std::string> Baseline::load(const std::string& file, Language language) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return makeError(renderMessage(language, "cli.baseline.cannot-read",
                                   {{"path", file}, {"error", std::strerror(errno)}}));
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse(file, bytes.str(), language);
}

Result<Baseline, std::string> Baseline::parse(const std::string& file, std::string bytes, Language language) {
  Baseline baseline(file);
  baseline.source_ = std::make_unique<SourceText>(file, std::move(bytes));
  const SourceText& source = *baseline.source_;
  const auto at = [&](ByteRange range, const std::string& message) {
    const Position position = source.position(range.begin);
    return renderMessage(
        language, "cli.baseline.invalid",
        {{"location", file + ":" + std::to_string(position.line) + ":" + std::to_string(position.column)},
         {"problem", message}});
  };
  auto parsed = loadJson(source);
  if (!parsed)
    return makeError(at(
        parsed.error().range,
        renderMessage(language, "cli.baseline.not-json", {{"error", messageIn(parsed.error(), language)}})));
  const Document& document = *parsed;
  const NodeId root = Document::rootId();
  if (document.kind(root) != NodeKind::Mapping)
    return makeError(at(document.node(root).span, renderMessage(language, "cli.baseline.not-object")));
  const NodeId version = document.member(root, "version");
  if (version == kNoNode || document.kind(version) != NodeKind::Integer ||
      document.text(version) != std::to_string(kVersion)) {
    return makeError(
        at(version == kNoNode ? document.node(root).span : document.node(version).span,
           renderMessage(language, "cli.baseline.version", {{"version", std::to_string(kVersion)}})));
  }
  const NodeId findings = document.member(root, "findings");
  if (findings == kNoNode || document.kind(findings) != NodeKind::Sequence) {
    return makeError(at(document.node(findings == kNoNode ? root : findings).span,
                        renderMessage(language, "cli.baseline.no-findings")));
  }
  for (NodeId item = document.firstChild(findings); item != kNoNode; item = document.nextSibling(item)) {
    BaselineEntry entry;
    std::string* const fields[] = {&entry.path, &entry.rule, &entry.pointer, &entry.fingerprint};
    constexpr std::string_view kNames[] = {"path", "rule", "pointer", "fingerprint"};
    for (std::size_t i = 0; i < std::size(kNames); ++i) {
      const NodeId member = document.member(item, kNames[i]);  // kNoNode unless `item` is an object
      if (member == kNoNode || document.kind(member) != NodeKind::String) {
        return makeError(
            at(document.node(member == kNoNode ? item : member).span,
               renderMessage(language, "cli.baseline.entry-field", {{"field", std::string(kNames[i])}})));
      }
      fields[i]->assign(document.text(member));
    }
    entry.range = document.node(item).span;
    entry.entryPointer = document.pointer(item);
    baseline.byFingerprint_.emplace(entry.fingerprint, baseline.entries_.size());
    baseline.entries_.push_back(std::move(entry));
  }
  baseline.matched_.assign(baseline.entries_.size(), false);
  return baseline;
}

std::string Baseline::pathOf(const std::string& sourceName) const {
  if (const auto known = pathCache_.find(sourceName); known != pathCache_.end()) return known->second;
  std::error_code error;
  const fs::path absolute = fs::absolute(sourceName, error).lexically_normal();
  std::string path = error ? sourceName : absolute.lexically_relative(directory_).generic_string();
  if (path.empty()) path = sourceName;
  pathCache_.emplace(sourceName, path);
  return path;
}

void Baseline::apply(FileReport& report, const RuleSelection& selection) {
  const std::string path = pathOf(report.source->name());
  linted_[path] = &selection;
  FingerprintCounter fingerprints(path);
  std::vector<Finding> kept;
  for (Finding& finding : report.findings) {
    const auto entry = byFingerprint_.find(fingerprints.next(finding));
    if (entry == byFingerprint_.end()) {
      kept.push_back(std::move(finding));
      continue;
    }
    matched_[entry->second] = true;
    report.baselined.push_back(std::move(finding));
  }
  report.findings = std::move(kept);
}

void Baseline::record(FileReport& report) {
  const std::string path = pathOf(report.source->name());
  FingerprintCounter fingerprints(path);
  for (Finding& finding : report.findings) {
    entries_.push_back(BaselineEntry{path, std::string(finding.rule->id), finding.pointer,
                                     fingerprints.next(finding), ByteRange{}, std::string()});
    byFingerprint_.emplace(entries_.back().fingerprint, entries_.size() - 1);
    matched_.push_back(true);
    report.baselined.push_back(std::move(finding));
  }
  report.findings.clear();
}

std::vector<const BaselineEntry*> Baseline::stale(const RuleCatalogue& catalogue) const {
  std::vector<const BaselineEntry*> result;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (matched_[i]) continue;
    const BaselineEntry& entry = entries_[i];
    if (const auto linted = linted_.find(entry.path); linted != linted_.end()) {
      // A rule this version no longer has can never match again.
      const RuleInfo* rule = catalogue.find(entry.rule);
      if (rule == nullptr || linted->second->enabled(*rule)) result.push_back(&entry);
      continue;
    }
    std::error_code error;
    if (!fs::exists(absolutePathOf(entry), error) && !error) result.push_back(&entry);
  }
  return result;
}

std::optional<FileReport> Baseline::staleReport(const RuleCatalogue& catalogue) const {
  const RuleInfo* unused = catalogue.find("ECS012");
  if (unused == nullptr || source_ == nullptr) return std::nullopt;
  FileReport report;
  for (const BaselineEntry* entry : stale(catalogue)) {
    const auto linted = linted_.find(entry->path);
    if (linted != linted_.end() && !linted->second->enabled(*unused)) continue;
    const RuleInfo* rule = catalogue.find(entry->rule);
    const std::string ruleName =
        rule == nullptr ? entry->rule : entry->rule + " (" + std::string(rule->name) + ")";
    const std::string why = linted != linted_.end()
                                ? "no longer reports anything there"
                                : "cannot report anything there: the file no longer exists";
    Finding finding;
    finding.rule = unused;
    finding.severity = unused->severity;
    finding.message =
        "the baseline entry for " + ruleName + " at " + entry->path + "#" + entry->pointer +
        " matches no finding: " + (rule == nullptr ? entry->rule : std::string(rule->id)) + " " + why +
        ". Remove the entry (ecslint --write-baseline rewrites the file), so that it cannot hide a "
        "problem introduced later";
    finding.range = entry->range;
    finding.pointer = entry->entryPointer;
    report.findings.push_back(std::move(finding));
  }
  if (report.findings.empty()) return std::nullopt;
  report.source = std::make_unique<SourceText>(file_, std::string(source_->bytes()));
  return report;
}

std::string Baseline::serialize() const {
  std::vector<const BaselineEntry*> sorted;
  for (const BaselineEntry& entry : entries_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](const BaselineEntry* a, const BaselineEntry* b) {
    return std::tie(a->path, a->rule, a->pointer, a->fingerprint) <
           std::tie(b->path, b->rule, b->pointer, b->fingerprint);
  });
  std::string out = "{\n  \"version\": " + std::to_string(kVersion) + ",\n  \"findings\": [";
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    out += i == 0 ? "\n    {\"path\": " : ",\n    {\"path\": ";
    appendJsonString(out, sorted[i]->path);
    out += ", \"rule\": ";
    appendJsonString(out, sorted[i]->rule);
    out += ", \"pointer\": ";
    appendJsonString(out, sorted[i]->pointer);
    out += ", \"fingerprint\": ";
    appendJsonString(out, sorted[i]->fingerprint);
    out += "}";
  }
  out += sorted.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace ecslint
