// SARIF fixes: each fix's replacements, read back through their line/UTF-16-column regions alone,
// change the file exactly as ecslint's own edits do.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "engine/apply_fixes.h"
#include "report/sarif_reporter.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

// The byte offset of a SARIF (line, UTF-16 column) position, computed independently of SourceText.
std::size_t offsetOf(const std::string& text, unsigned line, unsigned column) {
  std::size_t at = 0;
  for (unsigned l = 1; l < line; ++l) at = text.find('\n', at) + 1;
  for (unsigned units = 1; units < column; at += 1) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte
    units += byte >= 0xF0 ? 2 : 1;
  }
  while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return at;
}

}  // namespace

TEST_CASE("fix sarif: replacements are the fix's edits, in the results' region convention") {
  // "é" and "😀" before the edits on their lines: columns count UTF-16 units, not bytes.
  const std::string text =
      "{\"family\": \"web\", \"networkMode\": \"awsvpc\", \"requiresCompatibilities\": [\"EC2\"],\n"
      " \"memory\": \"512\", \"containerDefinitions\": [{\"name\": \"caf\xC3\xA9\",\n"
      "  \"image\": \"123456789012.dkr.ecr.eu-west-3.amazonaws.com/caf\xC3\xA9:1\", "
      "\"portMappings\": [{\"name\": \"\xF0\x9F\x98\x80\", \"containerPort\": 80, \"hostPort\": 81}]}]}\n";
  const FileReport report = lintText(text, {}, "task.json");
  std::ostringstream out;
  SarifReporter reporter(out, RuleCatalogue::builtIn(), "/src/");
  reporter.file(report);
  reporter.finish(RunSummary{});
  rapidjson::Document sarif;
  sarif.Parse(out.str().c_str());
  REQUIRE(!sarif.HasParseError());

  const auto& results = sarif["runs"][0]["results"];
  REQUIRE(results.Size() == report.findings.size());
  int withFixes = 0;
  for (rapidjson::SizeType i = 0; i < results.Size(); ++i) {
    const Finding& finding = report.findings[i];
    INFO(finding.rule->id);
    CHECK(results[i].HasMember("fixes") == finding.fix.has_value());
    if (!finding.fix) continue;
    ++withFixes;
    const auto& fix = results[i]["fixes"][0];
    CHECK(std::string(fix["description"]["text"].GetString()) == finding.fix->description);
    const auto& change = fix["artifactChanges"][0];
    CHECK(std::string(change["artifactLocation"]["uri"].GetString()) == "task.json");
    std::vector<TextEdit> edits;
    for (const auto& replacement : change["replacements"].GetArray()) {
      const auto& region = replacement["deletedRegion"];
      const std::size_t begin =
          offsetOf(text, region["startLine"].GetUint(), region["startColumn"].GetUint());
      const std::size_t end = offsetOf(text, region["endLine"].GetUint(), region["endColumn"].GetUint());
      const std::string inserted =
          replacement.HasMember("insertedContent") ? replacement["insertedContent"]["text"].GetString() : "";
      CHECK((replacement.HasMember("insertedContent") || end > begin));
      edits.push_back(
          TextEdit{ByteRange{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, inserted});
    }
    CHECK(applyEdits(text, edits) == applyEdits(text, finding.fix->edits));
  }
  CHECK(withFixes == 2);  // ECS101 removes hostPort; ECS301 adds awslogs in eu-west-3
  CHECK(out.str().find("\"awslogs-region\\\": \\\"eu-west-3\\\"") != std::string::npos);
}

}  // namespace ecslint::test
