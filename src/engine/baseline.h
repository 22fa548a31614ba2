#pragma once
// A baseline: the findings a project accepted when it adopted ecslint, so that later runs report
// only new ones (ecslint --write-baseline FILE, then --baseline FILE). Entries are matched by the
// finding's fingerprint (engine/fingerprint.h: rule, JSON pointer, path and a count, never a line),
// so edits that move lines leave them matched. The file format is docs/baseline-format.md: JSON,
// one entry per line, sorted, paths relative to the baseline file's directory, so it diffs well.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/fingerprint.h"
#include "engine/linter.h"
#include "message/language.h"

namespace ecslint {

struct BaselineEntry {
  std::string path;               // relative to the baseline file's directory, '/'-separated
  std::string rule;               // "ECS301"
  std::string pointer;            // the finding's JSON pointer
  std::string fingerprint;        // FingerprintCounter over `path`
  ByteRange range = {};           // the entry's object in the baseline file (for ECS012)
  std::string entryPointer = {};  // its JSON pointer there ("/findings/3")
};

class Baseline {
 public:
  static constexpr int kVersion = 1;

  // An empty baseline for a file at `file` (its directory is the base of the entries' paths).
  explicit Baseline(const std::string& file);
  // Reads a baseline file; the error reads "FILE:LINE:COLUMN: what is wrong" or "FILE: reason".
  // (in `language`).
  static Result<Baseline, std::string> load(const std::string& file, Language language = Language::English);
  // The same, for a baseline's `bytes` read from `file`.
  static Result<Baseline, std::string> parse(const std::string& file, std::string bytes,
                                             Language language = Language::English);

  // How the baseline names a linted file: its path relative to the baseline's directory.
  std::string pathOf(const std::string& sourceName) const;
  // Fingerprints of a linted file's findings as the baseline computes them.
  FingerprintCounter fingerprintsFor(const std::string& sourceName) const {
    return FingerprintCounter(pathOf(sourceName));
  }
  bool contains(const std::string& fingerprint) const { return byFingerprint_.contains(fingerprint); }

  // --baseline: moves the findings the baseline records from report.findings to report.baselined,
  // and remembers the file as linted with `selection` (for stale()).
  void apply(FileReport& report, const RuleSelection& selection);
  // --write-baseline: records every finding of the report as an entry, and moves them all to
  // report.baselined (the run accepts them).
  void record(FileReport& report);

  // Entries that matched no finding although they could have: their file was linted in this run
  // with their rule enabled, or the file no longer exists.
  std::vector<const BaselineEntry*> stale(const RuleCatalogue& catalogue) const;
  // ECS012 in the baseline file, one per stale entry (nullopt when there is none).
  std::optional<FileReport> staleReport(const RuleCatalogue& catalogue) const;

  // The baseline as its file holds it: entries sorted by path, rule, pointer and fingerprint.
  std::string serialize() const;
  const std::string& file() const { return file_; }
  std::size_t size() const { return entries_.size(); }
  // The absolute path of an entry's file.
  std::filesystem::path absolutePathOf(const BaselineEntry& entry) const { return directory_ / entry.path; }

 private:
  std::string file_;
  std::filesystem::path directory_;     // absolute
  std::unique_ptr<SourceText> source_;  // the file as read (for positions in ECS012 findings)
  std::vector<BaselineEntry> entries_;
  std::unordered_map<std::string, std::size_t> byFingerprint_;
  std::vector<bool> matched_;
  std::unordered_map<std::string, const RuleSelection*> linted_;    // by entry path
  mutable std::unordered_map<std::string, std::string> pathCache_;  // source name -> entry path
};

}  // namespace ecslint
