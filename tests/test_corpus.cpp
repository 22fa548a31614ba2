// Real task definitions (../shared/corpus, when present): none may crash ecslint, and the number of
// findings per rule is compared with a committed snapshot (golden/corpus-rule-counts.txt), so any
// change of behaviour on real files shows up in review. ECSLINT_UPDATE_GOLDEN=1 rewrites it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>

#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

// The shapes ecslint reads today; CloudFormation templates are a later front end.
constexpr const char* kShapes[] = {"register", "describe", "container-defs"};

std::string countsText(const std::map<std::string, std::size_t>& counts, std::size_t files) {
  std::string text = "# Findings per rule over ../shared/corpus/real/{register,describe,container-defs}\n";
  text += "files " + std::to_string(files) + "\n";
  for (const auto& [rule, count] : counts) text += rule + " " + std::to_string(count) + "\n";
  return text;
}

}  // namespace

TEST_CASE("corpus: real task definitions lint without crashing, and findings per rule match the snapshot") {
  if (!needShared("corpus/real")) return;
  const fs::path root = sharedDir() / "corpus" / "real";
  std::vector<fs::path> files;
  for (const char* shape : kShapes) {
    for (const auto& entry : fs::directory_iterator(root / shape)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 300);

  std::map<std::string, std::size_t> counts;
  for (const fs::path& file : files) {
    INFO(file.string());
    FileReport report;
    CHECK_NOTHROW(report = lintText(readFile(file), {}, fs::relative(file, root).string()));
    for (const Finding& finding : report.findings) ++counts[std::string(finding.rule->id)];
  }
  const std::string actual = countsText(counts, files.size());
  const fs::path snapshot = sourceDir() / "tests" / "golden" / "corpus-rule-counts.txt";
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
