#pragma once
// What the fuzz target does with one input, shared with tests/test_fuzz_regressions.cpp so that a
// saved input is replayed exactly as it was fuzzed: every rule enabled (opt-in rules too), with and
// without an assumed Fargate launch type, into the text reporter (source lines and colours on) and,
// for one input in eight, SARIF. Then the fast conformance check is held to valijson's verdict
// (conformance_oracle.h), and the same bytes are read as YAML (the CloudFormation front end's
// loader), whose node table must stay inside the file and well formed, and linted as a template
// (the template outline, intrinsic evaluation, the schema stage in CloudFormation's spelling).

#include <ostream>
#include <streambuf>
#include <string>

#include "conformance_oracle.h"
#include "engine/linter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"
#include "yaml/yaml_loader.h"

namespace ecslint::fuzz {

// Reporters format everything; nothing needs to be kept.
class NullBuffer final : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

inline const Linter& everyRuleLinter(bool fargate) {
  const auto everyRule = [] {
    auto selection = RuleSelection::make(RuleCatalogue::builtIn(), {"ECS"}, {});
    if (!selection) __builtin_trap();
    return std::move(*selection);
  };
  static const Linter plain(RuleCatalogue::builtIn(), everyRule(), LintOptions{});
  // The second pass speaks Japanese, so every input is rendered in both languages at no extra cost.
  static const Linter assumingFargate(RuleCatalogue::builtIn(), everyRule(), [] {
    LintOptions options{LaunchType::Fargate};
    options.language = Language::Japanese;
    return options;
  }());
  return fargate ? assumingFargate : plain;
}

// Whether a YAML load of `bytes` gives spans inside the file and a consistent pre-order table, or
// an error with a message at a range inside the file.
inline bool yamlTableIsSound(const std::string& bytes) {
  const SourceText source("fuzz.yaml", bytes);
  auto document = loadYaml(source);
  if (!document) {
    const DocumentError& error = document.error();
    return error.range.begin <= error.range.end && error.range.end <= bytes.size() && !error.message.empty();
  }
  for (NodeId id = 0; id < document->nodeCount(); ++id) {
    const DocumentNode& node = document->node(id);
    if (node.span.begin > node.span.end || node.span.end > bytes.size()) return false;
    if (id + node.subtreeSize > document->nodeCount()) return false;
    if (node.parent != kNoNode && node.parent >= id) return false;
    if (const NodeId target = document->aliasTarget(id); target != kNoNode && target >= id) return false;
  }
  return true;
}

// The text report of one file, as a terminal shows it (source lines and colours on).
inline void reportAsText(std::ostream& out, const FileReport& report, RunSummary& summary) {
  summary.files = 1;
  TextReporter text(out, TextStyle{true, true, false});
  text.file(report);
  text.finish(summary);
}

// False when an invariant failed that is not a crash: the fast conformance check disagreed with
// valijson, or the YAML loader's table is unsound.
inline bool runPipeline(const std::string& bytes) {
  if (!yamlTableIsSound(bytes)) return false;
  NullBuffer buffer;
  std::ostream out(&buffer);
  for (const bool fargate : {false, true}) {
    const FileReport report = everyRuleLinter(fargate).lint("fuzz.json", bytes);
    RunSummary summary;
    reportAsText(out, report, summary);
    // SARIF for one input in eight (chosen by size, so a crash reproduces): most of its work is
    // the catalogue's metadata, the same for every input, which made 98% of each run and held the
    // fuzzer to about 70 runs a second.
    if (fargate || bytes.size() % 8 != 0) continue;
    SarifReporter sarif(out, RuleCatalogue::builtIn(), "/work/");
    sarif.file(report);
    sarif.finish(summary);
  }
  RunSummary templateSummary;
  reportAsText(out, everyRuleLinter(false).lint("fuzz.yaml", bytes), templateSummary);
  return conformanceAgreesWithValijson(bytes);
}

}  // namespace ecslint::fuzz
