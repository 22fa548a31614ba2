// Real CloudFormation templates and cdk synth output (../shared/corpus/real/{cloudformation,cdk},
// when present): none may crash ecslint, and the number of findings per rule is compared with a
// committed snapshot (golden/template-corpus-rule-counts.txt), as test_corpus.cpp does for task
// definitions, so any change of behaviour on real templates shows up in review.
// ECSLINT_UPDATE_GOLDEN=1 rewrites it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFolders[] = {"cloudformation", "cdk"};

std::string countsText(const std::map<std::string, std::size_t>& counts, std::size_t files,
                       std::size_t withFindings) {
  std::string text = "# Findings per rule over ../shared/corpus/real/{cloudformation,cdk}\n";
  text += "files " + std::to_string(files) + "\n";
  text += "files with findings " + std::to_string(withFindings) + "\n";
  for (const auto& [rule, count] : counts) text += rule + " " + std::to_string(count) + "\n";
  return text;
}

}  // namespace

TEST_CASE("template corpus: real templates lint without crashing, and findings per rule match the snapshot") {
  if (!needShared("corpus/real")) return;
  const fs::path root = sharedDir() / "corpus" / "real";
  std::vector<fs::path> files;
  for (const char* folder : kFolders) {
    for (const auto& entry : fs::directory_iterator(root / folder)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 70);

  std::map<std::string, std::size_t> counts;
  std::size_t withFindings = 0;
  for (const fs::path& file : files) {
    INFO(file.string());
    FileReport report;
    // The file's own name: its extension decides how it is read (.yaml, .yml, .json, .template.json).
    CHECK_NOTHROW(report = lintText(readFile(file), {}, fs::relative(file, root).string()));
    if (!report.findings.empty()) ++withFindings;
    for (const Finding& finding : report.findings) ++counts[std::string(finding.rule->id)];
  }
  const std::string actual = countsText(counts, files.size(), withFindings);
  const fs::path snapshot = sourceDir() / "tests" / "golden" / "template-corpus-rule-counts.txt";
  if (std::getenv("ECSLINT_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(snapshot, std::ios::binary) << actual;
    return;
  }
  REQUIRE_MESSAGE(fs::exists(snapshot), "ECSLINT_UPDATE_GOLDEN=1 writes " << snapshot.string());
  CHECK_MESSAGE(actual == readFile(snapshot),
                "findings on the real template corpus changed; review, then ECSLINT_UPDATE_GOLDEN=1 "
                "rewrites the snapshot.\nnow:\n"
                    << actual);
}

}  // namespace ecslint::test
