#pragma once
// The corpus snapshots (test_corpus.cpp, test_template_corpus.cpp): every file of some folders of
// ../shared/corpus/real is linted under its own name (its extension decides how it is read), none
// may crash ecslint, and the number of findings per rule is compared with a committed snapshot in
// tests/golden, so any change of behaviour on real files shows up in review.
// ECSLINT_UPDATE_GOLDEN=1 rewrites the snapshot.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <vector>

#include "english_left.h"
#include "test_support.h"

namespace ecslint::test {

inline void checkCorpusSnapshot(const std::vector<std::string>& folders, std::size_t minimumFiles,
                                const std::string& snapshotName) {
  if (!needShared("corpus/real")) return;
  namespace fs = std::filesystem;
  const fs::path root = sharedDir() / "corpus" / "real";
  std::vector<fs::path> files;
  for (const std::string& folder : folders) {
    for (const auto& entry : fs::directory_iterator(root / folder)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > minimumFiles);

  std::map<std::string, std::size_t> counts;
  LintOptions japanese;
  japanese.language = Language::Japanese;
  for (const fs::path& file : files) {
    INFO(file.string());
    const std::string text = readFile(file);
    FileReport report;
    CHECK_NOTHROW(report = lintText(text, {}, fs::relative(file, root).string()));
    for (const Finding& finding : report.findings) ++counts[std::string(finding.rule->id)];
    // In Japanese: the same findings at the same places, with the same fixes (so the same exit
    // status and the same --fix), and no English sentence left in what is said.
    const FileReport inJapanese = lintText(text, japanese, fs::relative(file, root).string());
    REQUIRE(inJapanese.findings.size() == report.findings.size());
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
      const Finding& en = report.findings[i];
      const Finding& ja = inJapanese.findings[i];
      INFO(en.rule->id, " ", en.pointer, ": ", ja.message);
      CHECK(ja.rule == en.rule);
      CHECK(ja.severity == en.severity);
      CHECK((ja.range.begin == en.range.begin && ja.range.end == en.range.end));
      CHECK(ja.pointer == en.pointer);
      CHECK(ja.fix.has_value() == en.fix.has_value());
      if (ja.fix && en.fix) CHECK(ja.fix->edits.size() == en.fix->edits.size());
      CHECK(ja.messageData.id == en.messageData.id);
      CHECK(englishLeft(ja.message).empty());
    }
  }
  std::string actual = "# Findings per rule over ../shared/corpus/real/{";
  for (std::size_t i = 0; i < folders.size(); ++i) actual += (i == 0 ? "" : ",") + folders[i];
  actual += "}\nfiles " + std::to_string(files.size()) + "\n";
  for (const auto& [rule, count] : counts) actual += rule + " " + std::to_string(count) + "\n";

  const fs::path snapshot = sourceDir() / "tests" / "golden" / snapshotName;
  if (std::getenv("ECSLINT_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(snapshot, std::ios::binary) << actual;
    return;
  }
  REQUIRE_MESSAGE(fs::exists(snapshot), "ECSLINT_UPDATE_GOLDEN=1 writes " << snapshot.string());
  CHECK_MESSAGE(actual == readFile(snapshot),
                "findings on the real corpus changed; review, then ECSLINT_UPDATE_GOLDEN=1 rewrites the "
                "snapshot.\nnow:\n"
                    << actual);
}

}  // namespace ecslint::test
